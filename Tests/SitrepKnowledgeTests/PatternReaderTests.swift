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

    @Test("words joined by underscores are one phrase of adjacent words, tried before looser patterns of fewer words")
    func adjacentPhrases() throws {
        let text = """
            &KINDS
            +TRADE
            +ARMS

            &NEGATIVE
            +DID NOT
            +WO N'T

            --- HAIL [041] ---
            HAIL
            - * &KINDS_DEALS FROM [911]
            - * DEALS_ON_&KINDS [912]
            - * DEALS_ON [913]
            - SURELY_&NEGATIVE_EVER * [914]
            - &NEGATIVE EVER * [915]
            """
        let read = TabariVerbReader.read(text, file: "test", idPrefix: "t")
        #expect(read.problems.isEmpty)
        let hail = read.patterns.filter { $0.lemma == "hail" }
        let deals = try #require(hail.first { $0.code == "911" })
        #expect(deals.elements == [.init(slot: .object, words: ["trade deals", "arms deals"]), .init(slot: .preposition("from"))])
        // A preposition inside the phrase is one of its words; at its end it opens a slot.
        #expect(hail.first { $0.code == "912" }?.elements == [.init(slot: .object, words: ["deals on trade", "deals on arms"])])
        #expect(hail.first { $0.code == "913" }?.elements == [.init(slot: .object, words: ["deals"]), .init(slot: .preposition("on"))])
        let surely = try #require(hail.first { $0.code == "914" })
        #expect(surely.elements == [.init(slot: .before, words: ["surely did not ever", "surely wo n't ever"])])
        let ever = try #require(hail.first { $0.code == "915" })
        #expect(surely.specificity > ever.specificity)
    }

    @Test("a skipped phrase after a preposition leaves the actor after it to the clause: '* IFTAR IN ^ +' binds no preposition target")
    func skippedPhrase() throws {
        let read = TabariVerbReader.read("--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR IN ^ + [045]\n- * EID AT ^ WITH + [043]\n",
                                         file: "test", idPrefix: "t")
        let iftar = try #require(read.patterns.first { $0.code == "045" })
        #expect(iftar.elements == [.init(slot: .object, words: ["iftar"]), .init(slot: .preposition("in"))])
        let eid = try #require(read.patterns.first { $0.code == "043" })
        #expect(eid.elements.last == .init(slot: .preposition("with"), role: .target))
    }

    @Test("an actor after the object's words is an actor slot after them: '+ * MONEY $'")
    func actorAfterObject() throws {
        let read = TabariVerbReader.read("--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $ [071]\n", file: "test", idPrefix: "t")
        let money = try #require(read.patterns.first { $0.code == "071" })
        #expect(money.elements == [.init(slot: .subject, role: .target), .init(slot: .object, words: ["money"]), .init(slot: .after, role: .source)])
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
