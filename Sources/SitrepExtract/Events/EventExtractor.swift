import SitrepKnowledge
import SitrepText

/// The events stage: codes who did what to whom from the parse with the pattern
/// dictionary, and says when, where, how sure, and from which words.
///
/// ```swift
/// let stage = try EventExtractor(dictionary: .bundled())
/// try stage.process(&document)        // document.events
/// ```
public struct EventExtractor: Stage {
    public let name = "Events"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags, .lemmas, .dependencies]
    public let provides: Set<Layer> = [.events]
    public let dictionary: EventDictionary

    public init(dictionary: EventDictionary) {
        self.dictionary = dictionary
    }

    public static func english() throws -> EventExtractor {
        EventExtractor(dictionary: try .bundled())
    }

    public func process(_ document: inout Document) throws {
        let reader = EventReader(document: document, dictionary: dictionary)
        document.setEvents(reader.events())
    }
}
