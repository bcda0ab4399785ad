import Foundation
import Testing

@testable import SitrepKnowledge

@Suite("agent dictionaries")
struct AgentDictionaryTests {
    static let agents = """
        <!-- a block comment -->
        !MINIST! = MINISTER, MINISTERS, MINISTRY
        !PERSON! = MAN, WOMAN
        FOREIGN_!MINIST! [~GOV] # comment
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
        POLICE {} [~COP]
        MILITIAMAN [~UAF]
        ARMY [~MIL]
        PEACEKEEPING_TROOPS {} [IGO~]
        SPOKES!PERSON! [~]
        BROKEN_ENTRY
        BAD_CODE [GOV]
        """

    @Test("substitution sets, explicit and regular plurals, whole codes and roles without a sector")
    func reads() {
        let (agents, problems) = PhoenixAgentReader.read(Self.agents, file: "test.agents")
        var dictionary = AgentDictionary()
        dictionary.add(agents)
        #expect(dictionary.agent(for: ["foreign", "ministry"])?.code == "GOV")
        #expect(dictionary.agent(for: ["foreign", "ministers"])?.origin == "test.agents:4")
        #expect(dictionary.agent(for: ["attorneys", "general"])?.code == "GOV")
        #expect(dictionary.agent(for: ["attorney", "generals"]) == nil)
        #expect(dictionary.agent(for: ["polices"]) == nil)
        #expect(dictionary.agent(for: ["militiamen"])?.code == "UAF")
        #expect(dictionary.agent(for: ["armies"])?.code == "MIL")
        #expect(dictionary.agent(for: ["peacekeeping", "troops"])?.isWhole == true)
        #expect(dictionary.agent(for: ["spokeswoman"])?.isDependent == true)
        #expect(problems.map(\.line) == [11, 12])
    }

    @Test("the longest phrase ending at a word wins, trying the word's lemma")
    func longestMatch() throws {
        let dictionary = try AgentDictionary.bundled()
        let words = ["iran", "'s", "foreign", "minister"]
        let match = try #require(dictionary.longestMatch(in: words, endingAt: 3))
        #expect(match.agent.phrase == "foreign minister")
        #expect(match.start == 2)
        #expect(dictionary.longestMatch(in: ["u.s", "troops"], endingAt: 1, lastWordForms: ["troop"])?.agent.code == "MIL")
        // Phoenix's file has two malformed lines (544 "[~ENV}", 1927 no code); sitrep's has none.
        #expect(dictionary.problems.allSatisfy { $0.file == "phoenix.agents.txt" })
        #expect(dictionary.problems.count == 2)
    }
}
