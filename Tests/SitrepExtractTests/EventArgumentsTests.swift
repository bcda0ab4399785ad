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

    @Test("an attribution after a quote does not take the quote's 'will not': telling reporters is no declined comment")
    func attributionAfterQuote() throws {
        let (document, events) = try events("\"We will not allow this aggression to go unanswered,\" the ministry spokesman told reporters in Tehran.")
        #expect(!events.contains { document.text(of: $0.trigger) == "told" && $0.code == "011" })
    }

    @Test("'at least' qualifies a count and is no part of the victims' words")
    func atLeastVictims() throws {
        let (document, events) = try events("Russian forces shelled the town, killing at least 12 civilians.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killing" })
        #expect(words(document, killing.source) == "Russian forces")
        #expect(words(document, killing.target) == "12 civilians")
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

    @Test("an act whose subject is another act has no named doer but still its victims: 'Shelling killed three civilians'")
    func actAsSubject() throws {
        let (document, events) = try events("Shelling killed three civilians in Kharkiv on Monday. Fighting erupted in April between the army and the militia.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(killing.source == nil)
        #expect(words(document, killing.target) == "three civilians")
        #expect(events.filter { document.text(of: $0.trigger) == "Fighting" }.count == 2)
    }

    @Test("a verb phrase joined to a report shares the reporter's subject ('confirmed the strike but declined to provide details'); a clause with words of its own before the verb ('revealed that … troops have been deployed', misparsed as a conjunct) does not")
    func verbPhraseJoinedToReport() throws {
        let (document, events) = try events("""
            The army spokesman confirmed the strike but declined to provide details. \
            The ministry announced the ceasefire and urged both sides to respect it. \
            The Pentagon revealed that approximately 900 additional U.S. troops have either been deployed to or are en route to the region.
            """)
        let declined = try #require(events.first { document.text(of: $0.trigger) == "declined" })
        #expect(words(document, declined.source) == "The army spokesman")
        let urged = try #require(events.first { document.text(of: $0.trigger) == "urged" })
        #expect(words(document, urged.source) == "The ministry")
        let deployed = events.filter { document.text(of: $0.trigger) == "deployed" }
        #expect(!deployed.contains { words(document, $0.source) == "The Pentagon" || words(document, $0.target) == "The Pentagon" })
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

    @Test("saying one will strike or sanction is a threat; saying another will is no event")
    func announcedConflict() throws {
        let (document, events) = try events("""
            Russia said it would attack Ukraine. The EU said it would impose sanctions on Iran. \
            U.S. officials said Russia would attack Poland.
            """)
        let attack = try #require(events.first { words(document, $0.target) == "Ukraine" })
        #expect(attack.code == "138")
        #expect(attack.modality == .threatened)
        let sanctions = try #require(events.first { words(document, $0.target) == "Iran" })
        #expect(sanctions.code == "1312")
        #expect(!events.contains { words(document, $0.target) == "Poland" })
    }

    @Test("a diplomatic post belongs to whoever it serves, not to the country it is in")
    func diplomaticPost() throws {
        let (document, events) = try events("Iran launched drones at Israel in retaliation for a strike on its consulate in Damascus.")
        let strike = try #require(events.first { document.text(of: $0.trigger) == "strike" })
        #expect(strike.target?.referent.flatMap { document.referents[$0].code } == "IRNGOV")
    }

    @Test("'it' that the parser read as a passive subject still refers back; holding talks is a meeting; an end still to come has not happened")
    func reportedActs() throws {
        let (document, events) = try events("""
            Israel said it had targeted Hamas militants in Gaza. \
            Egyptian mediators were holding talks with an Israeli delegation. \
            Netanyahu said Israel will keep fighting until Hamas is destroyed.
            """)
        let strike = try #require(events.first { document.text(of: $0.trigger) == "targeted" })
        #expect(strike.source?.referent.flatMap { document.referents[$0].code } == "ISR")
        let talks = try #require(events.first { document.text(of: $0.trigger) == "holding" })
        #expect(talks.code.hasPrefix("04"))
        #expect(!events.contains { document.text(of: $0.trigger) == "destroyed" })
    }

    @Test("winning an election is no CAMEO event; actors welcoming a thing do not act on each other; counted journalists are journalists")
    func electionsWelcomesAndCounts() throws {
        let (document, events) = try events("""
            Senegal's opposition candidate Bassirou Diomaye Faye won Sunday's presidential election. \
            The African Union and France welcomed the peaceful transfer of power. \
            Police arrested two journalists covering the celebrations.
            """)
        #expect(!events.contains { document.text(of: $0.trigger) == "won" })
        let welcomes = events.filter { document.text(of: $0.trigger) == "welcomed" }
        #expect(welcomes.count == 2 && welcomes.allSatisfy { $0.target == nil })
        let arrest = try #require(events.first { document.text(of: $0.trigger) == "arrested" })
        #expect(arrest.target?.referent.flatMap { document.referents[$0].code } == "MED")
        let faye = try #require(document.referents.first { $0.name.contains("Faye") })
        #expect(faye.code == "SENOPP")
    }

    @Test("weapons delivered to a country are military aid to it; a name is the person its words name, not a comma's neighbour")
    func deliveriesAndNames() throws {
        let (document, events) = try events("""
            Germany will deliver an additional Patriot air defence system to Ukraine, Chancellor Olaf Scholz said on Saturday. \
            Ukrainian President Volodymyr Zelenskiy thanked Scholz.
            """)
        let deliveries = events.filter { document.text(of: $0.trigger) == "deliver" }
        #expect(deliveries.count == 1)
        #expect(deliveries.first?.code == "072")
        #expect(deliveries.first?.target?.referent.flatMap { document.referents[$0].code } == "UKR")
        let thanks = try #require(events.first { document.text(of: $0.trigger) == "thanked" })
        #expect(thanks.source?.referent.flatMap { document.referents[$0].code } == "UKRGOV")
    }

    @Test("forces of a named country attacked where they are stationed are its forces, the target, and no doer")
    func forcesAttacked() throws {
        let (document, events) = try events("The Pentagon said U.S. forces in Iraq and Syria had been attacked at least 40 times since October 17.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attacked" })
        #expect(events.filter { document.text(of: $0.trigger) == "attacked" }.count == 1)
        #expect(attack.source == nil)
        #expect(attack.target?.referent.flatMap { document.referents[$0].code } == "USAMIL")
    }

    @Test("an attack being prepared has not happened: a planned offensive is a show of force")
    func preparedAttack() throws {
        let (document, events) = try events("Israel is preparing a ground invasion of Gaza.")
        let invasion = try #require(events.first { document.text(of: $0.trigger) == "invasion" })
        #expect(invasion.modality == .planned)
        #expect(invasion.code == "154")
    }

    @Test("using tear gas is repression; a car bomb is a bombing even with no one named behind it")
    func repressionAndBombs() throws {
        let (document, events) = try events("Police used tear gas to disperse protesters. A car bomb exploded near a market in Mogadishu on Monday.")
        #expect(events.first { document.text(of: $0.trigger) == "used" }?.code == "175")
        #expect(events.contains { $0.code.hasPrefix("18") && $0.source == nil })
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

    @Test("an appeal to 'both sides' is to parties left unnamed, not to a place named after them")
    func appealToBothSides() throws {
        let (document, events) = try events("Secretary of State Antony Blinken urged both sides to return to talks in Jeddah and to allow aid to reach the city.")
        let appeal = try #require(events.first { document.text(of: $0.trigger) == "urged" })
        #expect(appeal.target == nil)
    }

    @Test("members act for the body they belong to: 'agents of the intelligence service' are the service")
    func membersOfABody() throws {
        let (document, events) = try events("Agents of the Venezuelan intelligence service detained Freddy Superlano at his home in Caracas.")
        let arrest = try #require(events.first { $0.code == "173" })
        #expect(arrest.source?.referent.flatMap { document.referents[$0].code } == "VENSPY")
    }

    @Test("names the parser made the passive subject of a participle clause opening the sentence are the verb's subject")
    func namesBeforeParticiple() throws {
        let (document, events) = try events(
            "Mali and Burkina Faso, also run by juntas, warned that any military intervention would be considered a declaration of war against them.")
        let warnings = events.filter { document.text(of: $0.trigger) == "warned" }
        #expect(Set(warnings.compactMap { $0.source?.referent.map { document.referents[$0].name } }) == ["Mali", "Burkina Faso"])
    }

    @Test("a vow joined to a passive is still the speaker's: no one is vowed")
    func vowJoinedToPassive() throws {
        let (document, events) = try events(
            "Philippine President Ferdinand Marcos Jr. said his government would not be intimidated and vowed to defend the country's sovereign rights.")
        let vow = try #require(events.first { document.text(of: $0.trigger) == "vowed" })
        #expect(vow.source?.referent.map { document.referents[$0].name } == "Ferdinand Marcos Jr.")
        #expect(vow.target == nil)
    }

    @Test("a thing that carries an act names no doer of it: 'its treaty covers attacks on vessels' is no attack by the treaty's owner")
    func thingCarryingAnAct() throws {
        let (document, events) = try events(
            "The United States reaffirmed that its mutual defence treaty with the Philippines covers attacks on Philippine public vessels.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attacks" })
        #expect(attack.source == nil)
    }

    @Test("a clause the parser split after its subordinator keeps its subject: 'fled after the army launched a crackdown'")
    func subjectAfterSubordinator() throws {
        let (document, events) = try events(
            "More than 700,000 Rohingya fled to Bangladesh in 2017 after the army launched a brutal crackdown in Rakhine state.")
        let crackdown = try #require(events.first { document.text(of: $0.trigger) == "launched" })
        #expect(words(document, crackdown.source) == "the army")
    }

    @Test("a subordinate clause the parser hung on the object's noun keeps its subject: 'at the gates before soldiers pushed them back'")
    func subjectAfterSubordinatorInsideObject() throws {
        let (document, events) = try events("Some protesters threw stones at the gates before soldiers pushed them back.")
        let push = try #require(events.first { document.text(of: $0.trigger) == "pushed" })
        #expect(words(document, push.source) == "soldiers")
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

    @Test("the doer's own possessive after the verb is not whom it acts on", arguments: [
        "Zembla welcomed proposals from Florin on its role in the talks.",
        "The envoys of Zembla and Kaldoria presented their credentials to Florin.",
    ])
    func ownPossessiveIsNoTarget(text: String) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\n",
                                            verbs: "--- WELCOME [041] ---\nWELCOME\n\n--- PRESENT [032] ---\nPRESENT\n")
        #expect(!document.events.isEmpty)
        #expect(document.events.allSatisfy { words(document, $0.target) == "Florin" })
    }

    @Test("words a pattern joins with underscores must stand side by side", arguments: [
        ("Zembla welcomed trade deals from Florin.", "911"),
        ("Zembla welcomed trade and arms deals from Florin.", "041"),
    ])
    func adjacentPatternWords(text: String, code: String) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n",
                                            verbs: "--- WELCOME [041] ---\nWELCOME\n- * TRADE_DEALS FROM [911]\n")
        #expect(document.events.map(\.code) == [code])
    }

    @Test("a pattern that names its object and skips a preposition's phrase ('* DIWALI IN ^ +') targets the actor named after them")
    func skippedPhrase() throws {
        let document = try petrarchDocument("Zembla celebrated Diwali in Kaldoria with Florin.", actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\n",
                                            verbs: "--- CELEBRATE [181] ---\nCELEBRATE\n- * DIWALI IN ^ + [045]\n")
        let feast = try #require(document.events.first)
        #expect(feast.code == "045")
        #expect(words(document, feast.target) == "Florin")
    }

    @Test("what an appeal asks for has not happened: the appeal is the only event")
    func appealContent() throws {
        let (document, events) = try events("Egypt called on Israel to withdraw its troops from Gaza.")
        #expect(events.contains { document.text(of: $0.trigger) == "called" })
        #expect(!events.contains { document.text(of: $0.trigger) == "withdraw" })
    }

    @Test("pattern words after the verb come in the pattern's order, a preposition's words may modify its noun, and a phrase is found wherever the parser hung it", arguments: [
        ("Zembla restored full ties with the Florin opposition.", "064"),
        ("Zembla restored the full ties with Florin.", "099"),
        ("Zembla welcomed pledges on trade issues from Florin.", "913"),
        ("Zembla welcomed deals on trade matters from Florin.", "911"),
    ])
    func patternWordOrder(text: String, code: String) throws {
        let verbs = """
            &KINDS
            +TRADE
            +ARMS

            --- RESTORE [064] ---
            RESTORE
            - * THE FULL [099]

            --- WELCOME [041] ---
            WELCOME
            - * PLEDGES_ON &KINDS FROM [913]
            - * DEALS_ON_&KINDS FROM [911]
            """
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: verbs)
        #expect(document.events.map(\.code) == [code])
    }

    @Test("pattern words before the verb may stand on the verb it completes ('won't try to clash')", arguments: [
        ("Zembla suddenly won't try to clash with Florin.", "906"),
        ("Zembla suddenly clashed with Florin.", "190"),
    ])
    func wordsOnGoverningVerb(text: String, code: String) throws {
        let verbs = "&NEG\n+WO N'T\n+DID NOT\n\n--- CLASH [190] ---\nCLASH\n- SUDDENLY &NEG * [906]\n"
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: verbs)
        #expect(document.events.map(\.code) == [code])
    }

    @Test("a passive's agent hung on an adverb of the verb is still its doer")
    func agentOnAdverb() throws {
        let document = try petrarchDocument("Zembla was opposed earlier by Florin in the talks.", actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: "--- OPPOSE [112] ---\nOPPOSE\n")
        let opposed = try #require(document.events.first)
        #expect(words(document, opposed.source) == "Florin")
        #expect(words(document, opposed.target) == "Zembla")
    }

    @Test("a participle after a comma that the parser hung on a participle describing the object is the clause's: gunmen, not the convoy's owner, killed the driver")
    func participleAfterObjectsParticiple() throws {
        let (document, events) = try events(
            "Gunmen ambushed a United Nations convoy carrying food in South Sudan's Jonglei state on Sunday, killing a driver and looting three trucks, the UN humanitarian office said.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killing" })
        #expect(words(document, killing.source) == "Gunmen")
    }

    @Test("the charge is no part of the accused: 'accusing its northern neighbour of \"hostile acts\"'")
    func chargeIsNotTheAccused() throws {
        let (document, events) = try events(
            "Mali's military government recalled its ambassador from Algeria on Thursday, accusing its northern neighbour of \"hostile acts\" and of interfering in its internal affairs.")
        let accusation = try #require(events.first { document.text(of: $0.trigger) == "accusing" })
        #expect(words(document, accusation.target) == "its northern neighbour")
    }

    @Test("a passive's agent hung on the state it ends in is still its doer: 'shot dead by police'")
    func agentOnResultingState() throws {
        let (document, events) = try events("Amnesty International said one protester had been shot dead by police in Nairobi.")
        let shot = try #require(events.first { document.text(of: $0.trigger) == "shot" })
        #expect(words(document, shot.source) == "police in Nairobi")
    }

    @Test("an actor a pattern names after the object's words is the next noun ('+ * MONEY $')")
    func actorAfterObjectWords() throws {
        let document = try petrarchDocument("Zembla has received money from Florin.", actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: "--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $ [071]\n")
        let received = try #require(document.events.first)
        #expect(received.code == "071")
        #expect(words(document, received.source) == "Florin")
        #expect(words(document, received.target) == "Zembla")
    }

    @Test("an actor named with its apposition ('the news agency ZNA') still codes the statement it makes")
    func appositionSpeaker() throws {
        // ZNA has a code: an event names at least one coded actor.
        let analyzer = try petrarchAnalyzer(actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\nZNA [ZEMMED]\n",
                                            verbs: "--- WELCOME [041] ---\nWELCOME\n\n--- SAY [023] ---\nSAY\n")
        let text = "Zembla welcomed a resumption of ties between Kaldoria and Florin after a long rift, the primary official news agency ZNA said on Thursday."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        #expect(document.events.contains { $0.code == "023" })
    }

    @Test("things an actor owns stand for it, whether named before them or after 'of', and so do their conjuncts", arguments: [
        ("The ships of Kaldoria shelled Florin.", ["Kaldoria → Florin"]),
        ("Zembla's missiles and rockets of Kaldoria struck Florin.", ["Kaldoria → Florin", "Zembla → Florin"]),
    ])
    func ownedThings(text: String, pairs: [String]) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\n",
                                            verbs: "--- SHELL [195] ---\nSHELL\n\n--- STRIKE [190] ---\nSTRIKE { STRUCK }\n")
        let named = document.events.map { event in
            [event.source, event.target].map { argument in argument?.referent.map { document.referents[$0].name } ?? "?" }
                .joined(separator: " → ")
        }
        #expect(named.sorted() == pairs)
    }

    @Test("a pattern naming the subject finds it in the verb a complement completes")
    func controlledSubject() throws {
        let analyzer = try petrarchAnalyzer(actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\n",
                                            verbs: "--- BREAK [171] ---\nBREAK\n- + * IN $ [075]\n")
        let text = "Zembla was seen to break in a Kaldoria parade on Saturday."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        let event = try #require(document.events.first)
        #expect(event.code == "075")
        #expect(words(document, event.target) == "Zembla")
    }

    @Test("an unnamed agent placed 'in' a named place ('police in Paris') keeps the place in its words", arguments: [
        ("Soldiers in Zembla welcomed Florin on Monday.", "Soldiers in Zembla"),
        ("Police in Zembla welcomed Florin on Monday.", "Police in Zembla"),
    ])
    func placedAgent(text: String, source: String) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: "--- WELCOME [041] ---\nWELCOME\n")
        let event = try #require(document.events.first)
        #expect(words(document, event.source) == source)
    }

    @Test("leaders of several coordinated names are one actor per name")
    func coordinatedOwners() throws {
        let analyzer = try petrarchAnalyzer(actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\n", verbs: "--- MEET [031] ---\nMEET\n")
        let text = "Florin will meet Zembla and Kaldoria leaders during a brief visit on Sunday."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        let met = document.events.filter { words(document, $0.source) == "Florin" }.compactMap { $0.target?.referent.map { document.referents[$0].name } }
        #expect(met.sorted() == ["Kaldoria", "Zembla"])
    }

    @Test("a title and name the parser split into two subjects side by side are one actor's words")
    func splitSubject() throws {
        let analyzer = try petrarchAnalyzer(actors: "KALDORIA [KAL]\n+OSTROVIN\nFLORIN [FLO]\n", verbs: "--- LEAVE [032] ---\nLEAVE { LEFT }\n")
        let text = "Kaldoria's first Deputy Prime Minister Ostrovin left for Florin on Wednesday for talks with Zembla."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        let visit = try #require(document.events.first { $0.code == "032" })
        #expect(words(document, visit.source) == "Kaldoria's first Deputy Prime Minister Ostrovin")
    }

    @Test("a person named in apposition to a title 'of' an organisation is the actor, not the organisation")
    func titleOfOrganisation() throws {
        let analyzer = try petrarchAnalyzer(actors: "MICROSOFT [MSF]\nFLORIN [FLO]\n", verbs: "--- MEET [031] ---\nMEET\n")
        let text = "Co-founder of Microsoft, Paul Allen, personally met with Florin during his visit."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        #expect(!document.events.contains { words(document, $0.source) == "Microsoft" })
    }

    @Test("an act whose purpose names someone else is aimed at them when the clause itself names no one")
    func purposeTarget() throws {
        let analyzer = try petrarchAnalyzer(actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: "--- SIGN [081] ---\nSIGN\n")
        let text = "Zembla signed an accord on Monday to supply Florin with wheat."
        let document = try analyzer.analyze(Article(published: EventsTests.published, body: text))
        let accord = try #require(document.events.first { $0.code == "081" })
        #expect(words(document, accord.source) == "Zembla")
        #expect(words(document, accord.target) == "Florin")
    }

    @Test("coordinated actors who say something together say nothing to each other", arguments: [
        "Zembla and Kaldoria said on Thursday that the talks would continue.",
        "Zembla and Kaldoria announced that the talks would resume next week.",
    ])
    func jointStatement(text: String) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\n",
                                            verbs: "--- SAY [023] ---\nSAY\n\n--- ANNOUNCE [023] ---\nANNOUNCE\n")
        #expect(document.events.count == 2)
        #expect(document.events.allSatisfy { $0.code == "023" && $0.target == nil })
    }

    @Test("co-mediators mediate for others, not each other; mediating is mediation (045), not yielding")
    func coMediators() throws {
        let document = try petrarchDocument("Zembla and Kaldoria mediated the deal.", actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\n",
                                            verbs: "--- MEDIATE [080] ---\nMEDIATE\n")
        #expect(document.events.count == 2)
        #expect(document.events.allSatisfy { $0.target == nil })
        let (_, events) = try events("Qatar, Egypt and the United States mediated the deal.")
        #expect(!events.contains { $0.code.hasPrefix("08") })
    }

    @Test("subjects the parser left uncoordinated are all doers, and a non-actor among them is passed over")
    func uncoordinatedSubjects() throws {
        try expectDoers(["Zembla"], of: "The lions and the evil awful Zembla welcomed a resumption of ties with Florin after a long rift.")
    }

    @Test("a list of subjects opened by a capitalised adjective are all doers")
    func listOpenedByAdjective() throws {
        // The two-direction tagger reads "Evil" before a name as part of the name (NNP), and
        // the parser then roots the sentence on it, with "welcomed" a conjunct of "Evil".
        withKnownIssue("'Evil Vornost, …' opening a sentence is read as a name, and the parse hangs the verb on it") {
            try expectDoers(["Kaldoria", "Vornost", "Zembla"],
                            of: "Evil Vornost, the awful Kaldoria, and good Zembla welcomed a resumption of ties with Florin after a long rift.")
        }
    }

    /// The sources of `text`'s welcome events are `doers`, each welcoming Florin.
    private func expectDoers(_ doers: [String], of text: String) throws {
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nKALDORIA [KAL]\nFLORIN [FLO]\nVORNOST [VOR]\n",
                                            verbs: "--- WELCOME [041] ---\nWELCOME\n")
        let named = document.events.compactMap { event in doers.first { words(document, event.source).hasSuffix($0) } }
        #expect(named.sorted() == doers)
        #expect(document.events.allSatisfy { words(document, $0.target) == "Florin" })
    }

    @Test("a pattern whose words before the verb hold a negation codes the negated act itself, the longest such pattern first", arguments: [
        ("Zembla surely won't ever clash with Florin.", "907"),
        ("Zembla did not ever clash with Florin.", "905"),
    ])
    func negatedPhrase(text: String, code: String) throws {
        let verbs = "&NEG\n+WO N'T\n+DID NOT\n\n--- CLASH [190] ---\nCLASH\n- SURELY_&NEG_EVER * [907]\n- &NEG EVER * [905]\n"
        let document = try petrarchDocument(text, actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: verbs)
        #expect(document.events.map(\.code) == [code])
        #expect(document.events.allSatisfy { $0.modality == .asserted })
    }

    @Test("a participle completing 'remains' is passive: who remains detained is detained, not the detainer")
    func remainsDetainedIsPassive() throws {
        let (document, events) = try events("Niger's army detained President Mohamed Bazoum, who remains detained at his residence.")
        #expect(!events.isEmpty)
        #expect(!events.contains { words(document, $0.source).contains("Bazoum") })
    }

    @Test("a conjunct in the reporting verb's tense hung on what was reported belongs to the reporter")
    func reportersConjunctOnContent() throws {
        let (document, events) = try events("Israeli Prime Minister Benjamin Netanyahu said the war would resume after the pause and vowed to destroy Hamas.")
        let vow = try #require(events.first)
        #expect(vow.code == "138")
        #expect(words(document, vow.source).hasSuffix("Benjamin Netanyahu"))
        #expect(words(document, vow.target) == "Hamas")
        #expect(vow.modality == .asserted)
    }

    @Test("a report's object right before its subjectless content is the content's subject: 'said its troops had arrested …'")
    func reportObjectIsContentSubject() throws {
        let (document, events) = try events("The Israeli military said its troops had arrested 20 suspected militants in the West Bank overnight.")
        let arrest = try #require(events.first { $0.code == "173" })
        #expect(words(document, arrest.source) == "its troops")
        #expect(words(document, arrest.target).hasPrefix("20 suspected militants"))
    }

    @Test("teenagers killed are the victims, not the camp the raid was on")
    func teenagersAreVictims() throws {
        let (document, events) = try events("Israeli forces killed two teenagers during a raid on the Jenin refugee camp.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(words(document, killing.target) == "two teenagers")
    }
}
