import Foundation
import SitrepKnowledge
import SitrepText

/// The Resolve stage: turns recognised names, titles and descriptions into canonical actors
/// with CAMEO codes, and gathers every mention of one actor into one referent.
///
/// ```
/// "Iran's Foreign Minister Hossein Amirabdollahian"  → dictionary, or title: IRN + GOV
/// "U.S. forces", "American forces"                   → agent: USA + MIL, one referent
/// "Biden" … "he"                                     → the referent "Joe Biden"
/// ```
/// Codes are chosen for the article's publication day, so a dictionary's dated codes
/// ("IRNGOV 2021-08-03..2024-05-19") pick the office held then. Every choice leaves its reason
/// in `Referent.evidence`.
public struct Resolver: Stage {
    public let name = "Resolver"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags, .lemmas, .dependencies, .entities]
    public let provides: Set<Layer> = [.referents]

    public let actors: ActorDictionary
    public let agents: AgentDictionary
    public let places: PlaceGazetteer
    /// CAMEO country and region codes: the three-letter codes the dictionary gives actors
    /// (the country entries), less those of non-state kinds.
    let countries: Set<String>

    /// A resolver over these dictionaries; without a gazetteer, no places are resolved.
    public init(actors: ActorDictionary, agents: AgentDictionary, places: PlaceGazetteer = PlaceGazetteer()) {
        self.actors = actors
        self.agents = agents
        self.places = places
        var countries: Set<String> = []
        for actor in actors.actors {
            for dated in actor.codes where dated.code.count == 3 && !Self.nonStatePrefixes.contains(dated.code) {
                countries.insert(dated.code)
            }
        }
        self.countries = countries
    }

    /// The bundled actor and agent dictionaries and gazetteer.
    public static func english() throws -> Resolver {
        Resolver(actors: try ActorDictionary.bundled(), agents: try AgentDictionary.bundled(), places: try PlaceGazetteer.bundled())
    }

    /// Three-letter CAMEO codes that are not states: international and transnational actors,
    /// roles, religions (BAH Bahai, MOS, SUN Sunni, SHI Shia …).
    static let nonStatePrefixes: Set<String> = [
        "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "ELI", "MED", "REB", "GOV", "MIL", "BUS", "CVL", "OPP", "BAH", "MOS",
        "SUN", "SHI", "MUS", "CHR", "JEW", "HIN", "BUD", "SIK",
    ]

    public func process(_ document: inout Document) throws {
        var resolution = Resolution(document: mendingEntities(of: document), resolver: self)
        resolution.run()
        let places = resolution.resolvePlaces()
        document.setReferents(resolution.referents(), places: places)
    }

    /// The document with two of the recognizer's slips mended. A person's span that stops
    /// inside a name ("[Turkish Foreign Minister Hakan] Fidan") runs on over the capitalised
    /// names after it when the dictionary then knows the name it ends in. A span that ran on
    /// from a country's name or adjective into a role noun is cut back to the country:
    /// "Ukrainian counterpart" tagged as one place is "Ukrainian" and the role "counterpart",
    /// which the nominal rules then code UKRGOV, as they do when the recognizer stops at the
    /// name ("Indian navy": INDMIL).
    func mendingEntities(of document: Document) -> Document {
        let day = Self.day(of: document)
        func known(_ range: Range<Int>, _ accept: (ActorDictionary.Match) -> Bool) -> Bool {
            actors.lookup(document.text(of: range), on: day).contains { $0.code != nil && accept($0) }
        }
        var spans: [Span<EntityType>] = []
        var next = 0
        while next < document.entities.count {
            let span = document.entities[next]
            next += 1
            if span.label == .PER, let end = personNameEnd(after: span, in: document, known: { known($0) { _ in true } }) {
                while next < document.entities.count, document.entities[next].tokens.lowerBound < end { next += 1 }
                spans.append(Span(tokens: span.tokens.lowerBound..<end, label: .PER))
                continue
            }
            var end = span.tokens.upperBound
            while end > span.tokens.lowerBound + 1, isRoleNoun(end - 1, in: document) { end -= 1 }
            let isCountry = end < span.tokens.upperBound && known(span.tokens.lowerBound..<end) { self.country(of: $0.code) == $0.code }
            spans.append(isCountry ? Span(tokens: span.tokens.lowerBound..<end, label: .LOC) : span)
        }
        guard spans != document.entities else { return document }
        var mended = document
        mended.setEntities(spans)
        return mended
    }

    /// Where a person's span should end when the capitalised names right after it (free, or
    /// a person's span) complete a name the dictionary knows; nil when none do.
    private func personNameEnd(after span: Span<EntityType>, in document: Document, known: (Range<Int>) -> Bool) -> Int? {
        let sentenceEnd = document.sentences.first { $0.contains(span.tokens.lowerBound) }?.upperBound ?? document.tokens.count
        var end = span.tokens.upperBound
        while end < min(sentenceEnd, span.tokens.upperBound + 3), document.upos[end] == .PROPN,
              document.text(of: end).unicodeScalars.first?.properties.isUppercase == true,
              !document.entities.contains(where: { $0.tokens.contains(end) && $0.label != .PER }) {
            end += 1
        }
        for candidate in stride(from: end, to: span.tokens.upperBound, by: -1) {
            if span.tokens.contains(where: { known($0..<candidate) }) { return candidate }
        }
        return nil
    }

    /// A common noun in lower case that names a role: "counterpart", "navy", "troops".
    private func isRoleNoun(_ token: Int, in document: Document) -> Bool {
        guard document.upos[token] == .NOUN, let first = document.text(of: token).unicodeScalars.first,
              first.properties.isLowercase else { return false }
        let word = document.text(of: token).lowercased()
        return agents.agent(word: word) != nil || agents.agent(word: document.lemmas[token].lowercased()) != nil
    }

    /// The country part of a code: "IRN" for "IRNGOV", nil for "IGOUNO".
    func country(of code: String?) -> String? {
        guard let code, code.count >= 3 else { return nil }
        let prefix = String(code.prefix(3))
        return countries.contains(prefix) ? prefix : nil
    }

    /// `yyyymmdd` of the article's publication, in UTC.
    static func day(of document: Document) -> Day? {
        guard let instant = document.article?.published?.instant else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return year * 10_000 + month * 100 + day
    }
}
