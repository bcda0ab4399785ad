import SitrepText

/// The front door of the library: runs an article through the pipeline.
///
/// ```swift
/// let analyzer = try Analyzer()
/// let document = try analyzer.analyze(article)
/// ```
public struct Analyzer: Sendable {
    public let pipeline: Pipeline

    public init() throws {
        pipeline = try Pipeline([])
    }

    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try pipeline.process(&document)
        return document
    }
}
