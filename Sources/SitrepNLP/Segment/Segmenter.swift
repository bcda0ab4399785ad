import Foundation
import SitrepText

/// The first stage of the pipeline: tokens and sentences, with exact offsets.
///
/// ```swift
/// var document = Document(text: "Biden warned Iran. Tehran denied it.")
/// try Segmenter().process(&document)
/// document.tokens.count      // 8
/// document.sentences         // [0..<4, 4..<8]
/// ```
public struct Segmenter: Stage {
    public let name = "Segmenter"
    public let requires: Set<Layer> = []
    public let provides: Set<Layer> = [.tokens, .sentences]

    /// The model file's kind and section name.
    public static let modelKind = "segment"
    static let modelSection = "boundaries"

    private let tokenizer = Tokenizer()
    private let splitter: SentenceSplitter

    /// A segmenter that splits sentences by rule, or with a learned boundary classifier.
    public init(model: PerceptronModel? = nil) {
        splitter = SentenceSplitter(model: model)
    }

    /// A segmenter with the boundary classifier in the model file at `url`
    /// (`Models/en/segment.model`, written by `sitrep train segment`).
    public init(contentsOf url: URL) throws {
        let file = try ModelFile.read(url, kind: Self.modelKind, featureVersion: SentenceBoundaryFeatures.version)
        let model = try PerceptronModel(encoded: try file.section(Self.modelSection, file: url), file: url.path)
        self.init(model: model)
    }

    /// The model file holding a trained boundary classifier.
    public static func modelFile(_ model: PerceptronModel, trainedOn: [String], command: String,
                                 scores: [String: Double]) -> ModelFile {
        let header = ModelHeader(kind: modelKind, featureVersion: SentenceBoundaryFeatures.version,
                                 labels: ["boundary": ["inside", "boundary"]], trainedOn: trainedOn,
                                 command: command, scores: scores)
        return ModelFile(header: header, sections: [modelSection: model.encoded()])
    }

    public func process(_ document: inout Document) {
        let (tokens, sentences) = segment(utf8: document.utf8)
        document.setSegmentation(tokens: tokens, sentences: sentences)
    }

    /// Tokens and sentences (ranges of token indices that tile the tokens) of UTF-8 text.
    public func segment(utf8: [UInt8]) -> (tokens: [Token], sentences: [Range<Int>]) {
        var text = tokenizer.tokenize(utf8: utf8)
        guard !text.tokens.isEmpty else { return ([], []) }
        let starts = splitter.boundaries(text, utf8: utf8)
        var ends = starts + [text.tokens.count]
        detachFinalPeriods(&text, sentenceEnds: &ends)
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            sentences.append(start..<end)
            start = end
        }
        return (text.tokens, sentences)
    }

    /// UD writes "etc." that ends a sentence as "etc" + "."; split those tokens, shifting
    /// the sentence ends after them.
    private func detachFinalPeriods(_ text: inout TokenizedText, sentenceEnds: inout [Int]) {
        guard sentenceEnds.contains(where: { text.traits[$0 - 1].contains(.detachablePeriod) }) else { return }
        var tokens: [Token] = []
        var traits: [TokenTraits] = []
        tokens.reserveCapacity(text.tokens.count + sentenceEnds.count)
        traits.reserveCapacity(text.tokens.count + sentenceEnds.count)
        var start = 0
        for sentence in sentenceEnds.indices {
            let end = sentenceEnds[sentence]
            tokens.append(contentsOf: text.tokens[start..<end])
            traits.append(contentsOf: text.traits[start..<end])
            if text.traits[end - 1].contains(.detachablePeriod) {
                let word = tokens.removeLast()
                tokens.append(Token(scalars: word.scalars.lowerBound..<word.scalars.upperBound - 1,
                                    utf8: word.utf8.lowerBound..<word.utf8.upperBound - 1))
                tokens.append(Token(scalars: word.scalars.upperBound - 1..<word.scalars.upperBound,
                                    utf8: word.utf8.upperBound - 1..<word.utf8.upperBound))
                traits.append(.terminal)
            }
            sentenceEnds[sentence] = tokens.count
            start = end
        }
        text = TokenizedText(tokens: tokens, traits: traits)
    }
}
