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
