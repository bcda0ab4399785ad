import Foundation
import SitrepText

/// The part-of-speech tagger and lemmatizer stage: gives every token a UPOS tag, a Penn
/// Treebank tag and a lemma.
///
/// One averaged perceptron predicts both tags at once, as a joint class ("VERB|VBN"), greedily
/// from left to right, each decision seeing the two before it. Frequent words that always had
/// the same tag in training ("the", ",") take it from a tag dictionary without scoring.
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
    let scorer: SparseScorer
    let classes: [TagClass]
    /// Exact form hash → class, for frequent unambiguous words.
    let tagDictionary: [UInt64: Int32]
    let features: TaggerFeatures
    let repair: FiniteVerbRepair

    /// The file name of the tagger model inside a models folder.
    public static let fileName = "tagger.model"

    init(header: ModelHeader, scorer: SparseScorer, classes: [TagClass], tagDictionary: [UInt64: Int32],
         features: TaggerFeatures, lemmatizer: Lemmatizer) {
        self.header = header
        self.scorer = scorer
        self.classes = classes
        self.tagDictionary = tagDictionary
        self.features = features
        self.lemmatizer = lemmatizer
        repair = FiniteVerbRepair(classes: classes)
    }

    public func process(_ document: inout Document) throws {
        var upos = [UPOS](repeating: .X, count: document.tokens.count)
        var xpos = [String](repeating: "", count: document.tokens.count)
        var lemmas = [String](repeating: "", count: document.tokens.count)
        var scratch = Scratch()
        for sentence in document.sentences {
            var predicted = classify(document, sentence: sentence, scratch: &scratch)
            repair.apply(to: &predicted) { document.text(of: sentence.lowerBound + $0) }
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

    /// Buffers reused from word to word and sentence to sentence.
    struct Scratch {
        var bytes: [UInt8] = []
        var features: [UInt64] = []
        var scores: [Float] = []
    }

    /// The class of each token of `sentence`, decided greedily from left to right.
    func classify(_ document: Document, sentence: Range<Int>, scratch: inout Scratch) -> [Int] {
        let words = features.words(of: document, range: sentence, scratch: &scratch.bytes)
        var predicted: [Int] = []
        predicted.reserveCapacity(sentence.count)
        var previous = classes.count
        var beforePrevious = classes.count + 1
        for i in TaggerFeatures.padding..<(words.count - TaggerFeatures.padding) {
            let guess: Int
            if let known = tagDictionary[words[i].form] {
                guess = Int(known)
            } else {
                TaggerFeatures.extract(words, at: i, previous: previous, beforePrevious: beforePrevious,
                                       into: &scratch.features)
                guess = scorer.predict(scratch.features, scratch: &scratch.scores)
            }
            predicted.append(guess)
            beforePrevious = previous
            previous = guess
        }
        return predicted
    }
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
