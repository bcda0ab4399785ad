import Foundation
import SitrepText

/// Trains the tagger and lemmatizer from gold CoNLL-U sentences, deterministically: the same
/// data and options give the same model file, byte for byte.
public enum TaggerTrainer {
    public struct Options: Sendable {
        /// Most passes over the training data.
        public var iterations = 12
        /// Stop after this many passes without a better dev score.
        public var patience = 3
        public var seed: UInt64 = 2026
        /// Joint classes rarer than this become the most frequent class with their Penn tag.
        public var minimumClassCount = 10
        /// Words seen this often, with one class this share of the time, skip the model.
        public var tagDictionaryCount = 20
        public var tagDictionaryShare = 0.97
        /// Words seen this often get an ambiguity class; classes under `ambiguityShare` of a
        /// word's occurrences are left out of it. Training words get theirs from the other
        /// nine tenths of the data (`heldOutAmbiguity`), as new text would.
        public var ambiguityCount = 1
        public var ambiguityShare = 0.05
        /// Features seen fewer times per pass are dropped from the model.
        public var minimumFeatureCount: Int32 = 2
        /// Averaged weights smaller than this are dropped from the model.
        public var minimumWeight: Float = 0.01

        public init() {}
    }

    /// A trained tagger, ready to use or to write with the scores the caller measures.
    public struct Result: Sendable {
        public let tagger: Tagger
        /// Dev scores of the model kept, by metric name ("dev.upos").
        public let scores: [String: Double]
        let model: PerceptronModel
        let ambiguity: [UInt64: UInt64]
        let lexicon: LemmaLexicon

        /// The model file, with `command`, `trainedOn` and `scores` taken from `header`.
        public func modelFile(header: ModelHeader) -> ModelFile {
            Tagger.modelFile(header: header, model: model, classes: tagger.classes,
                             tagDictionary: tagger.tagDictionary, ambiguity: ambiguity, lexicon: lexicon)
        }
    }

    public static func train(_ train: [CoNLLUSentence], dev: [CoNLLUSentence], options: Options = Options(),
                             progress: (String) -> Void = { _ in }) throws -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        let classes = jointClasses(train, minimumCount: options.minimumClassCount)
        let document = Document(sentences: train.map { $0.words.map(\.form) })
        let gold = train.flatMap { $0.words.map { classes.index(upos: $0.upos, xpos: $0.xpos) } }
        var scratch: [UInt8] = []
        var words = document.sentences.map { TaggerFeatures.spellings(of: document, range: $0, scratch: &scratch) }
        let ambiguity = ambiguityClasses(words, gold: gold, document: document, options: options)
        let tagDictionary = tagDictionary(words, gold: gold, document: document, options: options)
        let heldOut = heldOutAmbiguity(words, gold: gold, document: document, options: options)
        for s in words.indices {
            for i in words[s].indices { words[s][i].ambiguity = heldOut[s][i] }
        }
        let lexicon = LemmaLexicon(learningFrom: train)
        let lemmatizer = Lemmatizer(lexicon)
        progress("tagger: \(document.tokens.count) training tokens, \(classes.tags.count) classes, "
                 + "\(tagDictionary.count) tag-dictionary words, lexicon learned in \(seconds(since: started, clock))")

        var perceptron = AveragedPerceptron(classCount: classes.tags.count)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(document.sentences.indices)
        var best: (tagger: Tagger, model: PerceptronModel, score: Double, scores: [String: Double])?
        var features: [UInt64] = []
        var scores: [Float] = []
        var sinceBest = 0
        for epoch in 1...max(1, options.iterations) {
            order.shuffle(using: &generator)
            var correct = 0
            var seen = 0
            for s in order {
                let sentenceWords = words[s]
                let first = document.sentences[s].lowerBound
                var previous = classes.tags.count
                var beforePrevious = classes.tags.count + 1
                for i in TaggerFeatures.padding..<(sentenceWords.count - TaggerFeatures.padding) {
                    let truth = gold[first + i - TaggerFeatures.padding]
                    var guess: Int
                    if let known = tagDictionary[sentenceWords[i].form] {
                        guess = Int(known)
                    } else {
                        TaggerFeatures.extract(sentenceWords, at: i, previous: previous, beforePrevious: beforePrevious,
                                               into: &features)
                        perceptron.scores(features, into: &scores)
                        guess = PerceptronModel.best(scores)
                        perceptron.update(features: features, truth: truth, guess: guess)
                    }
                    correct += guess == truth ? 1 : 0
                    seen += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            let model = perceptron.averaged(minimumCount: options.minimumFeatureCount * Int32(epoch), minimumWeight: 0)
                .withoutWeights(below: options.minimumWeight)
            let tagger = Tagger(header: placeholderHeader, scorer: SparseScorer(model), classes: classes.tags, tagDictionary: tagDictionary,
                                features: TaggerFeatures(ambiguity: ambiguity), lemmatizer: lemmatizer)
            let devScores = try tagger.evaluate(dev)
            let score = devScores.upos + devScores.xpos
            progress(String(format: "tagger: epoch %d: train %.2f, dev upos %.2f xpos %.2f lemma %.2f, %d features, %@",
                            epoch, 100 * Double(correct) / Double(max(seen, 1)), devScores.upos, devScores.xpos,
                            devScores.lemma, model.featureCount, seconds(since: started, clock)))
            if best == nil || score > best!.score {
                best = (tagger, model, score, ["dev.upos": devScores.upos, "dev.xpos": devScores.xpos, "dev.lemma": devScores.lemma])
                sinceBest = 0
            } else {
                sinceBest += 1
                if sinceBest >= options.patience { break }
            }
        }
        return Result(tagger: best!.tagger, scores: best!.scores, model: best!.model, ambiguity: ambiguity, lexicon: lexicon)
    }

    static let placeholderHeader = ModelHeader(kind: Tagger.kind, featureVersion: TaggerFeatures.version,
                                               labels: [:], trainedOn: [], command: "", scores: [:])

    private static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let elapsed = clock.now - start
        return String(format: "%.1f s", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
