import Foundation
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
