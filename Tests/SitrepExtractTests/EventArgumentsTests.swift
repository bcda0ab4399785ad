import Foundation
import Sitrep
import SitrepText
import SitrepTestSupport
import Testing

/// Who an event's arguments are, and what kind of act it is, in the forms news writes them.
@Suite("Event arguments")
struct EventArgumentsTests {
    @Test("a warning against an act targets the one warned; the act warned against is no event")
    func warningAgainst() throws {
        let (document, events) = try events("Turkey warned Greece against attacking Cyprus.")
        let warning = try #require(events.first { document.text(of: $0.trigger) == "warned" })
        #expect(words(document, warning.source) == "Turkey")
        #expect(words(document, warning.target) == "Greece")
        #expect(!events.contains { document.text(of: $0.trigger) == "attacking" })
    }

    @Test("a warning that one will strike is a threat against the one to be struck")
    func warningOfStrike() throws {
        let (document, events) = try events("Iran warned that it would strike Israel.")
        let threat = try #require(events.first)
        #expect(events.count == 1)
        #expect(threat.code.hasPrefix("13"))
        #expect(words(document, threat.source) == "Iran")
        #expect(words(document, threat.target) == "Israel")
    }

    @Test("troops moved to a border or region are a show of force, never aid", arguments: [
        "Russia sent 10,000 troops to the border on Monday.",
        "The Pentagon said 900 troops were deployed to the region.",
    ])
    func forcesMoved(text: String) throws {
        let (_, events) = try events(text)
        #expect(!events.contains { $0.code.hasPrefix("07") })
        #expect(events.contains { $0.code.hasPrefix("15") })
    }

    @Test("a minister named with his country's possessive is the actor, not the country")
    func possessiveTitle() throws {
        let (document, events) = try events("Iran's Foreign Minister Hossein Amirabdollahian criticised Israel on Thursday.")
        let criticism = try #require(events.first)
        let source = try #require(criticism.source?.referent)
        #expect(document.referents[source].name.contains("Amirabdollahian"))
    }

    @Test("a minister meets the counterpart of the nationality named, not a word of his own title")
    func counterpart() throws {
        let (document, events) = try events("Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart on Tuesday.")
        let meeting = try #require(events.first { document.text(of: $0.trigger) == "met" })
        #expect(words(document, meeting.target) == "his Ukrainian counterpart")
        #expect(meeting.target?.referent.flatMap { document.referents[$0].code } == "UKRGOV")
    }

    @Test("a call on someone is an appeal to them; what an appeal asks for has not happened")
    func appeals() throws {
        let (document, events) = try events("Russia called on Ukraine to show restraint. Moscow asked Minsk to deploy troops.")
        let call = try #require(events.first { document.text(of: $0.trigger) == "called" })
        #expect(call.code.hasPrefix("02"))
        #expect(words(document, call.source) == "Russia")
        #expect(words(document, call.target) == "Ukraine")
        #expect(events.contains { document.text(of: $0.trigger) == "asked" })
        #expect(!events.contains { ["show", "deploy"].contains(document.text(of: $0.trigger)) })
    }

    @Test("condemning an act is an event of its own, whoever is named in apposition")
    func condemnation() throws {
        let (document, events) = try events("The opposition leader, Raila Odinga, condemned the killings.")
        let condemnation = try #require(events.first { document.text(of: $0.trigger) == "condemned" })
        #expect(condemnation.code.hasPrefix("11") || condemnation.code.hasPrefix("12"))
        #expect(condemnation.source?.referent.map { document.referents[$0].name } == "Raila Odinga")
    }

    @Test("clashes between two sides are each side's act on the other")
    func clashesBetween() throws {
        let (document, events) = try events("Clashes between Israeli troops and Palestinian gunmen erupted in Jenin on Monday.")
        let pairs = Set(events.filter { document.text(of: $0.trigger) == "Clashes" }.map { [words(document, $0.source), words(document, $0.target)] })
        #expect(pairs == [["Israeli troops", "Palestinian gunmen"], ["Palestinian gunmen", "Israeli troops"]])
    }

    @Test("protest and repression as news writes them: taking to the streets, firing tear gas at crowds")
    func protestAndRepression() throws {
        let (document, events) = try events("""
            Thousands of demonstrators took to the streets on Monday. \
            Police fired tear gas at crowds marching on parliament, witnesses said.
            """)
        let march = try #require(events.first { document.text(of: $0.trigger) == "took" })
        #expect(march.code == "141")
        let repression = try #require(events.first { document.text(of: $0.trigger) == "fired" })
        #expect(repression.code.hasPrefix("17"))
        #expect(words(document, repression.target) == "crowds")
    }

    @Test("a visit goes to someone or somewhere: arriving on motorbikes visits no one; setting fire to homes is violence")
    func visitsAndArson() throws {
        let (document, events) = try events("The assailants, who arrived on motorbikes, set fire to homes. Biden arrived in Israel on Wednesday.")
        #expect(!events.contains { document.text(of: $0.trigger) == "arrived" && words(document, $0.source) == "The assailants" })
        let arson = try #require(events.first { document.text(of: $0.trigger) == "set" })
        #expect(arson.code == "180")
        let visit = try #require(events.first { document.text(of: $0.trigger) == "arrived" && words(document, $0.target) == "Israel" })
        #expect(visit.code.hasPrefix("04"))
    }

    @Test("'the two leaders' is never one of the two")
    func pluralSource() throws {
        let (document, events) = try events("""
            Biden met Netanyahu in Tel Aviv on Wednesday. The two leaders condemned the attack on the hospital.
            """)
        let condemnation = try #require(events.first { document.text(of: $0.trigger) == "condemned" })
        let named = condemnation.source?.referent.map { document.referents[$0].name } ?? ""
        #expect(!named.contains("Biden") && !named.contains("Netanyahu"))
    }

    @Test("an unnamed agent of several countries is one actor per country")
    func affiliations() throws {
        let (document, events) = try events("Lawmakers from France and Germany condemned the attack on the embassy.")
        let sources = events.filter { document.text(of: $0.trigger) == "condemned" }.compactMap { $0.source?.referent }
        #expect(Set(sources.map { document.referents[$0].name }) == ["France", "Germany"])
    }

    @Test("a pledge makes the act pledged an intent, not something that happened", arguments: [
        "Germany pledged to send tanks to Ukraine.",
        "The minister promised to deliver weapons to Kyiv.",
    ])
    func pledge(text: String) throws {
        let (_, events) = try events(text)
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.modality != .asserted })
    }
}
