import Foundation
import Sitrep
import SitrepExtract
import SitrepText
import SitrepTestSupport
import Testing

@Suite("Events")
struct EventsTests {
    /// 26 October 2023, the day the sample article was published.
    static let published = Timestamp(instant: Date(timeIntervalSince1970: 1_698_322_860), precision: .minute, utcOffset: nil, original: "2023-10-26T12:21")

    @Test("an event noun takes its doer from 'by' and its target from 'on', its date from the clause")
    func eventNoun() throws {
        let (document, events) = try events("This comes after a deadly attack by the militant Hamas group on Israel earlier this month.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attack" })
        #expect(attack.code.hasPrefix("19"))
        #expect(words(document, attack.source).contains("Hamas"))
        #expect(words(document, attack.target) == "Israel")
        #expect(attack.date?.value == "2023-10")
        #expect(attack.date?.precision == .month)
        #expect(!attack.isBackground)
    }

    @Test("'by' right after an event noun names its doer wherever the parser hung the phrase: 'weeks of raids by the army'")
    func eventNounByPhraseElsewhere() throws {
        let (document, events) = try events("The curfew follows weeks of raids by the army in the north.")
        let raids = try #require(events.first { document.text(of: $0.trigger) == "raids" })
        #expect(raids.code.hasPrefix("19"))
        #expect(words(document, raids.source) == "the army")
    }

    @Test("a support verb lends its subject to the event noun it carries")
    func supportVerb() throws {
        let (document, events) = try events("Israel has conducted airstrikes on Gaza.")
        let strikes = try #require(events.first)
        #expect(events.count == 1)
        #expect(strikes.code == "195")
        #expect(words(document, strikes.source) == "Israel")
        #expect(words(document, strikes.target) == "Gaza")
    }

    @Test("what has not happened and attitudes are not events")
    func notEvents() throws {
        let (_, events) = try events("""
            The Iranian mission to the United Nations has yet to respond to the message. U.S. officials are keen to \
            avoid a broader conflict.
            """)
        #expect(events.isEmpty)
    }

    @Test("an agentless passive takes its source from the attacks the previous sentence names, marked inferred")
    func inferredSource() throws {
        let (document, events) = try events("""
            This decision comes in response to an uptick in attacks by Iran-affiliated groups. Over the past week, \
            U.S. forces have been targeted 12 times in Iraq.
            """)
        let targeted = try #require(events.first { document.text(of: $0.trigger) == "targeted" })
        #expect(words(document, targeted.source) == "Iran-affiliated groups")
        #expect(targeted.source?.isInferred == true)
        #expect(words(document, targeted.target) == "U.S. forces")
        #expect(targeted.date?.precision == .week)
    }

    @Test("a vow to use force is a threat, coded on the vow")
    func threat() throws {
        let (document, events) = try events("Israel has vowed to eliminate the militant group.")
        let vow = try #require(events.first)
        #expect(events.count == 1)
        #expect(vow.code == "138")
        #expect(document.text(of: vow.trigger) == "vowed")
        #expect(words(document, vow.source) == "Israel")
    }

    @Test("an event dated months before publication is background")
    func background() throws {
        let (document, events) = try events("The U.S. military carried out airstrikes against Iran-aligned groups in Syria on March 23.")
        let strikes = try #require(events.first { document.text(of: $0.trigger) == "airstrikes" })
        #expect(strikes.date?.value == "2023-03-23")
        #expect(strikes.isBackground)
    }

    @Test("time expressions resolve against the publication date with their precision")
    func time() throws {
        let document = try SharedAnalyzer.analyze("They met on Thursday, last year and on March 23.", published: Self.published)
        let dates = TimeExpressions(published: Self.published.instant).find(in: document, 0..<document.tokens.count)
        #expect(dates.map(\.value) == ["2023-10-26", "2022", "2023-03-23"])
        #expect(dates.map(\.precision) == [.day, .year, .day])
    }
    @Test("a subject that says no one did it negates the event")
    func negativeSubject() throws {
        let (document, events) = try events("""
            No faction has claimed responsibility for the sabotage of the pipeline. None of the ministers condemned the raid.
            """)
        #expect(!events.contains { ["claimed", "condemned"].contains(document.text(of: $0.trigger)) })
    }

    @Test("a decision to act codes the act, not an extra agreement")
    func decidedAct() throws {
        let (document, events) = try events("The European Union agreed on Monday to impose fresh sanctions on Belarus.")
        let sanctions = try #require(events.first { $0.code.hasPrefix("163") })
        #expect(words(document, sanctions.target) == "Belarus")
        #expect(!events.contains { ["03", "05"].contains(String($0.code.prefix(2))) })
    }

    @Test("a promise of cooperation codes an intent (03x), never a threat")
    func promisedCooperation() throws {
        let (_, events) = try events("The two ministers pledged to strengthen cooperation with Jordan on border security.")
        #expect(!events.contains { $0.modality == .threatened || $0.code.hasPrefix("13") })
        #expect(events.allSatisfy { $0.code.hasPrefix("03") })
    }

    @Test("a verb the dictionary also lists in a longer inflected form still codes with its lemma's patterns")
    func inflectedEntryFallsBackToLemma() throws {
        let (document, events) = try events("Russia attacked Ukraine on Monday.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attacked" })
        #expect(attack.code.hasPrefix("19"))
        #expect(words(document, attack.source) == "Russia")
        #expect(words(document, attack.target) == "Ukraine")
    }

    @Test("disputing an account is rejecting it (111), not consulting (040): a frame that only says its subject is the source does not outrank sitrep's own pattern")
    func disputeIsRejection() throws {
        let (document, events) = try events("Iran's foreign ministry disputed the American account of the talks.")
        let dispute = try #require(events.first { document.text(of: $0.trigger) == "disputed" })
        #expect(dispute.code == "111")
        #expect(words(document, dispute.source) == "Iran's foreign ministry")
    }

    @Test("a clause with an object followed by its attribution keeps its subject as the doer")
    func attributedClauseKeepsDoer() throws {
        let (document, events) = try events("Suspected jihadists killed at least 14 soldiers in an attack on an army post in central Mali on Monday, the army said.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(words(document, killing.source).contains("jihadists"))
        #expect(words(document, killing.target).contains("soldiers"))
    }

    @Test("a threat is coded by what it threatens: sanctions 1312, force 138")
    func threatKinds() throws {
        let (_, sanctions) = try events("The president threatened to impose sanctions on Mexico.")
        #expect(sanctions.contains { $0.code == "1312" })
        #expect(!sanctions.contains { $0.code == "138" })
        let (_, force) = try events("The militia threatened to attack the airport.")
        #expect(force.contains { $0.code == "138" })
    }

    @Test("what an accusation charges someone with is its content, not an event")
    func allegationIsNoEvent() throws {
        let (document, events) = try events("Russia accused Ukraine of shelling the power plant. Israel blamed Hamas for attacking the convoy.")
        #expect(events.filter { $0.code.hasPrefix("112") }.count == 2)
        #expect(!events.contains { ["shelling", "attacking"].contains(document.text(of: $0.trigger)) })
    }

    @Test("a reported attack is the attack, reported; not the speaker criticising the attacker")
    func reportedAttack() throws {
        let (document, events) = try events("The Houthis said they had attacked a cargo ship in the Red Sea.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attacked" })
        #expect(attack.code.hasPrefix("19"))
        #expect(attack.modality == .reported)
    }

    @Test("a nationality names the doer of weapons, and the weapon noun is not coded again beside its verb")
    func nationalityAndSubsumedNoun() throws {
        let (document, events) = try events("Russian missiles hit a shopping centre in Kharkiv on Saturday.")
        #expect(events.count == 1)
        let strike = try #require(events.first)
        #expect(strike.source?.referent.flatMap { document.referents[$0].code } == "RUS")
    }

    @Test("suspending a member, aid or talks are three kinds of cutting relations")
    func suspensions() throws {
        let (document, events) = try events("The African Union suspended Niger. The United States suspended aid to Niger. Niger suspended talks with France.")
        #expect(events.map(\.code) == ["161", "162", "164"])
        #expect(events.allSatisfy { words(document, $0.target) == "Niger" || words(document, $0.target) == "France" })
    }

    @Test("a frame whose doer names no actor gives way to the clause's own subject")
    func frameWithoutActorDoer() throws {
        let (document, events) = try events("The Pentagon said U.S. forces shot down three drones over the Red Sea.")
        let shot = try #require(events.first { document.text(of: $0.trigger) == "shot" })
        #expect(shot.source?.referent.flatMap { document.referents[$0].code } == "USAMIL")
    }

    @Test("a counted crowd acts as the people counted; a strike that was the means of a killing is not a second event")
    func countedCrowdAndMeans() throws {
        let (document, crowd) = try events("Hundreds of people demonstrated against the government in Belgrade.")
        let protest = try #require(crowd.first { document.text(of: $0.trigger) == "demonstrated" })
        #expect(protest.source.map { document.text(of: $0.tokens) } == "people")
        let (_, killing) = try events("The army said it had killed a senior rebel commander in a strike on the town.")
        #expect(killing.count == 1)
    }

    @Test("a frame's target that names no actor gives way to the object")
    func frameTargetWithoutActor() throws {
        let (document, events) = try events("Sudan's army accused the Rapid Support Forces of killing civilians in El Fasher.")
        let accusation = try #require(events.first { document.text(of: $0.trigger) == "accused" })
        #expect(words(document, accusation.target).contains("Rapid Support Forces"))
    }

    @Test("struck targets an owner names are that owner's, not the place they are in")
    func ownedTargetsOverPlace() throws {
        let (document, owned) = try events("Israeli warplanes struck Hezbollah targets in southern Lebanon on Tuesday.")
        let strike = try #require(owned.first { document.text(of: $0.trigger) == "struck" })
        #expect(words(document, strike.target) == "Hezbollah")
        let (belongingDocument, belonging) = try events("Turkish warplanes struck dozens of targets belonging to Kurdish militants in northern Iraq and Syria on Wednesday, hours after an attack on a state-run aerospace company near Ankara killed five people, the Defense Ministry said.")
        let belongingStrike = try #require(belonging.first { belongingDocument.text(of: $0.trigger) == "struck" })
        #expect(words(belongingDocument, belongingStrike.target).hasPrefix("Kurdish militants"))
        let (placeDocument, placeEvents) = try events("Israeli warplanes struck targets in southern Lebanon on Tuesday.")
        let placeStrike = try #require(placeEvents.first { placeDocument.text(of: $0.trigger) == "struck" })
        #expect(words(placeDocument, placeStrike.target).contains("Lebanon"))
    }

    @Test("the subject of an active killing is its doer, even when the object could name an aircraft")
    func killingObjectIsTheVictim() throws {
        let (document, events) = try events("Israeli forces killed three Hamas fighters in Gaza.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(killing.source?.referent.flatMap { document.referents[$0].code } == "ISRMIL")
        #expect(words(document, killing.target).contains("Hamas"))
    }

    @Test("weapons launched together are one attack on the target named after them, reported by the attribution appended to it")
    func conjoinedWeaponsWithTrailingAttribution() throws {
        let (document, launched) = try events("Russia launched 120 drones and 10 missiles at Ukraine overnight, Ukraine's air force said Tuesday.")
        let attack = try #require(launched.first)
        #expect(launched.count == 1)
        #expect(attack.source?.referent.flatMap { document.referents[$0].code } == "RUS")
        #expect(attack.target?.referent.flatMap { document.referents[$0].code } == "UKR")
        #expect(attack.quantities.count == 2)
        let (reportedDocument, reported) = try events("Russian forces attacked Ukraine overnight, Ukraine's air force said Tuesday.")
        let attacked = try #require(reported.first)
        #expect(attacked.modality == .reported)
        #expect(attacked.reportedBy.map { reportedDocument.referents[$0].name } == "Ukraine's air force")
    }

    @Test("a relative clause the parser hung on the place of an attack says what the attack did")
    func relativeClauseOnAttackPlace() throws {
        let (document, events) = try events("The White House condemned an attack by Iran-backed militants on U.S. troops in Jordan that killed three American soldiers on Sunday.")
        #expect(!events.contains { $0.source?.referent.flatMap { document.referents[$0].code } == "JOR" })
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attack" })
        #expect(attack.target?.referent.flatMap { document.referents[$0].code } == "USAMIL")
        #expect(attack.quantities.count == 1)
    }

    @Test("what someone is expected to do is the event, planned; the expectation is no second one")
    func expectationYieldsToComplement() throws {
        let (document, events) = try events("Blinken is expected to meet Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.")
        #expect(!events.contains { document.text(of: $0.trigger) == "expected" })
        let meeting = try #require(events.first { document.text(of: $0.trigger) == "meet" })
        #expect(meeting.modality == .planned)
    }

    @Test("a second act someone is urged to do has not happened either")
    func urgedConjunctIsNoEvent() throws {
        let (document, events) = try events("The United Nations urged Pakistani authorities to exercise restraint and release those detained.")
        #expect(!events.contains { document.text(of: $0.trigger) == "release" })
        #expect(events.contains { document.text(of: $0.trigger) == "urged" })
    }

    @Test("people killed in someone's strikes were killed by them, not by the doer of the sentence before")
    func meansNamesTheDoer() throws {
        let (document, struck) = try events("Hezbollah said it had fired dozens of rockets at an Israeli army base. Lebanon's health ministry said 12 people were killed in Israeli strikes across the south.")
        let killing = try #require(struck.first { document.text(of: $0.trigger) == "killed" })
        #expect(killing.source?.referent.flatMap { document.referents[$0].code } == "ISR")
        let (woundedDocument, wounded) = try events("Hezbollah said it had fired dozens of rockets at an Israeli army base. Lebanon's health ministry said 12 people were killed and 40 wounded in Israeli strikes across the south.")
        let killed = try #require(wounded.first { woundedDocument.text(of: $0.trigger) == "killed" })
        #expect(killed.source?.referent.flatMap { woundedDocument.referents[$0].code } == "ISR")
        let (ambushDocument, ambush) = try events("Five Colombian soldiers were killed and three others wounded in an ambush by dissidents of the former FARC rebel group in Cauca, the army said Monday.")
        let ambushed = try #require(ambush.first { ambushDocument.text(of: $0.trigger) == "killed" })
        #expect(words(ambushDocument, ambushed.source).hasPrefix("dissidents"))
    }

    @Test("a weapon is an attack only when used: supplied drones are not, launched ones are")
    func weaponsOnlyWhenUsed() throws {
        let (_, supplied) = try events("The European Union criticized Iran over its supply of drones to Russia.")
        #expect(!supplied.contains { $0.code == "195" })
        let (document, launched) = try events("Russia launched 120 drones at Ukraine overnight.")
        #expect(launched.contains { $0.code == "195" && $0.source?.referent.flatMap { document.referents[$0].code } == "RUS" })
    }

    @Test("a leader's vow about his own country threatens no one in it")
    func vowAboutOwnCountry() throws {
        let (document, events) = try events("President Recep Tayyip Erdogan called the attack heinous and vowed that Turkey would not bow to terrorism.")
        let vow = try #require(events.first { document.text(of: $0.trigger) == "vowed" })
        #expect(vow.target == nil)
    }

    @Test("an event names at least one actor the dictionaries code, or a group of them")
    func uncodedActorsMakeNoEvent() throws {
        let (_, dam) = try events("The Alau dam near the city of Maiduguri gave way on Tuesday after days of heavy rain.")
        #expect(dam.isEmpty)
        let (_, ants) = try events("We had the ants in an observation nest, and I could just look at them for hours.")
        #expect(ants.isEmpty)
        let (_, appeal) = try events("The Ombudsman's Office called on all armed groups to respect international humanitarian law.")
        #expect(appeal.map(\.code) == ["020"])
        // A coded place in an uncoded organisation's name codes nothing.
        let (societyDocument, society) = try events(
            "At least 200 people were arrested across the country, according to the Law Society of Kenya, which accused police of using excessive force.")
        #expect(!society.contains { societyDocument.text(of: $0.trigger) == "accused" && $0.target == nil })
    }

    @Test("released money is aid, released hostages are freed")
    func releasedFundsAreAid() throws {
        let (document, funds) = try events("The European Union released 50 million euros in aid to Sudan on Monday.")
        let aid = try #require(funds.first { document.text(of: $0.trigger) == "released" })
        #expect(aid.code == "071")
        let (_, hostages) = try events("Hamas released two Israeli hostages on Friday.")
        #expect(hostages.first?.code.hasPrefix("084") == true)
    }

    @Test("actors who demand something together make no demand of each other; actors who sign together sign with each other")
    func coordinatedDemandIsNotMutual() throws {
        let (_, demands) = try events("The United States and the European Union called for an investigation into the reported violations.")
        #expect(!demands.isEmpty)
        #expect(demands.allSatisfy { $0.target == nil })
        let (document, signed) = try events("Armenia and Azerbaijan signed a peace agreement on Thursday.")
        #expect(signed.contains { words(document, $0.source) == "Armenia" && words(document, $0.target) == "Azerbaijan" })
    }

    @Test("warplanes deployed are a show of force; tanks sent to a country are arms given")
    func deployedEquipmentIsForce() throws {
        let (document, deployed) = try events("China deployed dozens of warplanes and warships around Taiwan on Sunday.")
        let deployment = try #require(deployed.first { document.text(of: $0.trigger) == "deployed" })
        #expect(deployment.code == "154")
        #expect(!words(document, deployment.target).contains("warplanes"))
        let (_, sent) = try events("Germany will send 14 Leopard tanks to Ukraine.")
        #expect(sent.contains { $0.code == "0332" })
    }

    @Test("people arrested are arrested (173), not abducted (181)")
    func arrestIsNotAbduction() throws {
        let (_, events) = try events("Kenyan police fired tear gas at protesters. At least 200 people were arrested across the country.")
        #expect(events.contains { $0.code == "173" })
        #expect(!events.contains { $0.code == "181" })
    }

    @Test("how sources are handled is no event: declining to comment, asking not to be named")
    func sourcingFormulas() throws {
        let (_, events) = try events("The spokesman declined to comment. A diplomat, who asked not to be named, said the talks had failed.")
        #expect(events.isEmpty)
    }

    @Test("praise is praise (051), not diplomatic recognition (054); recognising a state still is")
    func praiseIsNotRecognition() throws {
        let (_, praised) = try events("Human rights groups praised the International Criminal Court.")
        #expect(praised.map(\.code) == ["051"])
        let (_, welcomed) = try events("Britain welcomed the decision.")
        #expect(welcomed.map(\.code) == ["051"])
        let (_, recognised) = try events("Kenya recognized Kosovo.")
        #expect(recognised.map(\.code) == ["054"])
        let (_, hosted) = try events("China welcomed Putin to Beijing.")
        #expect(Set(hosted.map(\.code)) == ["042", "043"])
    }

    @Test("defending someone is a verbal defence (052), not asylum (075)")
    func defendIsVerbal() throws {
        let (_, events) = try events("Prime Minister Irakli Kobakhidze defended the police.")
        #expect(events.map(\.code) == ["052"])
    }

    @Test("issuing a warrant for someone is legal action (173), whatever the warrant names")
    func warrantIsLegalAction() throws {
        let (document, events) = try events("The court also issued a warrant for Hamas military chief Mohammed Deif.")
        let warrant = try #require(events.first)
        #expect(events.count == 1)
        #expect(warrant.code == "173")
        #expect(words(document, warrant.target).hasPrefix("Hamas military chief"))
    }

    @Test("firing water cannon and tear gas at protesters is repression (175), not artillery")
    func riotControlIsRepression() throws {
        let (_, events) = try events("Georgian police fired water cannon and tear gas at thousands of protesters in Tbilisi.")
        #expect(events.map(\.code) == ["175"])
    }

    @Test("a verb carries the event nouns a bundle holds: 'approved a package of sanctions against Russia'")
    func bundleOfEventNouns() throws {
        let (document, events) = try events("The European Union approved a new package of sanctions against Russia.")
        let sanctions = try #require(events.first)
        #expect(events.count == 1)
        #expect(sanctions.code == "163")
        #expect(words(document, sanctions.source) == "The European Union")
        #expect(words(document, sanctions.target) == "Russia")
    }

    @Test("measures targeting an economy are no attack")
    func targetingExportsIsNoAttack() throws {
        let (_, events) = try events("The European Union imposed sanctions on Russia, targeting its liquefied natural gas exports.")
        #expect(events.map(\.code) == ["163"])
    }

    @Test("what someone refused or failed to do did not happen: 'refused to recognize the junta' is no recognition")
    func refusalNegatesComplement() throws {
        let (_, refused) = try events("French President Emmanuel Macron refused to recognize the junta.")
        #expect(!refused.contains { $0.code == "054" })
        let (_, failed) = try events("The army failed to stop the attack on the convoy.")
        #expect(failed.allSatisfy { $0.modality != .asserted || $0.code.hasPrefix("19") })
    }

    @Test("a denial is the modality of what it denies, not a rejection of its own")
    func denialIsModality() throws {
        let (document, events) = try events("Israel has denied committing war crimes in Gaza.")
        let crimes = try #require(events.first)
        #expect(events.count == 1)
        #expect(document.text(of: crimes.trigger) == "committing")
        #expect(crimes.modality == .denied)
    }

    @Test("'according to' after a relative word sources that clause's events alone")
    func accordingToInRelativeClause() throws {
        let (document, events) = try events(
            "Israel has denied committing war crimes in Gaza, where more than 44,000 Palestinians have been killed, according to the Gaza Health Ministry.")
        let crimes = try #require(events.first { document.text(of: $0.trigger) == "committing" })
        let killed = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(crimes.reportedBy == nil)
        #expect(killed.reportedBy.map { document.referents[$0].name } == "Gaza Health Ministry")
    }

    @Test("a verb the governing verb's pattern names after it is no event of its own: 'ordered French troops to leave'")
    func wordOfGoverningPatternIsNoEvent() throws {
        let (_, events) = try events("Niger's junta ordered French troops to leave the country within a month.")
        #expect(events.map(\.code) == ["174"])
    }

    @Test("a form the base lists on its own ('THREW [---]') does not hide sitrep's frames for the lemma")
    func formDoesNotHideLemmaFrames() throws {
        let (document, events) = try events("Protesters blocked the avenue outside parliament and threw fireworks at riot police.")
        let thrown = try #require(events.first { document.text(of: $0.trigger) == "threw" })
        #expect(thrown.code == "182")
        #expect(words(document, thrown.target) == "riot police")
    }

    @Test("suspending a partnership reduces relations (161)")
    func suspendedPartnership() throws {
        let (document, events) = try events("The United States suspended its strategic partnership with Georgia.")
        let suspension = try #require(events.first)
        #expect(suspension.code == "161")
        #expect(words(document, suspension.target) == "Georgia")
    }

    @Test("a frame's governing word must govern the trigger, not stand beside its clause: 'blocked … before agreeing' is no refusal")
    func governingWordGovernsTrigger() throws {
        let (document, events) = try events("Hungary had blocked the package for weeks before agreeing to it on Monday.")
        let agreeing = try #require(events.first { document.text(of: $0.trigger) == "agreeing" })
        #expect(!agreeing.code.hasPrefix("12"))
    }

    @Test("breaking with a party reduces relations (161), it threatens no one")
    func breakingWith() throws {
        let (_, events) = try events("President Salome Zourabichvili, who has broken with the ruling Georgian Dream party, accused the government of declaring war on its own people.")
        #expect(events.contains { $0.code == "161" })
        #expect(!events.contains { $0.code == "130" })
    }

    @Test("beside the object a pattern names, the object before it receives it: 'granted him asylum'")
    func recipientBeforeNamedObject() throws {
        let (document, events) = try events("Edmundo Gonzalez fled to Spain. Spain granted him asylum.")
        let asylum = try #require(events.first { $0.code == "075" })
        #expect(words(document, asylum.source) == "Spain")
        #expect(words(document, asylum.target) == "him")
        #expect(asylum.target?.referent.map { document.referents[$0].name } == "Edmundo Gonzalez Urrutia")
    }

    @Test("the possessor of an act done to someone is whom it was done to: 'Imran Khan's arrest'")
    func possessorOfPatientNoun() throws {
        let (document, protested) = try events("Supporters protested against Imran Khan's arrest.")
        let arrest = try #require(protested.first { document.text(of: $0.trigger) == "arrest" })
        #expect(arrest.source == nil)
        #expect(words(document, arrest.target) == "Imran Khan")
        let (named, condemned) = try events("Iran condemned Israel's killing of Ismail Haniyeh.")
        let killed = try #require(condemned.first { named.text(of: $0.trigger) == "killing" })
        #expect(words(named, killed.source) == "Israel")
    }

    @Test("what an offer offers has not happened: 'offered to mediate' is an offer (039), no mediation")
    func offerIsNoMediation() throws {
        let (_, events) = try events("Brazil and Mexico offered to mediate between Venezuela's government and the opposition.")
        #expect(events.contains { $0.code == "039" })
        #expect(!events.contains { $0.code == "045" })
    }

    @Test("a base-form conjunct of a requested act is requested too: 'called on both sides to exercise restraint and resolve …'")
    func requestedConjunct() throws {
        let (_, events) = try events("China called on both sides to exercise restraint and resolve their differences through dialogue.")
        #expect(events.map(\.code) == ["020"])
    }

    @Test("sanctioning someone imposes sanctions (163)")
    func sanctionVerb() throws {
        let (document, events) = try events("Britain accused Russia of carrying out a cyberattack and sanctioned two Russian officers.")
        let sanction = try #require(events.first { $0.code == "163" })
        #expect(words(document, sanction.source) == "Britain")
        #expect(words(document, sanction.target) == "two Russian officers")
    }

    @Test("coordinated parties that agree somewhere agree with each other, not with the place")
    func coordinatedPartiesInAPlace() throws {
        let (document, events) = try events("Armenia and Azerbaijan signed a peace agreement in Washington on Thursday.")
        #expect(events.count == 2)
        #expect(Set(events.map { words(document, $0.target) }) == ["Armenia", "Azerbaijan"])
        #expect(events.allSatisfy { $0.place.map { document.places[$0].name } == "Washington" })
    }

    @Test("the end of a hyphenated word in an object is no word of a frame: 'a broad-based government' is no base")
    func hyphenatedWordIsNoFrameWord() throws {
        let (_, events) = try events("Kenyan President William Ruto said he would form a broad-based government.")
        #expect(events.isEmpty)
    }

    @Test("what must be done has not been: 'the police must arrest the officers' is no arrest")
    func mustIsNoEvent() throws {
        let (_, events) = try events("Raila Odinga said the police must arrest the officers responsible for the killings.")
        #expect(!events.contains { $0.code == "173" })
    }

    @Test("leaving people without power is no consultation, and what someone tries to do is attempted, not done")
    func leavingAndTrying() throws {
        let (_, left) = try events("Russian missiles struck energy facilities across Ukraine overnight, leaving more than a million people without power.")
        #expect(!left.contains { $0.code.hasPrefix("04") })
        let (_, tried) = try events("\"Russia is once again trying to break our energy system,\" President Volodymyr Zelenskyy wrote on Telegram.")
        #expect(tried.allSatisfy { $0.modality == .planned })
    }

    @Test("territory recaptured is taken from whoever held it")
    func recapturedFrom() throws {
        let (document, events) = try events("Sudan's army recaptured the presidential palace in Khartoum from the paramilitary Rapid Support Forces.")
        let capture = try #require(events.first { $0.code == "192" })
        #expect(words(document, capture.target).hasSuffix("Rapid Support Forces"))
    }

    @Test("a suicide bombing is a suicide attack (1831), not an air strike")
    func suicideBombing() throws {
        let (document, events) = try events("The Islamic State group claimed responsibility for a suicide bombing at a mosque in Pakistan that killed 12 worshippers.")
        let bombing = try #require(events.first { document.text(of: $0.trigger) == "bombing" })
        #expect(bombing.code == "1831")
    }

    @Test("a participle adjunct of a reported act is reported too: '…, wounding a shepherd'")
    func participleAdjunctIsReported() throws {
        let (document, events) = try events(
            "Lebanon's state news agency reported that Israeli artillery shelled the outskirts of two border villages, wounding a shepherd.")
        let wounding = try #require(events.first { document.text(of: $0.trigger) == "wounding" })
        #expect(wounding.modality == .reported)
    }
    @Test("a participle after an attribution belongs to the clause reported, not to the speaker; more speaking stays the speaker's")
    func participleAfterAttribution() throws {
        let (document, captured) = try events("M23 rebels captured the town on Tuesday, a local official said, tightening their grip on the area.")
        let tightening = try #require(captured.first { document.text(of: $0.trigger) == "tightening" })
        #expect(words(document, tightening.source) == "M23 rebels")
        #expect(tightening.modality == .reported)
        let (cited, citing) = try events("Israeli troops raided the camp near Jenin, the ministry said, citing witnesses.")
        #expect(!citing.contains { cited.text(of: $0.trigger) == "citing" && words(cited, $0.source) == "Israeli troops" })
    }

    @Test("a bomber who blew himself up is a suicide bombing, and the killing after it is his, however the attribution was parsed")
    func blewHimselfUp() throws {
        let (document, events) = try events(
            "A suicide bomber blew himself up at an election rally in northwest Pakistan on Sunday, killing at least 54 people and wounding nearly 200, officials said.")
        #expect(events.contains { $0.code == "1831" && words(document, $0.source) == "A suicide bomber" })
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killing" })
        #expect(words(document, killing.source) == "A suicide bomber")
        #expect(killing.modality == .reported)
    }

    @Test("an attribution the parser took for a second clause still reports the first")
    func attributionReadAsConjunct() throws {
        let (document, events) = try events(
            "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, setting a processing unit on fire, regional authorities said on Saturday.")
        let strike = try #require(events.first { document.text(of: $0.trigger) == "struck" })
        #expect(strike.modality == .reported)
    }

    @Test("a warning of how things are is a pessimistic comment (012); a warning of what will happen, or may on a condition, threatens")
    func warningOfAStateIsNoThreat() throws {
        let (_, costing) = try events("Egypt warned that the attacks were costing the Suez Canal about $300 million a month in lost revenue.")
        #expect(costing.map(\.code) == ["012"])
        let (_, spared) = try events("Iran warned that the United States will not be spared if the bombing of Gaza continues.")
        #expect(spared.contains { $0.code.hasPrefix("13") })
        let (_, reserved) = try events("Netanyahu warned that Israel reserved the right to resume the war if negotiations on a second phase failed.")
        #expect(reserved.contains { $0.code.hasPrefix("13") })
    }

    @Test("those who died are no one who used force: a death names no doer")
    func deathIsNoForce() throws {
        let (_, natural) = try events("Former U.S. President Jimmy Carter died on Sunday.")
        #expect(natural.isEmpty)
        let (document, struck) = try events("Three Ukrainian soldiers died in Russian strikes on Monday.")
        #expect(struck.allSatisfy { words(document, $0.source) != "Three Ukrainian soldiers" })
    }

    @Test("a crowd that gathers outside a building demonstrates; it does not visit")
    func crowdGatheringDemonstrates() throws {
        let (_, events) = try events("Hundreds of protesters gathered outside the government building in Yerevan, demanding the prime minister's resignation.")
        #expect(events.contains { $0.code == "141" })
        #expect(!events.contains { $0.code.hasPrefix("04") })
    }

    @Test("a crowd that rallies demonstrates (141); it shows no military force")
    func crowdRallyDemonstrates() throws {
        let (_, events) = try events("Thousands of protesters rallied outside the French military base in Niamey on Saturday.")
        #expect(events.contains { $0.code == "141" })
        #expect(!events.contains { $0.code.hasPrefix("15") })
    }

    @Test("escalating, controlling, intruding, naming oneself, taking power, driving people from their homes and not saying act on no one", arguments: [
        ("The junta suspended uranium exports to France, escalating a standoff with Paris.", "060"),
        ("The electoral council, which is controlled by Maduro loyalists, has not published detailed results.", "060"),
        ("China's coast guard said the Philippine ship had illegally intruded into Chinese waters.", "013"),
        ("The junta, which calls itself the National Council for the Safeguard of the Homeland, said the ambassador had ignored an invitation.", "100"),
        ("Opposition groups want to take power by force, the minister said.", "173"),
        ("Aid groups say more than 360,000 Haitians have been forced from their homes.", "100"),
        ("The fighting has forced more than 7 million people from their homes.", "170"),
        ("Russia's Defence Ministry said air defence systems destroyed the drones. It did not mention any damage.", "128"),
    ])
    func notActsOnAnyone(text: String, code: String) throws {
        let (_, events) = try events(text)
        #expect(!events.contains { $0.code == code })
    }

    @Test("a pattern word matches the words it starts but not the one who does it: holding protesters is no protest held")
    func patternWordIsNotItsDoer() throws {
        let (_, events) = try events("Maduro ordered the construction of two new prisons to hold detained protesters.")
        #expect(!events.contains { $0.code == "141" })
    }

    @Test("a verb before a relative clause is the sentence's own: 'Police detained 20 people who gathered …'")
    func detainedBeforeRelativeClause() throws {
        let (document, events) = try events(
            "Police detained at least 20 people who gathered outside the court to support him, according to the rights group OVD-Info.")
        let arrest = try #require(events.first { $0.code == "173" })
        #expect(words(document, arrest.target).hasSuffix("people"))
    }
    @Test("an opposition politician sentenced by a Moscow court is Russia's opposition and the one sentenced")
    func oppositionPoliticianSentenced() throws {
        let (document, events) = try events("A Moscow court on Monday sentenced opposition politician Vladimir Kara-Murza to 25 years in prison.")
        let sentence = try #require(events.first { $0.code.hasPrefix("17") })
        #expect(words(document, sentence.target).hasSuffix("Vladimir Kara-Murza"))
        #expect(sentence.target?.referent.flatMap { document.referents[$0].code } == "RUSOPP")
    }

    @Test("who is given in exchange is no target: 'released 12 hostages in exchange for 30 Palestinian prisoners'")
    func exchangeIsNoTarget() throws {
        let (document, events) = try events("Hamas released 12 hostages in exchange for 30 Palestinian prisoners.")
        let release = try #require(events.first { $0.code.hasPrefix("084") })
        #expect(words(document, release.target) == "")
    }

    @Test("a participle with its doer codes force done to its noun ('civilians killed by Russian troops'), not a description ('territory controlled by the Taliban')")
    func participleWithDoer() throws {
        let (document, killed) = try events("Civilians killed by Russian troops were buried in Bucha on Monday.")
        let killing = try #require(killed.first)
        #expect(words(document, killing.source) == "Russian troops")
        #expect(words(document, killing.target) == "Civilians")
        let (_, controlled) = try events("The team travelled through territory controlled by the Taliban.")
        #expect(controlled.isEmpty)
    }
    @Test("the doer's own state owning what a phrase names is no target: '… as interference in Russia's internal affairs'")
    func ownStateIsNoTarget() throws {
        let (document, events) = try events("The Kremlin rejected the criticism as interference in Russia's internal affairs.")
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { words(document, $0.target) != "Russia" })
    }
    @Test("seizing a ship is seizing property (171) of whoever owns it, seizing a city occupies territory (192), capturing a suspect arrests (173)")
    func seizuresByWhatIsSeized() throws {
        let (document, cargo) = try events("U.S. authorities seized an Iranian oil cargo.")
        let seizure = try #require(cargo.first)
        #expect(seizure.code == "171")
        #expect(words(document, seizure.target) == "Iranian")
        let (_, city) = try events("Russian forces captured the city of Avdiivka.")
        #expect(city.map(\.code) == ["192"])
        let (_, suspect) = try events("Police captured the suspect in Nairobi.")
        #expect(suspect.map(\.code) == ["173"])
        let (expulsion, diplomats) = try events("The Czech Republic has also expelled Russian diplomats in recent months over similar accusations.")
        #expect(diplomats.map { words(expulsion, $0.target) } == ["Russian diplomats"])
    }
    @Test("an act taken up again is a new act even when named as one already told: 'vowed to resume the offensive' threatens force")
    func resumedOffensive() throws {
        let (_, vowed) = try events("Israeli Prime Minister Benjamin Netanyahu vowed to resume the offensive once the truce ends.")
        #expect(vowed.map(\.code) == ["138"])
        let (_, resumed) = try events("Israel resumed the offensive on Friday.")
        #expect(resumed.map(\.code) == ["190"])
    }

    @Test("helping someone is material cooperation (060), not sharing intelligence")
    func helpingCooperates() throws {
        let (_, events) = try events("Washington and London will help Canberra build nuclear-powered submarines.")
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.code == "060" })
    }
    @Test("holding a vote and being elected are no events, nor is what is expected")
    func votesAndElectionsAreNoEvents() throws {
        let (_, vote) = try events("The Supreme Court ordered lawmakers to hold the vote.")
        #expect(vote.isEmpty)
        let (_, elected) = try events("Opposition leader Shehbaz Sharif is expected to be elected prime minister on Monday.")
        #expect(elected.isEmpty)
    }

    @Test("supporters who protest in the streets demonstrate (141); a state that protests a decision disapproves")
    func crowdsProtestStatesDisapprove() throws {
        let (_, crowd) = try events("Thousands of Khan's supporters protested in several cities overnight.")
        #expect(crowd.map(\.code) == ["141"])
        let (_, state) = try events("Germany protested the decision.")
        #expect(!state.contains { $0.code == "141" })
    }
    @Test("an infinitive's 'to' is no 'to' phrase: 'ordered lawmakers to hold the vote' is no visit to the lawmakers")
    func infinitiveIsNoToPhrase() throws {
        let (_, events) = try events("The Supreme Court ordered lawmakers to hold the vote.")
        #expect(!events.contains { $0.code.hasPrefix("04") })
    }
    @Test("who invites is the doer, and the visit invited to has not happened")
    func invitations() throws {
        let (document, invited) = try events("Ukrainian President Volodymyr Zelenskyy said he had invited Xi to hold talks.")
        let invitation = try #require(invited.first { $0.code == "036" })
        #expect(invitation.source?.referent.map { document.referents[$0].name } == "Volodymyr Zelensky")
        #expect(invitation.reportedBy.map { document.referents[$0].name } == "Volodymyr Zelensky")
        let (_, visit) = try events("Xi invited Putin to visit China later this year.")
        #expect(!visit.contains { $0.code == "042" })
    }

    @Test("a visit made or paid is a visit to the place; one that will be paid is an intent to meet")
    func visitsMadeAndPaid() throws {
        let (document, made) = try events("Japanese Prime Minister Fumio Kishida made a surprise visit to Kyiv.")
        let visit = try #require(made.first { $0.code == "042" })
        #expect(words(document, visit.target) == "Kyiv")
        let (_, future) = try events("Putin will pay a state visit to China next month.")
        #expect(future.map(\.code) == ["036"])
    }

    @Test("charges brought by prosecutors are legal action (173); a state that charges another accuses it")
    func chargesByProsecutors() throws {
        let (_, legal) = try events("Polish prosecutors have charged 12 people in connection with the attacks.")
        #expect(legal.map(\.code) == ["173"])
        let (_, accusation) = try events("Iran charged that the United States was behind the attack.")
        #expect(accusation.map(\.code) == ["112"])
    }
    @Test("placing someone under house arrest arrests them; being declared the winner is no event")
    func houseArrest() throws {
        let (document, events) = try events(
            "Mutinous soldiers in Gabon said they had placed President Ali Bongo Ondimba under house arrest, hours after he was declared the winner of a disputed election.")
        let arrest = try #require(events.first { $0.code == "173" })
        #expect(words(document, arrest.target).hasSuffix("Ali Bongo Ondimba"))
        #expect(events.count == 1)
    }

    @Test("fighting alongside someone is military cooperation (062); dismissing officers is no criticism")
    func alongsideAndDismissed() throws {
        let (_, alongside) = try events("Eritrean troops, who fought alongside Ethiopian forces, were not part of the talks.")
        #expect(alongside.map(\.code) == ["062"])
        let (_, dismissed) = try events("Israel's military said the strike was a mistake and dismissed two officers.")
        #expect(dismissed.isEmpty)
    }

    @Test("a participle joined to a passive is passive: trucks 'looted by crowds and shot at' are shot, not shooting")
    func passiveConjunct() throws {
        let (document, events) = try events(
            "The World Food Programme suspended deliveries to the north after its trucks were looted by hungry crowds and shot at, the agency said.")
        let shooting = try #require(events.first { document.text(of: $0.trigger) == "shot" })
        #expect(shooting.source == nil)
        #expect(shooting.target?.referent.map { document.referents[$0].name } == "World Food Programme")
    }

    @Test("what a relative clause inside a phrase acts on is not the target of the verb outside it")
    func relativeClauseKeepsItsTarget() throws {
        let (document, events) = try events(
            "Ethiopia's government and Tigray rebels agreed on Wednesday to a permanent cessation of hostilities, two years after a conflict that has killed hundreds of thousands of people.")
        #expect(events.allSatisfy { !words(document, $0.target).hasSuffix("people") })
    }
    @Test("parties who welcome an agreement praise it, not each other")
    func welcomingAnAgreementIsNotMutual() throws {
        let (document, events) = try events("Norway and Cuba welcomed the agreement.")
        #expect(events.count == 2)
        #expect(events.allSatisfy { words(document, $0.target) == "" })
    }

    @Test("an act named with 'any' or 'no' is no act: 'opposed any unilateral sanctions against North Korea'")
    func anySanctionsAreNone() throws {
        let (_, events) = try events("China said it opposed any unilateral sanctions against North Korea.")
        #expect(!events.contains { $0.code.hasPrefix("16") })
    }

    @Test("the speakers of a closing attribution are no target of the act they report")
    func attributionSpeakersAreNoTarget() throws {
        let (document, events) = try events(
            "Militants attacked a military base early Tuesday, detonating a car bomb at its gate before gunmen stormed the compound, officials and residents said.")
        let storming = try #require(events.first { document.text(of: $0.trigger) == "stormed" })
        #expect(words(document, storming.target) == "")
    }

    @Test("a source not authorized to talk to reporters is no event")
    func permissionToSpeakIsNoEvent() throws {
        let (document, events) = try events(
            "At least 17 soldiers were killed, a Somali army officer said, speaking on condition of anonymity because he was not authorized to talk to reporters.")
        #expect(!events.contains { document.text(of: $0.trigger) == "authorized" })
    }

    @Test("those who suffer losses are no doers of violence")
    func sufferingIsNoAct() throws {
        let (document, events) = try events("The rebels fled after suffering heavy losses, the ministry said.")
        #expect(!events.contains { document.text(of: $0.trigger) == "suffering" })
    }

    @Test("insurgents fighting a government use force against it, not the government criticism against them")
    func fightingTheGovernment() throws {
        let (document, events) = try events("Al-Shabaab has been fighting Somalia's federal government for more than 15 years.")
        let fighting = try #require(events.first { document.text(of: $0.trigger) == "fighting" })
        #expect(fighting.code == "190")
        #expect(words(document, fighting.source) == "Al-Shabaab")
        #expect(words(document, fighting.target) == "Somalia's federal government")
    }

    @Test("a joint drill is military cooperation among those who hold it, not with what it involves; a drill of one's own shows force")
    func jointDrill() throws {
        let (document, joint) = try events("Washington, Seoul and Tokyo held a joint air drill involving a U.S. B-1B bomber.")
        #expect(!joint.isEmpty)
        #expect(joint.allSatisfy { $0.code == "062" && !words(document, $0.target).contains("bomber") })
        #expect(Set(joint.map { words(document, $0.target) }) == ["Washington", "Seoul", "Tokyo"])
        let (_, alone) = try events("North Korea held military drills on Tuesday.")
        #expect(alone.map(\.code) == ["150"])
    }

    @Test("a participle after an active perfect shares its 'had': forces that had repelled an attack and killed militants killed them")
    func perfectSharedByConjunct() throws {
        let (document, events) = try events(
            "Somalia's Ministry of Defense said government forces, backed by African Union troops, had repelled the attack and killed 23 militants.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(words(document, killing.source) == "government forces")
    }

    @Test("fighters who kill are people, not aircraft; where a claim was made is no one it was made against")
    func fightersKillAndClaimChannel() throws {
        let (document, events) = try events(
            "The rebel group claimed responsibility in a statement on its radio station, saying its fighters had killed more than 60 soldiers.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(killing.code == "190")
        let claim = try #require(events.first { document.text(of: $0.trigger) == "claimed" })
        #expect(claim.target == nil)
    }

    @Test("people counted by a number ('two of Mondlane's aides') are the ones a passive act befell, not the city it happened in")
    func countedPatient() throws {
        let (document, events) = try events(
            "Two of Mondlane's aides, his lawyer Elvino Dias and Paulo Guambe, were shot dead in their car in Maputo last month.")
        let shooting = try #require(events.first { document.text(of: $0.trigger) == "shot" })
        #expect(!words(document, shooting.target).contains("Maputo"))
        #expect(shooting.target != nil)
    }

    @Test("the place a missile was launched from is not its target, but a vessel 'from South Korea' fired near is")
    func launchSiteIsNoTarget() throws {
        let (document, launch) = try events(
            "North Korea fired a ballistic missile on Tuesday. The missile was launched from the Sariwon area and flew about 400 km before landing in the sea.")
        #expect(!launch.contains { words(document, $0.target).contains("Sariwon") })
        let (vesselDocument, shelling) = try events(
            "North Korea on Thursday fired two artillery shells near a naval vessel from South Korea on a routine patrol.")
        #expect(shelling.contains { words(vesselDocument, $0.target).contains("South Korea") })
    }

    @Test("a subordinate clause's subject the parser hung on its verb is found past the verb's adverb: 'after Fano fighters briefly seized'")
    func subordinateSubjectPastAdverb() throws {
        let (document, events) = try events(
            "Prime Minister Abiy Ahmed's government declared a state of emergency in Amhara last year after Fano fighters briefly seized several towns, including Gondar and Lalibela.")
        let seizures = events.filter { document.text(of: $0.trigger) == "seized" }
        #expect(!seizures.isEmpty)
        #expect(seizures.allSatisfy { words(document, $0.source) == "Fano fighters" })
    }

    @Test("what operations are 'aimed at' is their purpose, no attack on whoever runs them; aiming rifles at protesters still is one")
    func aimedAtIsPurpose() throws {
        let (document, purpose) = try events(
            "The Ethiopian government has denied targeting civilians and said its operations are aimed at \"extremist forces\".")
        #expect(!purpose.contains { document.text(of: $0.trigger) == "aimed" })
        let (rifles, aiming) = try events("Soldiers aimed their rifles at the protesters.")
        #expect(aiming.contains { rifles.text(of: $0.trigger) == "aimed" })
    }

    @Test("a verb of speaking after a reported perfect is the reporter's: the prime minister praised the army, not the forces")
    func speakingConjunctAfterPerfect() throws {
        let (document, events) = try events(
            "Libya's prime minister said government forces had taken control of the area and praised the army and police.")
        let praise = try #require(events.first { document.text(of: $0.trigger) == "praised" })
        #expect(words(document, praise.source) == "Libya's prime minister")
    }

    @Test("clashes that broke out are the event, not an attacker; their sides still code it")
    func clashesBrokeOut() throws {
        let (document, outbreak) = try events(
            "Heavy clashes broke out in the Libyan capital late Monday after a powerful militia leader was killed, residents said.")
        #expect(!outbreak.contains { document.text(of: $0.trigger) == "broke" })
        let (sides, clashes) = try events("Clashes broke out between Israeli troops and Hezbollah fighters on Monday.")
        #expect(clashes.contains { sides.text(of: $0.trigger) == "Clashes" && $0.source != nil })
    }

    @Test("attackers 'armed with' weapons are the attack's source, not a clause of their own")
    func armedAttackers() throws {
        let (document, events) = try events(
            "Gang members armed with automatic rifles attacked the town of Pont-Sondé in central Haiti on Thursday.")
        let attack = try #require(events.first { document.text(of: $0.trigger) == "attacked" })
        #expect(words(document, attack.source) == "Gang members")
    }

    @Test("whom a report is 'according to' is no target of the act it reports: the civilians were killed, not the monitors")
    func accordingToIsNoTarget() throws {
        let (document, events) = try events(
            "Since seizing power in a coup in February 2021, the military has killed more than 4,000 civilians, according to the Assistance Association for Political Prisoners, a monitoring group.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killed" })
        #expect(words(document, killing.target) == "more than 4,000 civilians")
    }

    @Test("people 'displaced by fighting' suffer it: they are not its fighters")
    func displacedByFighting() throws {
        let (document, events) = try events(
            "More than 7 million people have been displaced by fighting in eastern Congo, according to the International Organization for Migration.")
        #expect(!events.contains { words(document, $0.source).contains("people") })
    }

    @Test("positions 'hit by Israeli fire' are attacked by Israel, which also does the wounding that follows")
    func hitByFire() throws {
        let (document, events) = try events(
            "The United Nations peacekeeping force in Lebanon, UNIFIL, said two of its positions had been hit by Israeli fire, wounding three peacekeepers.")
        let hit = try #require(events.first { document.text(of: $0.trigger) == "hit" })
        #expect(hit.code == "190")
        #expect(words(document, hit.source) == "Israeli")
        let wounding = try #require(events.first { document.text(of: $0.trigger) == "wounding" })
        #expect(words(document, wounding.source) == "Israeli")
    }

    @Test("a role before a name, parsed as a second subject, is the name's title: the Rapid Support Forces shelled the camp, not 'Sudan's paramilitary'")
    func roleBeforeNameIsTitle() throws {
        let (document, events) = try events(
            "Sudan's paramilitary Rapid Support Forces shelled the Zamzam displacement camp near El Fasher on Monday.")
        let shelling = try #require(events.first { document.text(of: $0.trigger) == "shelled" })
        #expect(shelling.source?.referent.map { document.referents[$0].code } == "SDNREB")
        #expect(words(document, shelling.source) == "Sudan's paramilitary Rapid Support Forces")
        #expect(!document.referents.contains { $0.name == "Sudan's paramilitary" })
    }

    @Test("a participle clause before a closing attribution the parser took for what was said keeps the main clause's subject: police detained the 48")
    func participleBeforeAttribution() throws {
        let (document, events) = try events(
            "Police in Georgia used water cannon and tear gas to disperse thousands of protesters outside parliament for a seventh straight night, detaining 48 people, the Interior Ministry said Friday.")
        let detention = try #require(events.first { document.text(of: $0.trigger) == "detaining" })
        #expect(detention.code == "173")
        #expect(words(document, detention.source) == "Police in Georgia")
    }

    @Test("missiles that strike a city are an air attack by their side, not a two-sided fight")
    func missilesStrike() throws {
        let (document, events) = try events(
            "Russian missiles struck the city of Zaporizhzhia, killing two people and wounding 11, regional governor Ivan Fedorov said.")
        let strikes = events.filter { document.text(of: $0.trigger) == "struck" }
        #expect(strikes.map(\.code) == ["195"])
        #expect(strikes.first.map { words(document, $0.source) } == "Russian")
    }

    @Test("a missile fired at no one is a show of force (150), one fired at someone an attack; where it went is no word of the frame")
    func missileLaunches() throws {
        let (_, test) = try events("North Korea fired a ballistic missile toward its eastern waters on Thursday.")
        #expect(test.map(\.code) == ["150"])
        let (document, attack) = try events("Hamas fired rockets at Israel on Monday.")
        #expect(attack.map(\.code) == ["194"])
        #expect(attack.first.map { words(document, $0.target) } == "Israel")
    }

    @Test("a vow to bring people home threatens no one; a vow to strike does")
    func promisingVowIsNoThreat() throws {
        let (_, promise) = try events("Governor Uba Sani vowed to bring the students home safely.")
        #expect(promise.isEmpty)
        let (_, threat) = try events("Israeli Prime Minister Benjamin Netanyahu vowed to destroy Hamas.")
        #expect(threat.map(\.code) == ["138"])
    }

    @Test("coming somewhere no place or actor names is no visit: 'They came on motorcycles'")
    func comingIsNoVisit() throws {
        let (document, events) = try events("Gunmen came on motorcycles and took the children into the bush, a teacher told Reuters.")
        #expect(!events.contains { document.text(of: $0.trigger) == "came" })
    }

    @Test("killing the civilians a pattern names targets them, not an actor named after them")
    func namedObjectActorIsTarget() throws {
        let (document, events) = try events("The separatists accused the army and Wagner fighters of killing civilians in drone strikes near Kidal.")
        let killing = try #require(events.first { document.text(of: $0.trigger) == "killing" })
        #expect(words(document, killing.target) == "civilians")
    }

    @Test("an order to leave is an expulsion also when the parser hung 'to leave' on the one ordered")
    func orderToLeaveOnObject() throws {
        let (document, events) = try events("Niger's military government ordered the French ambassador to leave the country within 48 hours on Friday.")
        #expect(events.map(\.code) == ["174"])
        #expect(events.first.map { words(document, $0.target) } == "the French ambassador")
    }

    @Test("parties that did something to each other each did it to the other")
    func reciprocalObject() throws {
        let (document, events) = try events("Sudan's army and the RSF have accused each other of blocking deliveries.")
        let pairs = Set(events.map { "\(words(document, $0.source)) → \(words(document, $0.target))" })
        #expect(pairs == ["Sudan's army → the RSF", "the RSF → Sudan's army"])
    }

    @Test("whether a source may brief the press is no event: 'not authorized to brief reporters'")
    func authorizationToBriefIsNoEvent() throws {
        let (_, events) = try events(
            "The officials, who spoke on condition of anonymity because they were not authorized to brief reporters, said Hamas had asked for guarantees.")
        #expect(!events.contains { $0.code.hasPrefix("12") })
    }

    @Test("summoning an envoy to protest is a meeting with the envoy (040), not a crowd mobilised to demonstrate")
    func envoySummonedToProtest() throws {
        let (_, events) = try events("The ministry summoned the EU's representative in Tehran to protest, Iranian state media reported.")
        #expect(events.map(\.code) == ["040"])
    }

    @Test("the foreign ministers of two countries who sign a deal sign it with each other, not with the city they sign it in")
    func ministersOfTwoCountriesSign() throws {
        let (document, events) = try events("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday.")
        let pairs = Set(events.map { "\($0.code) \(words(document, $0.source)) → \(words(document, $0.target))" })
        #expect(pairs == ["057 The foreign ministers of Congo → The foreign ministers of Congo and Rwanda",
                          "057 The foreign ministers of Congo and Rwanda → The foreign ministers of Congo"])
    }

    @Test("parties who exchange prisoners exchange them with each other, not with whoever brokered the deal")
    func exchangeIsReciprocal() throws {
        let (document, exchange) = try events(
            "Russia and Ukraine exchanged 190 prisoners of war on Wednesday in a deal brokered by the United Arab Emirates, officials from both countries said.")
        let pairs = Set(exchange.map { "\(words(document, $0.source)) → \(words(document, $0.target))" })
        #expect(pairs == ["Russia → Ukraine", "Ukraine → Russia"])
        let (_, ceasefire) = try events("Sudan's army agreed to a ceasefire in a deal brokered by Saudi Arabia.")
        #expect(ceasefire.allSatisfy { $0.target == nil })
    }
    @Test("what a source did not say it would do is no threat: 'did not say whether it would retaliate'")
    func questionLeftOpenIsNoThreat() throws {
        let (_, events) = try events("Hezbollah confirmed his death in a statement but did not say whether it would retaliate.")
        #expect(events.isEmpty)
    }

    @Test("claiming a thing accuses no one, claiming victory still claims it; 'took place' arrests no one; 'struggled to contain' fights no one")
    func verbsPhoenixReadsTooBroadly() throws {
        let (_, territory) = try events("Beijing claims almost all of the South China Sea, including waters claimed by the Philippines.")
        #expect(!territory.contains { $0.code.hasPrefix("11") })
        let (_, victory) = try events("Opposition candidate Fernando Dias claimed victory in Sunday's vote.")
        #expect(victory.map(\.code) == ["013"])
        let (_, place) = try events("The attack, in which rebels used explosives-laden drones, took place in the province of Norte de Santander near the border with Venezuela.")
        #expect(!place.contains { $0.code == "173" })
        let (_, struggle) = try events("A Kenyan-led security mission has struggled to contain the gangs since it deployed in June last year.")
        #expect(!struggle.contains { $0.code.hasPrefix("19") || $0.code == "173" })
    }
    @Test("a state that executes someone kills them (186); executing a plan kills no one")
    func executionIsKilling() throws {
        let (document, killings) = try events(
            "Iran executed a man on Thursday who had been convicted of killing a member of the security forces, the judiciary said.")
        let execution = try #require(killings.first { document.text(of: $0.trigger) == "executed" })
        #expect(execution.code == "186")
        #expect(words(document, execution.source) == "Iran")
        let (_, plan) = try events("The army executed a plan to retake the city.")
        #expect(!plan.contains { $0.code.hasPrefix("18") })
    }

    @Test("a subordinate clause with a pronoun subject leaves the opening verb finite: 'police arrested X on Saturday as he prepared to …'")
    func subordinateClauseAfterObject() throws {
        let (document, events) = try events(
            "Tanzanian police arrested opposition leader Tundu Lissu on Saturday as he prepared to address a rally, his party said.")
        let arrest = try #require(events.first { $0.code == "173" })
        #expect(words(document, arrest.source) == "Tanzanian police")
        #expect(words(document, arrest.target).hasPrefix("opposition leader"))
    }

    @Test("a named body's force in a place acts as the body, whatever the parser coordinated with the place: 'The United Nations peacekeeping force in Lebanon, UNIFIL, urged …'")
    func namedForceInPlace() throws {
        let (document, events) = try events("The United Nations peacekeeping force in Lebanon, UNIFIL, urged both sides to show restraint.")
        let appeal = try #require(events.first)
        #expect(document.referents[try #require(appeal.source?.referent)].code == "IGOUNO")
    }
}
