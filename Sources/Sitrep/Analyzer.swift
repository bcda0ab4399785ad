import Foundation
import SitrepExtract
import SitrepIngest
import SitrepKnowledge
import SitrepNLP
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

    /// The pipeline with the stages, models and dictionaries sitrep ships.
    public init() throws {
        try self.init(resolver: try Resolver.english())
    }

    /// The bundled pipeline resolving actors with other dictionaries: the bundled ones
    /// extended by users' files, or a test suite's own (the PETRARCH validation suite's).
    ///
    /// ```swift
    /// var actors = try ActorDictionary.bundled()
    /// try actors.add(contentsOf: URL(fileURLWithPath: "my.actors.txt"))
    /// let analyzer = try Analyzer(actors: actors, agents: try AgentDictionary.bundled())
    /// ```
    public init(actors: ActorDictionary, agents: AgentDictionary, places: PlaceGazetteer? = nil) throws {
        try self.init(resolver: Resolver(actors: actors, agents: agents, places: try places ?? PlaceGazetteer.bundled()))
    }

    private init(resolver: Resolver) throws {
        pipeline = try Pipeline([
            try Segmenter.english(), try Tagger.english(), try Parser.english(), try EntityRecognizer.english(), resolver,
            NumberReader(), QuoteFinder(),
        ])
    }

    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try pipeline.process(&document)
        return document
    }
}
