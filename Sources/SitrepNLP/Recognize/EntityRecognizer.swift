import Foundation
import SitrepText

/// Finds named-entity mentions (PER, ORG, LOC, OTH) in each sentence: a greedy BILOU
/// tagger over an averaged perceptron, with the gazetteer and case profile stored in the
/// same model file. It reads the part-of-speech tags the `Tagger` stage left, so it runs
/// after it.
///
/// ```swift
/// let recognizer = try EntityRecognizer(contentsOf: BundledModels.english.appendingPathComponent("recognizer.model"))
/// let words = ["President", "Joe", "Biden", "warned", "Iran", "."]
/// let tags = try RecognizerTags.tag([words], with: tagger)[0]
/// recognizer.recognize(words, tags: tags)
/// // [PER 1..<3, LOC 4..<5]
/// ```
public struct EntityRecognizer: Stage {
    public static let kind = "recognizer"
    /// The file name under a models folder.
    public static let fileName = "recognizer.model"

    public let name = "EntityRecognizer"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags]
    public let provides: Set<Layer> = [.entities]

    private let table: SparseScorer
    public let gazetteer: Gazetteer
    public let casing: CaseProfile
    public let header: ModelHeader

    public init(model: PerceptronModel, gazetteer: Gazetteer, casing: CaseProfile, header: ModelHeader) {
        self.init(table: SparseScorer(model), gazetteer: gazetteer, casing: casing, header: header)
    }

    private init(table: SparseScorer, gazetteer: Gazetteer, casing: CaseProfile, header: ModelHeader) {
        self.table = table
        self.gazetteer = gazetteer
        self.casing = casing
        self.header = header
    }

    /// Loads a model written by `sitrep train recognizer`; a missing, damaged or mismatched
    /// file is a `ModelFileError` naming it.
    public init(contentsOf url: URL) throws {
        let file = try ModelFile.read(url, kind: EntityRecognizer.kind, featureVersion: RecognizerFeatures.version)
        let table = try SparseScorer(encoded: try file.section("weights", file: url), file: url.path)
        guard table.classCount == BILOU.count, file.header.labels["bilou"] == BILOU.all.map(\.description) else {
            throw ModelFileError.notAModel(file: url.path)
        }
        let gazetteer = try Gazetteer(encoded: try file.section("gazetteer", file: url), file: url.path)
        let casing = try CaseProfile(encoded: try file.section("casing", file: url), file: url.path)
        self.init(table: table, gazetteer: gazetteer, casing: casing, header: file.header)
    }

    /// The model in `folder` (normally `BundledModels.english`).
    public init(folder: URL) throws {
        try self.init(contentsOf: folder.appendingPathComponent(EntityRecognizer.fileName))
    }

    public func process(_ document: inout Document) throws {
        var entities: [Span<EntityType>] = []
        for sentence in document.sentences {
            let words = sentence.map { document.text(of: $0) }
            let tags = document.upos.count == document.tokens.count
                ? RecognizerTags(upos: Array(document.upos[sentence]), xpos: Array(document.xpos[sentence])) : nil
            for entity in recognize(words, tags: tags) {
                let start = sentence.lowerBound + entity.tokens.lowerBound
                entities.append(Span(tokens: start..<start + entity.tokens.count, label: entity.label))
            }
        }
        document.setEntities(entities)
    }

    /// The entity spans of one tokenised sentence, as token indices into `words`; `tags` are
    /// the shipped tagger's for these words (`RecognizerTags.tag`).
    public func recognize(_ words: [String], tags: RecognizerTags?) -> [Span<EntityType>] {
        let spans = BILOU.decode(tag(RecognizerSentence(words: words, tags: tags, gazetteer: gazetteer, casing: casing)))
        return tags.map { Self.joiningHyphenatedNames(spans, words: words, tags: $0) } ?? spans
    }

    /// A person's span that starts or stops at the hyphen of a double-barrelled name takes in
    /// the rest of it: the model, which reads a hyphen as a token of its own, found only
    /// "-Salami" of "Clementine Nkweta-Salami".
    static func joiningHyphenatedNames(_ spans: [Span<EntityType>], words: [String], tags: RecognizerTags) -> [Span<EntityType>] {
        var covered = [Bool](repeating: false, count: words.count)
        for span in spans { for token in span.tokens { covered[token] = true } }
        let isName = { (token: Int) in
            words.indices.contains(token) && !covered[token] && tags.upos[token] == .PROPN && words[token].first?.isUppercase == true
        }
        let isHyphen = { (token: Int) in words.indices.contains(token) && tags.xpos[token] == "HYPH" }
        return spans.map { span in
            guard span.label == .PER else { return span }
            var start = span.tokens.lowerBound, end = span.tokens.upperBound
            if isHyphen(start) || (isHyphen(start - 1) && !covered[start - 1] && isName(start - 2)) {
                if !isHyphen(start) { start -= 1 }
                while isName(start - 1) { start -= 1 }
            }
            if isHyphen(start) { start += 1 }
            if isHyphen(end - 1), isName(end) {
                end += 1
            } else if isHyphen(end), !covered[end], isName(end + 1) {
                end += 2
            }
            if isHyphen(end - 1) { end -= 1 }
            return start < end ? Span(tokens: start..<end, label: span.label) : span
        }
    }

    /// The BILOU tag of every token, decoded greedily left to right under the BILOU
    /// transition constraints, so the tags always decode to well-formed spans.
    public func tag(_ sentence: RecognizerSentence) -> [BILOU] {
        var tags: [BILOU] = []
        tags.reserveCapacity(sentence.tokens.count)
        var features: [UInt64] = []
        var scores: [Float] = []
        for index in sentence.tokens.indices {
            let previous = tags.last
            let beforePrevious = tags.count >= 2 ? tags[tags.count - 2] : nil
            RecognizerFeatures.features(of: sentence, at: index, previous: previous, beforePrevious: beforePrevious, into: &features)
            table.scores(features, into: &scores)
            tags.append(BILOU.best(scores, after: previous, at: index, of: sentence.tokens.count,
                                   barriers: sentence.barriers))
        }
        return tags
    }
}

extension BILOU {
    /// The highest-scoring tag that may follow `previous` at `index` of `count` tokens; ties
    /// go to the lower class index. A token marked in `barriers` is outside every entity, and
    /// a span may not run on into one: "Foreign Minister Hossein Amirabdollahian criticised
    /// Israel" is a name and a verb, never one name.
    static func best(_ scores: [Float], after previous: BILOU?, at index: Int, of count: Int,
                     barriers: [Bool] = []) -> BILOU {
        BILOU(index: PerceptronModel.best(scores) {
            let next = BILOU(index: $0)
            guard BILOU.isValid(next, after: previous, at: index, of: count) else { return false }
            guard !barriers.isEmpty else { return true }
            if barriers[index] { return next == .outside }
            return !(next.opensSpan && index + 1 < count && barriers[index + 1])
        })
    }
}
