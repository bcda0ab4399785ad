import SitrepText

/// First-person words inside a direct quote are its speaker: in `"We need Patriots now,"
/// Zelenskiy said`, "we" is Zelenskiy's side. Resolution leaves "I" and "we" alone because only
/// quote attribution knows who speaks; this stage, after it, joins them to the speaker and
/// gives the events they take part in that actor.
///
/// ```swift
/// try QuotedFirstPerson().process(&document)   // "We" → the speaker's referent, as source
/// ```
public struct QuotedFirstPerson: Stage {
    public let name = "Quoted first person"
    public let requires: Set<Layer> = [.tokens, .tags, .referents, .events, .quotes]
    public let provides: Set<Layer> = [.referents, .events]

    public init() {}

    static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]

    public func process(_ document: inout Document) throws {
        var speakerOf: [Int: Int] = [:]
        for quote in document.quotes where quote.kind == .direct {
            guard let speaker = quote.speaker.referent else { continue }
            for token in quote.content where document.upos[token] == .PRON
                && Self.firstPerson.contains(document.text(of: token).lowercased()) {
                speakerOf[token] = speaker
            }
        }
        guard !speakerOf.isEmpty else { return }
        var referents = document.referents
        let mentioned = Set(referents.flatMap { $0.mentions.flatMap { Array($0.tokens) } })
        for (token, speaker) in speakerOf.sorted(by: { $0.key < $1.key }) where !mentioned.contains(token) {
            referents[speaker].mentions.append(Mention(tokens: token..<(token + 1), kind: .pronoun))
            referents[speaker].mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        let events = document.events.map { event in
            var event = event
            for keyPath in [\Event.source, \Event.target] {
                guard let argument = event[keyPath: keyPath], argument.referent == nil,
                      let speaker = speakerOf[argument.tokens.lowerBound] else { continue }
                event[keyPath: keyPath]?.referent = speaker
            }
            return event
        }
        document.setReferents(referents, places: document.places)
        document.setEvents(events)
    }
}
