import Foundation
import SitrepKnowledge
import Testing

@Suite("Event pattern readers")
struct PatternReaderTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")

    @Test("a TABARI block becomes dependency frames: object, preposition target, particle verb, paired code")
    func tabari() throws {
        let text = """
            &PREPS_
            +AGAINST
            +ON

            --- FIGHT [190] ---
            FIGHT {FIGHTS FOUGHT FIGHTING}
            +FIGHT_BACK
            - * WAR &PREPS + [138:139]  # test
            - * TRUCE [---]
            """
        let read = TabariVerbReader.read(text, file: "test", idPrefix: "t")
        #expect(read.problems.isEmpty)
        let fight = read.patterns.filter { $0.lemma == "fight" }
        #expect(fight.first?.code == "190")
        let war = try #require(fight.first { $0.code == "138" })
        #expect(war.reverseCode == "139")
        #expect(war.elements.contains(.init(slot: .object, words: ["war"])))
        #expect(war.elements.contains(.init(slot: .preposition("against|on"), role: .target)))
        #expect(fight.contains { $0.code == nil && $0.elements.contains(.init(slot: .object, words: ["truce"])) })
        #expect(fight.contains { $0.elements.first == .init(slot: .particle, words: ["back"]) })
    }

    @Test("sitrep's notation reads back what it writes")
    func roundTrip() throws {
        let text = """
            noun: attack|raid [190] by=$ on=+ # sitrep:attack
            warn [138] against=targeting|attack ~forces # sitrep:warn
            call+for [100] # sitrep:call
            """
        let first = EventPatternFormat.read(text, file: "test", idPrefix: "s")
        #expect(first.problems.isEmpty)
        #expect(first.patterns.count == 4)
        let again = EventPatternFormat.read(EventPatternFormat.write(first.patterns), file: "again", idPrefix: "s")
        #expect(again.patterns == first.patterns)
    }

    @Test("the PETRARCH validation suite's verb file reads with the same reader", .enabled(if: FileManager.default.fileExists(atPath: shared.path), "../shared/data is absent"))
    func validationVerbs() throws {
        var dictionary = EventDictionary()
        try dictionary.add(contentsOf: Self.shared.appendingPathComponent("petrarch-validation/PETR.Validate.verbs.txt"))
        #expect(dictionary.count > 500)
        #expect(dictionary.patterns(for: "restore", .verb).contains { $0.code == "064" && $0.elements == [.init(slot: .object, words: ["ties"])] })
    }

    @Test("the bundled codebook gives names, Goldstein values, QuadClass and PLOVER types")
    func ontology() throws {
        let cameo = try CameoOntology.bundled()
        let threat = try #require(cameo.entry("138"))
        #expect(threat.goldstein == -7.0)
        #expect(threat.ploverType == "THREATEN")
        #expect(CameoOntology.quadClass(root: "19") == 4)
        #expect(CameoOntology.quadClass(root: "04") == 1)
        #expect(try EventDictionary.bundled().knows("airstrike", .noun))
    }
}
