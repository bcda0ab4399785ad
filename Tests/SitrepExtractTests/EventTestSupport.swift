import Foundation
import Sitrep
import SitrepKnowledge
import SitrepText
import SitrepTestSupport

/// The events coded in `text`, published on the sample article's day, with the document.
func events(_ text: String) throws -> (Document, [Event]) {
    let document = try SharedAnalyzer.analyze(text, published: EventsTests.published)
    return (document, document.events)
}

/// The words of an event's argument, or "" when it has none.
func words(_ document: Document, _ argument: Event.Argument?) -> String {
    argument.map { document.text(of: $0.tokens) } ?? ""
}

/// An analyzer with only the actors and verb patterns given, both in the PETRARCH formats,
/// for sentences about made-up countries no bundled dictionary or recognizer knows.
func petrarchAnalyzer(actors: String, verbs: String) throws -> Analyzer {
    var dictionary = ActorDictionary()
    let read = PhoenixActorReader.read(actors, file: "actors")
    dictionary.add(read.actors, problems: read.problems)
    let patterns = TabariVerbReader.read(verbs, file: "verbs", idPrefix: "verbs")
    return try Analyzer(actors: dictionary, agents: AgentDictionary(), eventPatterns: EventDictionary(patterns.patterns))
}

/// `text` analysed with PETRARCH-format dictionaries, published on the sample article's day.
func petrarchDocument(_ text: String, actors: String, verbs: String) throws -> Document {
    try petrarchAnalyzer(actors: actors, verbs: verbs).analyze(Article(published: EventsTests.published, body: text))
}
