import Foundation
import SitrepIngest
import SitrepKnowledge
import SitrepNLP
import SitrepExtract
import SitrepText

/// The front door of the library: reads articles and runs them through the pipeline.
///
/// ```swift
/// let analyzer = try Analyzer()
/// let document = try analyzer.analyze(article)
/// print(try Analysis(document).json())
/// ```
public struct Analyzer: Sendable {
    public let pipeline: Pipeline

    /// The pipeline with the stages and models sitrep ships.
    public init() throws {
        try self.init(eventPatterns: .bundled())
    }

    /// The shipped stages with other event patterns (`--verbs FILE`, the PETRARCH
    /// validation suite).
    public init(eventPatterns: EventDictionary) throws {
        pipeline = try Pipeline([
            try Segmenter.english(), try Tagger.english(), try Parser.english(), try EntityRecognizer.english(),
            EventExtractor(dictionary: eventPatterns),
        ])
    }

    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try pipeline.process(&document)
        return document
    }
}
