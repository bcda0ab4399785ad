import Foundation
import SitrepIngest
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

    public init() throws {
        pipeline = try Pipeline([])
    }

    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try pipeline.process(&document)
        return document
    }
}
