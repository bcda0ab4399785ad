import Foundation
import SitrepText

/// The part-of-speech tagger and lemmatizer stage: gives every token a UPOS tag, a Penn
/// Treebank tag and a lemma.
///
/// Averaged perceptrons predict both tags at once, as a joint class ("VERB|VBN"), in two
/// greedy passes over each sentence. A left-to-right model scores every word, each decision
/// seeing the two before it; then a right-to-left model, each decision seeing the two after
/// it, adds its scores to those and decides. A left-to-right tagger alone cannot see that a
/// verb follows ("Rebels clashed with …") or that a noun does ("the associate director"); the
/// second direction adds 0.2 UPOS and 0.3 Penn accuracy on EWT + GUM dev. Giving the
/// right-to-left model the left-to-right pass's classes as features as well (stacking, trained
/// on classes jackknifed over five folds) scored no better (feature set 3, dev UPOS / Penn
/// 96.03 / 95.51, 96.13 / 95.64 without the word's own class, against 96.12 / 95.64; 96.04 /
/// 95.50 when the right-to-left model alone decides). Frequent words that always had the same
/// tag in training ("the", ",") take it from a tag dictionary without scoring. A word's lemma
/// is its chosen class's: choosing instead the lemma with the most weight over all its classes
/// (as `combinedChoice` weighs UPOS) left EWT dev lemma accuracy at 97.42 and GUM dev within
/// 0.01 at `temperature`, and lost accuracy at higher ones (EWT dev 97.40 at 16, 96.28 at 32).
///
/// ```swift
/// let tagger = try Tagger(contentsOf: BundledModels.english.appendingPathComponent("tagger.model"))
/// try tagger.process(&document)   // document.upos, .xpos, .lemmas
/// ```
public struct Tagger: Stage {
    public let name = "Tagger"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let provides: Set<Layer> = [.tags, .lemmas]

    /// How the model was made and how well it scored, from the model file.
    public let header: ModelHeader
    public let lemmatizer: Lemmatizer
    /// The left-to-right model and the right-to-left one.
    let forward: SparseScorer
    let backward: SparseScorer
    let classes: [TagClass]
    /// Exact form hash → class, for frequent unambiguous words.
    let tagDictionary: [UInt64: Int32]
    let features: TaggerFeatures
    let repair: FiniteVerbRepair
    let demonstrative: DemonstrativeRepair
    let hyphen: HyphenRepair
    /// Whether the hand-written repairs run after the perceptrons. Training rates its passes
    /// without them, so the pass it keeps depends on the corpora alone, not on repairs that
    /// later work on running text changes.
    let repairing: Bool

    /// The file name of the tagger model inside a models folder.
    public static let fileName = "tagger.model"

    init(header: ModelHeader, forward: SparseScorer, backward: SparseScorer, classes: [TagClass],
         tagDictionary: [UInt64: Int32], features: TaggerFeatures, lemmatizer: Lemmatizer,
         repairing: Bool = true) {
        self.header = header
        self.forward = forward
        self.backward = backward
        self.classes = classes
        self.tagDictionary = tagDictionary
        self.features = features
        self.lemmatizer = lemmatizer
        self.repairing = repairing
        repair = FiniteVerbRepair(classes: classes)
        demonstrative = DemonstrativeRepair(classes: classes)
        hyphen = HyphenRepair(classes: classes)
    }

    public func process(_ document: inout Document) throws {
        var upos = [UPOS](repeating: .X, count: document.tokens.count)
        var xpos = [String](repeating: "", count: document.tokens.count)
        var lemmas = [String](repeating: "", count: document.tokens.count)
        var scratch = Scratch()
        for sentence in document.sentences {
            var predicted = classify(document, sentence: sentence, scratch: &scratch)
            if repairing { mend(&predicted, in: document, sentence: sentence) }
            document.utf8.withUnsafeBufferPointer { text in
                for (offset, index) in sentence.enumerated() {
                    let tag = classes[predicted[offset]]
                    upos[index] = tag.upos
                    xpos[index] = tag.xpos
                    let form = UnsafeBufferPointer(rebasing: text[document.tokens[index].utf8])
                    lemmas[index] = lemmatizer.lemma(of: form, tag: tag.lemmaTag)
                }
            }
        }
        document.setTags(upos: upos, xpos: xpos)
        document.setLemmas(lemmas)
    }

    /// Mends what the perceptrons get wrong in ways the treebanks seldom show.
    private func mend(_ predicted: inout [Int], in document: Document, sentence: Range<Int>) {
        repair.apply(to: &predicted) { document.text(of: sentence.lowerBound + $0) }
        demonstrative.apply(to: &predicted) { document.text(of: sentence.lowerBound + $0) }
        hyphen.apply(to: &predicted, word: { document.text(of: sentence.lowerBound + $0) }) {
            document.tokens[sentence.lowerBound + $0].utf8.upperBound == document.tokens[sentence.lowerBound + $0 + 1].utf8.lowerBound
        }
    }

