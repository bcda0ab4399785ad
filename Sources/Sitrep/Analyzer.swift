import Foundation
import SitrepExtract
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

    /// The pipeline with the stages, models and dictionaries sitrep ships.
    public init() throws {
        try self.init(resolver: try Resolver.english(), events: EventExtractor(dictionary: try .bundled()))
    }

    /// The bundled pipeline with other dictionaries: actors resolved with the bundled ones
    /// extended by users' files, or a test suite's own (the PETRARCH validation suite's), and
    /// events coded with other patterns (`--verbs FILE`).
    ///
    /// ```swift
    /// var actors = try ActorDictionary.bundled()
    /// try actors.add(contentsOf: URL(fileURLWithPath: "my.actors.txt"))
    /// let analyzer = try Analyzer(actors: actors, agents: try AgentDictionary.bundled())
    /// ```
    public init(actors: ActorDictionary, agents: AgentDictionary, places: PlaceGazetteer? = nil,
                eventPatterns: EventDictionary? = nil) throws {
        try self.init(resolver: Resolver(actors: actors, agents: agents, places: try places ?? PlaceGazetteer.bundled()),
                      events: EventExtractor(dictionary: try eventPatterns ?? .bundled()))
    }

    private init(resolver: Resolver, events: EventExtractor) throws {
        pipeline = try Pipeline([
            try Segmenter.english(), try Tagger.english(), try Parser.english(), try EntityRecognizer.english(), resolver,
            NumberReader(), events, QuoteFinder(), QuotedFirstPerson(),
        ])
    }

    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try pipeline.process(&document)
        return document
    }
}
