import Foundation
import Sitrep
import SitrepKnowledge
import SitrepText
import Testing

/// How the PETRARCH suite's scorer prints sitrep's events: as PETRARCH codes actors from
/// their phrases with the suite's dictionaries.
@Suite("PETRARCH evaluation")
struct PetrarchEvaluationTests {
    static let actors = "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\nTHE_ISLES [ISA/ISB]\nKALDORIA_LEAGUE [KALLEA]\nZEMBLA_CABINET [ZEMGOV]\n"
    static let agents = "ENVOY [~GOV]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nRELIEF_AGENCY [NGO~]\nPOLICE {} [~COP]\n"
    static let verbs = "--- WELCOME [041] ---\nWELCOME\n\n--- SAY [023] ---\nSAY\n"

    /// The codings of one record's sentence, run with `config`.
    static func produced(_ text: String, config: [String: String] = [:]) throws -> [String] {
        var actors = ActorDictionary()
        let readActors = PhoenixActorReader.read(Self.actors, file: "actors")
        actors.add(readActors.actors, problems: readActors.problems)
        var agents = AgentDictionary()
        agents.add(PhoenixAgentReader.read(Self.agents, file: "agents").agents)
        let patterns = EventDictionary(TabariVerbReader.read(Self.verbs, file: "verbs", idPrefix: "verbs").patterns)
        let line: [String: Any] = ["seq": 1, "id": "T-1", "text": text, "date": "20230101", "disabled": false,
                                   "in_include_list": true, "expected": [], "config": config]
        let record = try JSONDecoder().decode(PetrarchEvaluation.Record.self, from: JSONSerialization.data(withJSONObject: line))
        let analyzer = try Analyzer(actors: actors, agents: agents, eventPatterns: patterns)
        let result = try PetrarchEvaluation.run([record], analyzer: analyzer, actors: actors, agents: agents)
        return result.outcomes.first?.produced.map(\.description).sorted() ?? []
    }

    @Test("each of several coordinated actors gets the country its own phrase names, with the agent")
    func coordinatedAgents() throws {
        #expect(try Self.produced("The envoys of Zembla and Kaldoria welcomed Florin.") == ["KALGOV FLO 041", "ZEMGOV FLO 041"])
    }

    @Test("coordinated agents of one place each give an event with their own role")
    func coordinatedRoles() throws {
        #expect(try Self.produced("Lawmakers and officials in Zembla and Kaldoria welcomed Florin.") == ["KALGOV FLO 041", "KALLEG FLO 041", "ZEMGOV FLO 041", "ZEMLEG FLO 041"])
    }

    @Test("a code naming several actors gives an event for each")
    func severalActors() throws {
        #expect(try Self.produced("The Isles welcomed Florin.") == ["ISA FLO 041", "ISB FLO 041"])
    }

    @Test("with require_dyad off, an agent with no actor and a missing target print as PETRARCH's null codes")
    func nullCodes() throws {
        let text = "A senior official said on Monday."
        #expect(try Self.produced(text).isEmpty)
        #expect(try Self.produced(text, config: ["require_dyad": "False"]) == ["---GOV --- 023"])
    }

    @Test("an organisation's agent ([NGO~]) comes before the country, a role's after, and once only; agents match only their listed forms", arguments: [
        ("The Zembla relief agency welcomed Florin.", ["NGOZEM FLO 041"]),
        ("The Zembla police welcomed Florin.", ["ZEMCOP FLO 041"]),
        ("The Zembla polices welcomed Florin.", ["ZEM FLO 041"]),
        ("The Kaldoria League police welcomed Florin.", ["KALLEACOP FLO 041"]),
        ("The Zembla Cabinet officials welcomed Florin.", ["ZEMGOV FLO 041"]),
    ])
    func agentPlacement(text: String, expected: [String]) throws {
        #expect(try Self.produced(text) == expected)
    }
}