    /// Buffers reused from word to word and sentence to sentence.
    struct Scratch {
        var bytes: [UInt8] = []
        var features: [UInt64] = []
        var scores: [Float] = []
        /// Weight per UPOS, for `combinedChoice`.
        var mass: [Float] = []
    }

    /// The class of each token of `sentence`: the left-to-right pass scores it, the
    /// right-to-left pass adds its own scores and decides.
    func classify(_ document: Document, sentence: Range<Int>, scratch: inout Scratch) -> [Int] {
        let words = features.words(of: document, range: sentence, scratch: &scratch.bytes)
        let width = classes.count
        let ahead = decode(words, model: forward, prior: nil, scratch: &scratch).scores
        // The right-to-left pass meets the words last first, so it reads the rows in that order.
        var prior = [Float](repeating: 0, count: sentence.count * width)
        for row in 0..<sentence.count {
            let from = (sentence.count - 1 - row) * width
            prior[row * width..<(row + 1) * width] = ahead[from..<from + width]
        }
        return decode(words.reversed(), model: backward, prior: prior, scratch: &scratch).classes.reversed()
    }

    /// Greedy decoding of `words` (boundary words included) in their order: each word takes
    /// the best class by `model`'s scores, or, given a `prior`, by those scores plus its row
    /// of `prior` (`combinedChoice`), and that class is the `previous` of the next decision.
    /// Returns the classes and each word's row of the model's own scores (zeros for
    /// tag-dictionary words).
    private func decode(_ words: [TaggerWord], model: SparseScorer, prior: [Float]?,
                        scratch: inout Scratch) -> (classes: [Int], scores: [Float]) {
        let classCount = classes.count
        let count = words.count - 2 * TaggerFeatures.padding
        var scores = [Float](repeating: 0, count: count * classCount)
        var predicted: [Int] = []
        predicted.reserveCapacity(count)
        var previous = classCount
        var beforePrevious = classCount + 1
        for i in TaggerFeatures.padding..<(words.count - TaggerFeatures.padding) {
            let row = (i - TaggerFeatures.padding) * classCount
            let guess: Int
            if let known = tagDictionary[words[i].form] {
                guess = Int(known)
            } else {
                TaggerFeatures.extract(words, at: i, previous: previous, beforePrevious: beforePrevious,
                                       into: &scratch.features)
                model.scores(scratch.features, into: &scratch.scores)
                scores[row..<row + classCount] = scratch.scores[...]
                if let prior {
                    for c in 0..<classCount { scratch.scores[c] += prior[row + c] }
                    guess = combinedChoice(scratch.scores, mass: &scratch.mass)
                } else {
                    guess = PerceptronModel.best(scratch.scores)
                }
            }
            predicted.append(guess)
            beforePrevious = previous
            previous = guess
        }
        return (predicted, scores)
    }

    /// The class of a word from the two passes' summed scores: first the UPOS whose classes
    /// hold the most weight (each class counting exp(score / `temperature`)), then that UPOS's
    /// best class. When one pass reads "shot" (after "forces") as VBN and the other as VBD, the
    /// verb readings together outweigh the noun reading that neither pass preferred, which a
    /// plain argmax over the sum would pick. EWT + GUM dev: UPOS +0.03, Penn unchanged.
    private func combinedChoice(_ scores: [Float], mass: inout [Float]) -> Int {
        let top = scores[PerceptronModel.best(scores)]
        mass.removeAll(keepingCapacity: true)
        mass.append(contentsOf: repeatElement(0, count: UPOS.allCases.count))
        // Classes this far below the best add less than e⁻²⁰ of its weight.
        for (c, score) in scores.enumerated() where score > top - 20 * Self.temperature {
            mass[Int(classes[c].upos.rawValue)] += expf((score - top) / Self.temperature)
        }
        let upos = PerceptronModel.best(mass)
        var chosen = -1
        for c in scores.indices where Int(classes[c].upos.rawValue) == upos && (chosen < 0 || scores[c] > scores[chosen]) {
            chosen = c
        }
        return chosen
    }

    /// The scale of summed scores at which one class's weight is e times another's; chosen on
    /// EWT + GUM dev (2: no change, 8: +0.03 UPOS, 16: the same as 8).
    static let temperature: Float = 8
}

/// One of the tagger's joint classes: a UPOS tag with the Penn tag it goes with.
struct TagClass: Sendable, Hashable {
    let upos: UPOS
    let xpos: String
    let lemmaTag: LemmaTag

    init(upos: UPOS, xpos: String) {
        self.upos = upos
        self.xpos = xpos
        self.lemmaTag = LemmaTag(upos: upos, xpos: xpos)
    }

    static func == (a: TagClass, b: TagClass) -> Bool { a.upos == b.upos && a.xpos == b.xpos }

    func hash(into hasher: inout Hasher) {
        hasher.combine(upos)
        hasher.combine(xpos)
    }
}
