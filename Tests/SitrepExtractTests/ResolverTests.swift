import Foundation
import Sitrep
import SitrepExtract
import SitrepKnowledge
import SitrepText
import SitrepTestSupport
import Testing

@Suite("Resolver")
struct ResolverTests {
    /// 2023-10-26, the day the sentences below were published.
    static let published = Timestamp(instant: Date(timeIntervalSince1970: 1_698_364_800), precision: .day, utcOffset: 0,
                                     original: "2023-10-26")

    /// The span of the first run of tokens that spells `name` word by word.
    static func span(_ name: String, _ label: EntityType, in document: Document) throws -> Span<EntityType> {
        let words = name.split(separator: " ").map(String.init)
        let start = try #require(document.tokens.indices.first { start in
            words.indices.allSatisfy { start + $0 < document.tokens.count && document.text(of: start + $0) == words[$0] }
        })
        return Span(tokens: start..<start + words.count, label: label)
    }

    /// The code of the referent that `name` in `text` belongs to.
    static func code(of name: String, in text: String) throws -> String? {
        let document = try SharedAnalyzer.analyze(text, published: published)
        return try #require(referent(document, named: name)).code
    }

    static func referent(_ document: Document, named text: String) -> Referent? {
        document.referents.first { referent in
            referent.mentions.contains { document.text(of: $0.tokens).contains(text) }
        }
    }

    @Test("dictionary names get the code that holds on the publication day; titles join the mention")
    func dictionaryNames() throws {
        let document = try SharedAnalyzer.analyze(
            "In a rare message, President Joe Biden has issued a warning to Iranian Supreme Leader Ayatollah Ali Khamenei, the White House announced on Thursday.",
            published: Self.published)
        let biden = try #require(Self.referent(document, named: "Biden"))
        #expect(biden.code == "USAGOV")
        #expect(biden.name == "Joe Biden")
        let khamenei = try #require(Self.referent(document, named: "Khamenei"))
        #expect(khamenei.code == "IRNGOV")
        #expect(khamenei.mentions.contains { document.text(of: $0.tokens) == "Iranian Supreme Leader Ayatollah Ali Khamenei" })
        #expect(Self.referent(document, named: "White House")?.code == "USAGOV")
        #expect(document.invariantViolations().isEmpty)
    }

    @Test("a place coded as a whole country is named as the country, whichever word named it first")
    func countryNames() throws {
        let document = try SharedAnalyzer.analyze(
            "Polish negotiators said on Monday they were pleased. The talks took place in Warsaw and ended in Poland's favour. The next round will be held in Istanbul, Turkey said.",
            published: Self.published)
        let poland = try #require(Self.referent(document, named: "Polish"))
        #expect(poland.code == "POL")
        #expect(poland.name == "Poland")
        #expect(Self.referent(document, named: "Istanbul")?.name == "Turkey")
    }

    @Test("a place named with its kind is a place: 'the Krasnodar region', 'Sumy province'")
    func placesWithTheirKind() throws {
        let document = try SharedAnalyzer.analyze(
            "Russian forces attacked villages in Sumy province. Ukrainian drones struck an air base in the Krasnodar region overnight.",
            published: Self.published)
        let names = Set(document.places.map(\.name))
        #expect(names.isSuperset(of: ["Sumy", "Krasnodar"]))
    }

    @Test("a family name written first refers back to the person: 'Wang' after 'Wang Yi'")
    func familyNameFirst() throws {
        let document = try SharedAnalyzer.analyze(
            "Chinese diplomat Wang Yi hosted the talks in Beijing. \"This is a victory for dialogue,\" Wang said.", published: Self.published)
        let wang = try #require(Self.referent(document, named: "Wang Yi"))
        #expect(wang.mentions.contains { document.text(of: $0.tokens) == "Wang" })
    }

    @Test("a name the recognizer took only part of is found whole in the dictionary; an NGO is no country")
    func partOfAName() throws {
        let document = try SharedAnalyzer.analyze(
            "The army said it had launched airstrikes. Human Rights Watch has previously accused the army of executing civilians.",
            published: Self.published)
        let watch = try #require(Self.referent(document, named: "Rights"))
        #expect(watch.name == "Human Rights Watch")
        #expect(watch.code?.hasPrefix("NGO") == true)
        #expect(Self.referent(document, named: "army")?.code?.hasPrefix("NGO") == false)
    }

    @Test("an institution is no person a 'he' can refer to: 'a maximum-security prison … He'")
    func institutionsAreNoPeople() throws {
        let document = try SharedAnalyzer.analyze(
            "A Russian court sentenced Evan Gershkovich to 16 years in a maximum-security prison. He has denied the charges.",
            published: Self.published)
        let prison = try #require(Self.referent(document, named: "prison"))
        #expect(prison.type != .PER)
        #expect(!prison.mentions.contains { document.text(of: $0.tokens) == "He" })
    }

    @Test("'at least' qualifies a count and is no part of the actor's name")
    func atLeast() throws {
        let document = try SharedAnalyzer.analyze("Kenyan police arrested at least 50 protesters in Nairobi on Tuesday.", published: Self.published)
        #expect(Self.referent(document, named: "protesters")?.name == "50 protesters")
    }

    @Test("a title written before a name joins it, however the parse hangs it")
    func titleBeforeName() throws {
        let document = try SharedAnalyzer.analyze(
            "Shelling killed three civilians in Kharkiv on Monday, regional governor Oleh Syniehubov said.", published: Self.published)
        let governor = try #require(Self.referent(document, named: "Syniehubov"))
        #expect(governor.code == "UKRGOV")
        #expect(governor.mentions.contains { document.text(of: $0.tokens) == "regional governor Oleh Syniehubov" })
    }

    @Test("agents take the country of their modifier, and one code's nominals are one referent")
    func nominals() throws {
        let document = try SharedAnalyzer.analyze(
            "This comes after a series of attacks on American forces in the region. Over the past week, U.S. forces have been targeted 12 times in Iraq. This decision comes in response to an uptick in attacks by Iran-affiliated groups.",
            published: Self.published)
        let forces = try #require(Self.referent(document, named: "American forces"))
        #expect(forces.code == "USAMIL")
        #expect(forces.mentions.map { document.text(of: $0.tokens) } == ["American forces", "U.S. forces"])
        #expect(forces.mentions.allSatisfy { $0.kind == .nominal })
        #expect(Self.referent(document, named: "Iran-affiliated groups")?.code == "IRNREB")
    }

    @Test("people in no dictionary are coded from their title or apposition")
    func codedFromText() throws {
        var document = try SharedAnalyzer.analyze(
            """
            White House spokesman John Kirby confirmed that a direct message had been relayed. \
            Mohammad Jamshidi, a Raisi aide, claimed on social media that the messages were merely requests from Iran. \
            On Thursday, Iran's Foreign Minister Hossein Amirabdollahian addressed the United Nations.
            """, published: Self.published)
        let removed = ["kirby", "jamshidi", "amirabdollahian"]
        var reduced = ActorDictionary()
        reduced.add(try ActorDictionary.bundled().actors.compactMap { actor in
            var kept = actor
            kept.aliases.removeAll { alias in removed.contains { ActorDictionary.key(alias).contains($0) } }
            return removed.contains { ActorDictionary.key(actor.name).contains($0) } ? nil : kept
        })
        #expect(reduced.lookup("John Kirby", on: nil).isEmpty && reduced.lookup("Jamshidi", on: nil).isEmpty)
        try Resolver(actors: reduced, agents: try AgentDictionary.bundled()).process(&document)
        for name in ["Kirby", "Jamshidi", "Amirabdollahian"] {
            let referent = try #require(Self.referent(document, named: name), "\(name) not resolved")
            #expect(referent.code == (name == "Kirby" ? "USAGOV" : "IRNGOV"), "\(name): \(referent.evidence)")
            #expect(referent.type == .PER)
            #expect(referent.evidence.contains { $0.hasPrefix("title:") })
        }
    }

    @Test("surnames, titles and pronouns join the actor they refer to")
    func coreference() throws {
        let document = try SharedAnalyzer.analyze(
            """
            White House spokesman John Kirby confirmed that a message had been relayed to Ayatollah Khamenei.             Mohammad Jamshidi, a Raisi aide, claimed that the messages were not addressed to the Iranian Supreme Leader.             He called for the text of the messages. Kirby said the Ayatollah had received it.
            """, published: Self.published)
        let khamenei = try #require(Self.referent(document, named: "Khamenei"))
        let texts = khamenei.mentions.map { document.text(of: $0.tokens) }
        #expect(texts.contains("Iranian Supreme Leader") && texts.contains("Ayatollah"))
        let jamshidi = try #require(Self.referent(document, named: "Jamshidi"))
        #expect(jamshidi.mentions.contains { $0.kind == .pronoun && document.text(of: $0.tokens) == "He" })
        let kirby = try #require(Self.referent(document, named: "John Kirby"))
        #expect(kirby.mentions.map { document.text(of: $0.tokens) }.last == "Kirby")
    }

    @Test("a name the recognizer took only the end of, or missed, is found whole across 'of' ('the Prince of Wales')",
          arguments: [true, false])
    func nameAcrossOf(recognizedEnd: Bool) throws {
        // No full stop: the text ends on a capitalised word outside every entity, which the
        // search for unrecognized names must stop at.
        var document = try SharedAnalyzer.analyze("The Prince of Wales visited Nairobi on Tuesday", published: Self.published)
        let wales = try #require(document.tokens.indices.first { document.text(of: $0) == "Wales" })
        document.setEntities(recognizedEnd ? [Span(tokens: wales..<wales + 1, label: .PER)] : [])
        var actors = ActorDictionary()
        let read = PhoenixActorReader.read("PRINCE OF WALES [GBRROY]\n", file: "actors")
        actors.add(read.actors, problems: read.problems)
        try Resolver(actors: actors, agents: AgentDictionary()).process(&document)
        let prince = try #require(Self.referent(document, named: "Wales"))
        #expect(prince.code == "GBRROY")
        #expect(prince.mentions.map { document.text(of: $0.tokens) } == ["Prince of Wales"])
    }

    @Test("a span the recognizer ran on from a nationality into a role noun leaves the role to the nominal rules")
    func spanIntoRoleNoun() throws {
        var document = try SharedAnalyzer.analyze("Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart on Tuesday.",
                                                  published: Self.published)
        let ukrainian = try #require(document.tokens.indices.first { document.text(of: $0) == "Ukrainian" })
        let fidan = try #require(document.tokens.indices.first { document.text(of: $0) == "Fidan" })
        document.setEntities([Span(tokens: 0..<fidan + 1, label: .PER), Span(tokens: ukrainian..<ukrainian + 2, label: .LOC)])
        try Resolver.english().process(&document)
        let counterpart = try #require(Self.referent(document, named: "counterpart"))
        #expect(counterpart.code == "UKRGOV")
        #expect(counterpart.mentions.map { document.text(of: $0.tokens) } == ["his Ukrainian counterpart"])
    }

    @Test("a person's span that stops inside a known name runs on to its end")
    func spanInsideName() throws {
        var document = try SharedAnalyzer.analyze("Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart on Tuesday.",
                                                  published: Self.published)
        let hakan = try #require(document.tokens.indices.first { document.text(of: $0) == "Hakan" })
        document.setEntities([Span(tokens: 0..<hakan + 1, label: .PER)])
        try Resolver.english().process(&document)
        let people = document.referents.filter { $0.code == "TURGOV" && $0.type == .PER }
        #expect(people.map(\.name) == ["Hakan Fidan"])
        // "his" of "his Ukrainian counterpart" is his too.
        #expect(people.first?.mentions.map { document.text(of: $0.tokens) } == ["Turkish Foreign Minister Hakan Fidan", "his"])
    }

    @Test("an organisation no dictionary knows keeps its whole name, is no person, and is coded by the role it names")
    func organisationNamedForItsRole() throws {
        var document = try SharedAnalyzer.analyze(
            "Scientists at the University of Helsinki, the Greek Ministry of Culture, the Saudi Interior Ministry and the Massachusetts Institute of Technology agreed.",
            published: Self.published)
        let names = ["University of Helsinki", "Greek Ministry of Culture", "Saudi Interior Ministry", "Massachusetts Institute of Technology"]
        let spans = try names.map { try Self.span($0, .ORG, in: document) }
        document.setEntities(spans)
        try Resolver.english().process(&document)
        let found = spans.map { span in document.referents.first { $0.mentions.contains { $0.tokens == span.tokens } } }
        #expect(found.map { $0?.name } == names)
        #expect(found.map { $0?.type } == [.ORG, .ORG, .ORG, .ORG])
        #expect(found.map { $0?.code } == ["FINEDU", "GRCGOV", "SAUGOV", nil])
    }

    @Test("an organisation named for a state role alone takes the context country, as 'the army' does")
    func organisationNamedForStateRole() throws {
        var document = try SharedAnalyzer.analyze("Ukraine said the Air Force shot down 20 drones overnight.", published: Self.published)
        let air = try #require(document.tokens.indices.first { document.text(of: $0) == "Air" })
        document.setEntities([Span(tokens: 0..<1, label: .LOC), Span(tokens: air..<air + 2, label: .ORG)])
        try Resolver.english().process(&document)
        let force = try #require(Self.referent(document, named: "Air Force"))
        #expect(force.type == .ORG && force.code == "UKRMIL")
    }

    @Test("a person who shares a surname with a dictionary actor is not that actor, named in full or by the surname alone",
          arguments: [true, false])
    func namesake(recognizedSurname: Bool) throws {
        var document = try SharedAnalyzer.analyze(
            "Wikinews interviewed Tina McKenzie, a former basketball player. McKenzie retired after the 2012 Games.",
            published: Timestamp(instant: Date(timeIntervalSince1970: 1_577_836_800), precision: .day, utcOffset: 0, original: "2020-01-01"))
        let tina = try #require(document.tokens.indices.first { document.text(of: $0) == "Tina" })
        let surname = try #require(document.tokens.indices.last { document.text(of: $0) == "McKenzie" })
        var spans = [Span(tokens: tina..<tina + 2, label: EntityType.PER)]
        if recognizedSurname { spans.append(Span(tokens: surname..<surname + 1, label: .PER)) }
        document.setEntities(spans)
        try Resolver.english().process(&document)
        let people = document.referents.filter { $0.type == .PER }
        #expect(people.map(\.name) == ["Tina McKenzie"])
        #expect(people.first?.code == nil)
        #expect(people.first?.mentions.map { document.text(of: $0.tokens) } == ["Tina McKenzie", "McKenzie"])
    }

    @Test("the second half of a double-barrelled surname is not the dictionary actor of that surname")
    func doubleBarrelledSurname() throws {
        var document = try SharedAnalyzer.analyze(
            "\"Civilians are trapped,\" said Clementine Nkweta-Salami, the U.N. humanitarian coordinator for Sudan.", published: Self.published)
        document.setEntities([try Self.span("Clementine Nkweta - Salami", .PER, in: document)])
        try Resolver.english().process(&document)
        let person = try #require(document.referents.first { $0.type == .PER })
        #expect(person.name == "Clementine Nkweta-Salami")
        // Not Iran's Hossein Salami: her own post, the UN's, codes her.
        #expect(person.code == "IGOUNO")
    }

    @Test("a title naming a body before a person's name ('Ambassador to the United States') codes the person by the sending country",
          arguments: [
            ("Russian Ambassador to the United States Anatoly Antonov warned Washington.", ["United States"], "Anatoly Antonov", "RUSGOV"),
            ("Russian Ambassador to the United States Anatoly Antonov warned Washington.", ["United States Anatoly Antonov"], "Anatoly Antonov", "RUSGOV"),
            ("According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.",
             ["United States Hamdullah Mohib"], "Hamdullah Mohib", "AFGGOV"),
            ("According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.",
             ["Afghan Ambassador to the United States Hamdullah Mohib"], "Hamdullah Mohib", "AFGGOV"),
          ])
    func titleNamingBody(text: String, recognized: [String], person: String, code: String) throws {
        var document = try SharedAnalyzer.analyze(text, published: Self.published)
        document.setEntities(try recognized.map { try Self.span($0, .LOC, in: document) })
        try Resolver.english().process(&document)
        let holder = try #require(document.referents.first { $0.name == person })
        #expect(holder.type == .PER && holder.code == code)
        #expect(document.referents.contains { $0.name.hasPrefix("United States") && $0.code == "USA" })
    }

    @Test("'it' can be a body whose name of several words ends in a plural: 'the Israel Defense Forces said it'")
    func itForPluralName() throws {
        var document = try SharedAnalyzer.analyze(
            "A ship was hit in the Red Sea. The Israel Defense Forces said it struck Hezbollah targets overnight.",
            published: Self.published)
        document.setEntities([try Self.span("Red Sea", .LOC, in: document), try Self.span("Israel Defense Forces", .ORG, in: document),
                              try Self.span("Hezbollah", .ORG, in: document)])
        try Resolver.english().process(&document)
        let it = try #require(document.tokens.indices.first { document.text(of: $0) == "it" })
        let referent = document.referents.first { $0.mentions.contains { $0.tokens == it..<it + 1 } }
        #expect(referent?.code == "ISRMIL")
    }

    @Test("a subject 'it' continues the last sentence's subject, and a thing as that subject ('the war') leaves it no actor")
    func itContinuesAThing() throws {
        let document = try SharedAnalyzer.analyze(
            "The war between the army and the RSF erupted in April 2023. It has killed more than 20,000 people.",
            published: Self.published)
        let it = try #require(document.tokens.indices.first { document.text(of: $0) == "It" })
        #expect(!document.referents.contains { $0.mentions.contains { $0.tokens == it..<it + 1 } })
    }

    @Test("a person's span after 'near' that names a known place is the place")
    func placeTakenForPerson() throws {
        var document = try SharedAnalyzer.analyze("Two soldiers were wounded near Gao in Mali, the army said.", published: Self.published)
        document.setEntities([try Self.span("Gao", .PER, in: document), try Self.span("Mali", .LOC, in: document)])
        try Resolver.english().process(&document)
        #expect(!document.referents.contains { $0.type == .PER && $0.name == "Gao" })
        #expect(document.places.contains { $0.name == "Gao" && $0.country == "MLI" })
    }

    @Test("a director or coordinator speaks for the organisation named before the post: 'WFP country director Eddie Rowe'")
    func directorOfOrganisation() throws {
        #expect(try Self.code(of: "Eddie Rowe", in: "WFP country director Eddie Rowe said the convoy had reached El Fasher.") == "IGOUNOWFP")
    }

    @Test("'the bloc' and 'the bloc's envoy' are the intergovernmental body named before, not the country of the sentence")
    func blocIsTheBodyNamedBefore() throws {
        let document = try SharedAnalyzer.analyze(
            "The European Union on Monday imposed sanctions on six Iranian individuals, prompting Tehran to summon the bloc's envoy. "
                + "The bloc said the drones had been used to attack Ukrainian cities.",
            published: Self.published)
        #expect(document.referents.first { $0.name.hasSuffix("envoy") }?.code == "IGOEUREEC")
        let bloc = try #require(document.tokens.indices.first { document.text(of: $0) == "bloc" && document.text(of: $0 + 1) == "said" })
        #expect(document.referents.first { $0.mentions.contains { $0.tokens.contains(bloc) } }?.name == "European Union")
    }

    @Test("two countries' bodies of the same name are two actors: Armenia's and Azerbaijan's Defence Ministry")
    func sameBodyNameTwoCountries() throws {
        let document = try SharedAnalyzer.analyze(
            "Azerbaijani forces killed four Armenian soldiers, Armenia's Defence Ministry said. Azerbaijan's Defence Ministry denied the accusation.",
            published: Self.published)
        let ministries = document.referents.filter { $0.name == "Defence Ministry" }
        #expect(Set(ministries.compactMap(\.code)) == ["ARMMIL", "AZEMIL"])
    }

    @Test("a title naming the international body a person serves codes them by it, not by the dictionary's later post")
    func titleNamesBodyServed() throws {
        let document = try SharedAnalyzer.analyze(
            "NATO Secretary General Jens Stoltenberg condemned the attack.")
        #expect(document.referents.first { $0.name == "Jens Stoltenberg" }?.code == "IGOWSTNAT")
    }

    @Test("'the government' is not an earlier body of its state: 'Togo's electoral commission … The government denied'")
    func governmentIsNotItsCommission() throws {
        let document = try SharedAnalyzer.analyze(
            "Togo's electoral commission declared President Faure Gnassingbe the winner. The government denied targeting the opposition.",
            published: Self.published)
        #expect(Self.referent(document, named: "The government")?.name == "The government")
    }

    @Test("a country's commissioner is its government's: 'Ukraine's human rights commissioner, Dmytro Lubinets'")
    func commissionerOfCountry() throws {
        let text = "Ukraine's human rights commissioner, Dmytro Lubinets, accused Moscow of torturing Ukrainian prisoners."
        #expect(try Self.code(of: "Dmytro Lubinets", in: text) == "UKRGOV")
    }

    @Test("a known organisation's branch in a country is the organisation: 'Amnesty International Kenya'")
    func nationalBranchIsTheOrganisation() throws {
        let text = "Amnesty International Kenya said one protester had been shot dead by police in Nairobi."
        #expect(try Self.code(of: "Amnesty International Kenya", in: text)?.hasPrefix("NGO") == true)
    }

    @Test("a village named by its role is a place, and 'he' is the person named after it")
    func placeNounIsNoPerson() throws {
        let document = try SharedAnalyzer.analyze(
            "The attackers stormed the school in Kuriga village at around 8 a.m., said Mohammed Jibril, a local teacher who escaped. "
                + "\"They came on motorcycles,\" he said.",
            published: Self.published)
        #expect(!document.referents.contains { $0.type == .PER && $0.name == "Kuriga village" })
        let he = try #require(document.tokens.indices.first { document.text(of: $0) == "he" })
        #expect(document.referents.first { $0.mentions.contains { $0.tokens == he..<he + 1 } }?.name == "Mohammed Jibril")
    }

    @Test("a possessive belongs to the actor its noun is coordinated with, else to its clause's subject")
    func possessives() throws {
        let document = try SharedAnalyzer.analyze(
            "The United States warned Iran and its allies on Tuesday. Egypt welcomed proposals from Qatar on its role in the talks.",
            published: Self.published)
        let owners = document.tokens.indices.filter { document.text(of: $0) == "its" }.map { token in
            document.referents.first { $0.mentions.contains { $0.tokens == token..<token + 1 } }?.name
        }
        #expect(owners == ["Iran", "Egypt"])
        // A role noun the possessive owns is that owner's role: Iran's allies.
        #expect(Self.referent(document, named: "its allies")?.code?.hasPrefix("IRN") == true)
    }

    @Test("places resolve to the gazetteer; an acting capital is its government, not a place")
    func places() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Biden cautioned Tehran against targeting U.S. personnel in the Middle East. Israel has conducted airstrikes on \
            Gaza. Iran arms militant groups, including Hezbollah in Lebanon and the Houthis in Yemen. Tensions in the region rose.
            """, published: Self.published)
        let places = Dictionary(document.places.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(places["Gaza Strip"]?.kind == .territory && places["Gaza Strip"]?.country == "PSE")
        #expect(places["Lebanon"]?.kind == .country)
        #expect(places["Middle East"]?.mentions.count == 2)
        #expect(places["Tehran"] == nil && places["United States"] == nil)
        #expect(Self.referent(document, named: "Tehran")?.code == "IRNGOV")
    }

    @Test("an acronym joins the name it abbreviates; a country before a title in a person's span is its own mention")
    func acronymsAndEmbeddedCountries() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Workers at the Kennedy Space Center prepared the shuttle. KSC officials said the work was done. \
            U.S. Senator John Cornyn praised the crews.
            """, published: Self.published)
        let center = try #require(Self.referent(document, named: "Kennedy Space Center"))
        #expect(center.mentions.contains { document.text(of: $0.tokens) == "KSC" })
        let owners = document.referentOfToken()
        let us = try #require(document.tokens.indices.first { document.text(of: $0) == "U.S." })
        #expect(owners[us].map { document.referents[$0].code } == "USA")
    }

    @Test("state roles with no country take the dateline's; unnamed attackers are one role-only referent")
    func contextFromDateline() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Gunmen on motorcycles attacked a military post near the border on Tuesday, killing twelve soldiers, the defence ministry said. \
            The attackers also burned a health centre, a local official told Reuters.
            """, published: Self.published, dateline: "NIAMEY")
        let gunmen = try #require(Self.referent(document, named: "Gunmen"))
        #expect(gunmen.code == "REB")
        #expect(gunmen.country == nil)
        #expect(gunmen.mentions.contains { document.text(of: $0.tokens) == "The attackers" })
        let soldiers = try #require(Self.referent(document, named: "soldiers"))
        #expect(soldiers.code == "NERMIL")
        #expect(soldiers.evidence.contains { $0.contains("inferred from context (dateline 'NIAMEY')") })
        #expect(Self.referent(document, named: "defence ministry")?.code == "NERMIL")
        #expect(Self.referent(document, named: "local official")?.code == "NERGOV")
    }

    @Test("the nearest country gives 'its' ministry, troops and a state outlet named after its title their country")
    func contextFromNearestCountry() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Lithuania has moved troops to its eastern frontier, according to its defence ministry. \
            State broadcaster LRT said hundreds of refugees had crossed overnight, while protesters gathered outside the parliament.
            """, published: Self.published)
        #expect(Self.referent(document, named: "troops")?.code == "LTUMIL")
        #expect(Self.referent(document, named: "Lithuania")?.mentions.contains { document.text(of: $0.tokens) == "its" } == true)
        #expect(Self.referent(document, named: "defence ministry")?.code == "LTUMIL")
        #expect(Self.referent(document, named: "LRT")?.code == "LTUGOVMED")
        #expect(Self.referent(document, named: "refugees")?.code == "REF")
        #expect(Self.referent(document, named: "protesters")?.code == "OPP")
        #expect(document.invariantViolations().isEmpty)
    }

    @Test("a counted group is not the institution of its code; a definite description takes up an earlier nominal")
    func nominalsSplitByHead() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Gunmen killed at least 12 soldiers near the border with Niger on Sunday, the army said.             The assailants also wounded about 30 soldiers before the army drove them back.
            """, published: Self.published)
        let killed = try #require(Self.referent(document, named: "12 soldiers"))
        let wounded = try #require(Self.referent(document, named: "30 soldiers"))
        let army = try #require(Self.referent(document, named: "the army"))
        #expect(killed.code?.hasSuffix("MIL") == true)
        #expect(Set([killed.name, wounded.name, army.name]).count == 3)
        let gunmen = try #require(Self.referent(document, named: "Gunmen"))
        #expect(gunmen.mentions.contains { document.text(of: $0.tokens) == "assailants" || document.text(of: $0.tokens) == "The assailants" })
    }

    @Test("the context country is the main clause's subject's, never that of the actor urging a government")
    func contextFromMainClause() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Gunmen raided a village in Niger on Sunday.             France condemned the raid and urged the government to protect civilians.             Chad's foreign minister rejected the criticism, saying that Paris had no lessons to give.             Local officials disputed the account.
            """, published: Self.published)
        #expect(Self.referent(document, named: "the government")?.code == "NERGOV")
        #expect(Self.referent(document, named: "Local officials")?.code == "TCDGOV")
    }

    @Test("a spokesman takes the sector of the body before it; an owner with a title still owns its government")
    func dependentRolesAndOwners() throws {
        let document = try SharedAnalyzer.analyze(
            """
            Ministers accused President Alexander Lukashenko's government of pushing migrants across the border.             Belarus denied the accusation. Foreign Ministry spokesman Anatoly Glaz said Minsk had nothing to do with it.
            """, published: Self.published)
        #expect(Self.referent(document, named: "Anatoly Glaz")?.code == "BLRGOV")
        #expect(Self.referent(document, named: "Lukashenko's government")?.code == "BLRGOV")
    }

    @Test("an article the recognizer took into a name does not hide it from the dictionary")
    func articleInName() throws {
        let document = try SharedAnalyzer.analyze("The UN Security Council adopted a resolution on Monday.", published: Self.published)
        #expect(Self.referent(document, named: "Security Council")?.code == "IGOUNO")
    }

    @Test("a token in nested mentions belongs to the innermost")
    func innermostOwner() throws {
        let document = try SharedAnalyzer.analyze(
            "On Thursday, Iran's Foreign Minister Hossein Amirabdollahian addressed the United Nations.", published: Self.published)
        let owners = document.referentOfToken()
        let iran = try #require(document.tokens.indices.first { document.text(of: $0) == "Iran" })
        let minister = try #require(document.tokens.indices.first { document.text(of: $0) == "Amirabdollahian" })
        #expect(owners[iran].map { document.referents[$0].code } == "IRN")
        #expect(owners[minister].map { document.referents[$0].code } == "IRNGOV")
    }

    @Test("a dictionary name the recognizer read as a common noun is still an actor")
    func unrecognizedName() throws {
        let analyzer = try petrarchAnalyzer(actors: "ZEMBLA [ZEM]\nFLORIN [FLO]\n", verbs: "--- WELCOME [041] ---\nWELCOME\n")
        let document = try analyzer.analyze(Article(published: Self.published, body: "Zembla welcomed proposals from Florin."))
        #expect(Self.referent(document, named: "Zembla")?.code == "ZEM")
    }

    @Test("a description right before an organisation's name is its title, and an ownerless role gives no code")
    func organisationTitles() throws {
        var document = try SharedAnalyzer.analyze("The Palestinian militant group Hamas released two hostages on Friday.", published: Self.published)
        document.setEntities([try Self.span("Hamas", .ORG, in: document)])
        try Resolver.english().process(&document)
        #expect(document.referents.filter { $0.type != .LOC }.map(\.code) == ["PSEREBHMS"])
        #expect(Self.referent(document, named: "Hamas")?.mentions.map { document.text(of: $0.tokens) } == ["Palestinian militant group Hamas"])
        var local = try SharedAnalyzer.analyze("Localist group Civic Passion lost two seats.", published: Self.published)
        local.setEntities([try Self.span("Civic Passion", .ORG, in: local)])
        try Resolver.english().process(&local)
        #expect(Self.referent(local, named: "Civic Passion")?.code == nil)
    }

    @Test("a name sitrep's own dictionary keeps up to date wins over an older dictionary's entry for it with its title")
    func currentDictionaryOverTitledEntry() throws {
        let published = Timestamp(instant: Date(timeIntervalSince1970: 1_764_028_800), precision: .day, utcOffset: 0, original: "2025-11-25")
        let document = try SharedAnalyzer.analyze("Macron spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Tuesday.", published: published)
        let netanyahu = try #require(Self.referent(document, named: "Netanyahu"))
        #expect(netanyahu.code == "ISRGOV")
        #expect(netanyahu.name == "Benjamin Netanyahu")
    }

    @Test("a nationality on a state's forces sets the context country for a title in the next sentence")
    func nationalityOfForcesSetsContext() throws {
        let document = try SharedAnalyzer.analyze(
            "Turkish warplanes struck dozens of targets in northern Iraq and Syria on Wednesday. Interior Minister Ali Yerlikaya said two assailants were killed.",
            published: Self.published)
        #expect(Self.referent(document, named: "Yerlikaya")?.code == "TURGOV")
    }

    @Test("a name the recognizer cut at a possessive apostrophe is widened to the dictionary's")
    func nameWidenedOverPossessive() throws {
        var document = try SharedAnalyzer.analyze("Defense Minister Yasar Guler blamed the Kurdistan Workers' Party, or PKK, for the attack.", published: Self.published)
        document.setEntities([try Self.span("Kurdistan Workers", .ORG, in: document)])
        try Resolver.english().process(&document)
        let party = try #require(Self.referent(document, named: "Kurdistan"))
        #expect(party.code == "TURREB")
        #expect(party.mentions.map { document.text(of: $0.tokens) }.first == "Kurdistan Workers' Party")
    }

    @Test("a title before a name the dictionary widened joins the name, not an actor of its own")
    func titleBeforeWidenedName() throws {
        var document = try SharedAnalyzer.analyze("North Korean leader Kim Jong Un visited Russia's Far East.", published: Self.published)
        document.setEntities([try Self.span("North Korean", .LOC, in: document), try Self.span("Jong Un", .PER, in: document)])
        try Resolver.english().process(&document)
        let kim = try #require(Self.referent(document, named: "Kim Jong Un"))
        #expect(kim.code == "PRKGOV")
        #expect(kim.mentions.map { document.text(of: $0.tokens) } == ["North Korean leader Kim Jong Un"])
        #expect(!document.referents.contains { $0.name == "North Korean leader" })
    }

    @Test("a person's span that starts inside a title starts after it, and the title joins the name")
    func spanStartingInsideTitle() throws {
        var document = try SharedAnalyzer.analyze("Secretary of State Antony Blinken spoke with Qatar's prime minister.", published: Self.published)
        document.setEntities([try Self.span("State Antony Blinken", .PER, in: document)])
        try Resolver.english().process(&document)
        let blinken = try #require(Self.referent(document, named: "Blinken"))
        #expect(blinken.code == "USAGOV")
        #expect(blinken.mentions.map { document.text(of: $0.tokens) } == ["Secretary of State Antony Blinken"])
    }

    @Test("a title ending in a plural proper noun joins the name after it: 'Minister of Foreign Affairs Sergei Lavrov'")
    func titleEndingInPluralName() throws {
        let document = try SharedAnalyzer.analyze("Minister of Foreign Affairs Sergei Lavrov criticized NATO.", published: Self.published)
        let criticism = try #require(document.events.first)
        let source = try #require(criticism.source?.referent)
        #expect(document.referents[source].code == "RUSGOV")
        #expect(document.referents[source].name == "Sergei Lavrov")
    }

    @Test("'the junta's' is the junta named before, not the latest actor with a junta's role")
    func definiteOwnerSharesItsNoun() throws {
        let document = try SharedAnalyzer.analyze(
            "Niger's military junta expelled the French ambassador. Mali and Burkina Faso, both ruled by military governments, backed it. Nigeria's president met the junta's envoy in Abuja.",
            published: Self.published)
        #expect(Self.referent(document, named: "junta's envoy")?.code == "NERGOVMIL")
    }

    @Test("a country's opposition takes the context country, the country of whoever acts on it included")
    func oppositionTakesContextCountry() throws {
        let document = try SharedAnalyzer.analyze(
            "Venezuelan authorities arrested opposition leader Freddy Superlano on Tuesday. Maduro accused the opposition of plotting a coup.",
            published: Self.published)
        #expect(Self.referent(document, named: "Superlano")?.code == "VENOPP")
        #expect(Self.referent(document, named: "the opposition")?.code == "VENOPP")
    }

    @Test("a place ending a name that is not a person's is no tail to resolve: 'Real Madrid' is no Madrid, nor its government")
    func placeEndingNameIsNoTail() throws {
        var document = try SharedAnalyzer.analyze("Real Madrid beat Barcelona on Saturday.", published: Self.published)
        document.setEntities([try Self.span("Real Madrid", .PER, in: document)])
        try Resolver.english().process(&document)
        let club = try #require(Self.referent(document, named: "Real Madrid"))
        #expect(club.code == nil)
    }

    @Test("a span the words before it complete into a name found earlier is that name again")
    func spanCompletedToEarlierName() throws {
        var document = try SharedAnalyzer.analyze("Real Madrid beat Barcelona on Saturday. Real Madrid will face Manchester City on Wednesday.",
                                                  published: Self.published)
        let second = try #require(document.tokens.indices.last { document.text(of: $0) == "Madrid" })
        document.setEntities([try Self.span("Real Madrid", .PER, in: document), Span(tokens: second..<(second + 1), label: .LOC)])
        try Resolver.english().process(&document)
        #expect(!document.referents.contains { $0.code == "ESPGOV" })
        #expect(document.referents.filter { $0.name == "Real Madrid" }.count == 1)
    }

    @Test("an actor named only by nominals is named by the first that names its owner, not by the first mention")
    func nominalActorNamedByItsOwner() throws {
        let document = try SharedAnalyzer.analyze("Poland scrambled fighter jets as the missiles flew near its border, the Polish military said.",
                                                  published: Self.published)
        let speaker = try #require(document.quotes.first?.speaker.referent)
        #expect(document.referents[speaker].name == "Polish military")
        #expect(document.referents[speaker].code == "POLMIL")
    }

    @Test("a role owned by a possessive pronoun is the role of whom the pronoun stands for: 'The RSF said its fighters …'")
    func pronounOwnsRole() throws {
        let document = try SharedAnalyzer.analyze("The RSF said its fighters had withdrawn from the palace to avoid further bloodshed.",
                                                  published: Self.published)
        #expect(Self.referent(document, named: "its fighters")?.code == "SDNREB")
        // The possessive itself is a pronoun of the RSF.
        let its = try #require(document.tokens.indices.first { document.text(of: $0) == "its" })
        #expect(document.referentOfToken()[its].map { document.referents[$0].code } == "SDNREB")
        #expect(document.referentOfToken()[its].map { document.referents[$0].name } != "its fighters")
    }

    @Test("a high commissioner is a government's envoy")
    func highCommissioner() throws {
        let document = try SharedAnalyzer.analyze("India's foreign ministry summoned Pakistan's deputy high commissioner.", published: Self.published)
        #expect(Self.referent(document, named: "high commissioner")?.code == "PAKGOV")
    }

    @Test("an opposition takes no country from a foreign government's words before it; the dateline's instead")
    func oppositionSkipsEarlierSentences() throws {
        let document = try SharedAnalyzer.analyze(
            "Kremlin spokesman Dmitry Peskov warned Western countries against interfering. Opposition leaders called for new elections.",
            published: Self.published, dateline: "TBILISI")
        #expect(Self.referent(document, named: "Opposition leaders")?.code == "GEOOPP")
    }

    @Test("a name the recognizer took with its article is looked up without it before any word of it is read as a title")
    func nameWithArticle() throws {
        var document = try SharedAnalyzer.analyze("The Islamic State group claimed responsibility for the bombing.", published: Self.published)
        document.setEntities([try Self.span("The Islamic State group", .ORG, in: document)])
        try Resolver.english().process(&document)
        #expect(Self.referent(document, named: "Islamic State")?.code == "IMGMUSISI")
    }

    @Test("'Iran and its allies' are Iran's allies however the parser joined the two")
    func possessiveAfterAnd() throws {
        let document = try SharedAnalyzer.analyze(
            "Kirby said the United States had sent messages to Iran and its allies, including Lebanese Hezbollah.", published: Self.published)
        #expect(Self.referent(document, named: "its allies")?.code?.hasPrefix("IRN") == true)
    }
    @Test("a state's forces take the country the sentences before name most, not their subject's: Germany's protest over Iran's officials leaves Iran's security forces")
    func contextCountryNamedMost() throws {
        let document = try SharedAnalyzer.analyze("""
            Germany summoned Iran's ambassador in protest, and the European Union said it would impose new sanctions on Iranian officials.

            Security forces have killed at least 470 protesters since September, according to the rights group HRANA.
            """, published: Self.published, dateline: "DUBAI")
        #expect(Self.referent(document, named: "Security forces")?.code == "IRNMIL")
    }
    @Test("a state's role takes the dateline's country when the sentences before name it, however often they name another")
    func contextCountryOfDateline() throws {
        let document = try SharedAnalyzer.analyze("""
            Niger's military rulers ordered France's ambassador to leave the country on Friday and suspended exports of uranium to France, escalating a standoff with Paris.

            The junta said the ambassador had ignored an invitation to meet the new foreign minister.
            """, published: Self.published, dateline: "NIAMEY")
        #expect(Self.referent(document, named: "junta")?.code == "NERGOV")
    }

    @Test("a state's role 'of' a country is that country's: 'the governments of Argentina, Chile and Peru'")
    func roleOfCountry() throws {
        let document = try SharedAnalyzer.analyze(
            "The governments of Argentina, Chile and Peru refused to recognise Maduro's victory, and Caracas expelled their diplomats in response.",
            published: Self.published, dateline: "CARACAS")
        #expect(Self.referent(document, named: "governments")?.code == "ARGGOV")
    }

    @Test("a state's role another country calls on is not that country's own")
    func roleCalledOnIsAnothers() throws {
        let document = try SharedAnalyzer.analyze(
            "Venezuela's electoral council declared Maduro the winner. Brazil called on the electoral authorities to release the voting records.",
            published: Self.published)
        #expect(Self.referent(document, named: "authorities")?.code?.hasPrefix("VEN") == true)
    }

    @Test("a role serving someone named after 'to' takes their code and is named with them; a later 'the opposition' is not that person")
    func roleServingSomeone() throws {
        let document = try SharedAnalyzer.analyze(
            "Venezuelan security forces arrested a senior aide to opposition leader María Corina Machado early on Tuesday, the opposition said.",
            published: Self.published)
        let aide = try #require(Self.referent(document, named: "aide"))
        #expect(aide.code == "VENOPP")
        #expect(aide.name.hasSuffix("María Corina Machado"))
        #expect(!aide.mentions.contains { document.text(of: $0.tokens).contains("opposition said") || document.text(of: $0.tokens) == "the opposition" })
    }

    @Test("one of a role and several of it are different actors: 'a Palestinian protester' is not 'Palestinian protesters'")
    func oneAndSeveralOfARole() throws {
        let document = try SharedAnalyzer.analyze(
            "Israeli police arrested a Palestinian protester in Jerusalem. Palestinian protesters gathered outside the police station on Friday.",
            published: Self.published)
        let one = try #require(Self.referent(document, named: "Palestinian protester"))
        #expect(!one.mentions.contains { document.text(of: $0.tokens).hasSuffix("protesters") })
    }

    @Test("a post a person has left, named in apposition, does not code them: 'a former U.N. official'")
    func formerPostInApposition() throws {
        let document = try SharedAnalyzer.analyze(
            "Haiti's transitional council appointed Garry Conille, a former U.N. official, as prime minister last month.",
            published: Self.published)
        let conille = try #require(Self.referent(document, named: "Garry Conille"))
        #expect(conille.code != "IGOUNO")
        // The post still describes him: it is no actor of its own.
        #expect(!document.referents.contains { $0.code == "IGOUNO" })
    }

    @Test("'Congo' alone is the DR Congo, as the wires write it; the Republic of Congo keeps its own code")
    func congo() throws {
        let document = try SharedAnalyzer.analyze(
            "Congo's government accused Rwanda of backing the rebels. The Republic of Congo said it was concerned.", published: Self.published)
        #expect(Self.referent(document, named: "Congo's government")?.code == "CODGOV")
        #expect(Self.referent(document, named: "Republic of Congo")?.code == "COG")
    }

    @Test("a description naming a backer ('the Iran-backed group') takes up the group named before, not the backer")
    func backedGroup() throws {
        let document = try SharedAnalyzer.analyze(
            "Hezbollah fired rockets at Israel on Tuesday. The Iran-backed group said it targeted a base.", published: Self.published)
        let group = try #require(Self.referent(document, named: "Iran-backed group"))
        #expect(group.code == "LBNREB")
        let it = try #require(document.tokens.indices.first { document.text(of: $0) == "it" })
        #expect(group.mentions.contains { $0.tokens == it..<it + 1 })
    }

    @Test("a participle with an object of its own is no modifier of the noun after it")
    func clauseIsNoModifier() throws {
        let document = try SharedAnalyzer.analyze(
            "Though some considered him insane or eccentric, citizens of San Francisco celebrated his regal presence.", published: Self.published)
        #expect(!document.referents.contains { $0.mentions.contains { document.text(of: $0.tokens).contains("him insane") } })
    }

    @Test("'them' after coordinated people takes them up, not an earlier plural")
    func pluralPronounForCoordination() throws {
        let document = try SharedAnalyzer.analyze("""
            A U.N. report said 4,000 Rwandan soldiers were operating in Congo. \
            The United States imposed sanctions on a Rwandan general and an M23 spokesman on Thursday, accusing them of fuelling the conflict.
            """, published: Self.published)
        let them = try #require(document.tokens.indices.first { document.text(of: $0) == "them" })
        let referent = document.referents.first { $0.mentions.contains { $0.tokens == them..<them + 1 } }
        #expect(referent?.name.contains("general") == true)
    }

    @Test("a ministry is one part of its state, not the government named before it")
    func ministryIsNotTheGovernment() throws {
        let document = try SharedAnalyzer.analyze("""
            Georgian police fired tear gas at protesters after the government said it would suspend talks with the EU.

            The ministry said 43 people were detained.
            """, published: Self.published, dateline: "TBILISI")
        let ministry = try #require(Self.referent(document, named: "ministry"))
        #expect(!ministry.mentions.contains { document.text(of: $0.tokens).contains("government") })
    }

    @Test("an acting capital is a government that 'it' takes up; 'the group' takes up an international militant network")
    func capitalAndNetworkTakenUp() throws {
        let document = try SharedAnalyzer.analyze("""
            The European Union condemned the use of force against protesters. Washington said it was suspending its strategic partnership with Tbilisi.

            The Islamic State group claimed responsibility for the attack. The group accused the party of supporting the army.
            """, published: Self.published)
        let it = try #require(document.tokens.indices.first { document.text(of: $0) == "it" })
        #expect(document.referents.first { $0.mentions.contains { $0.tokens == it..<it + 1 } }?.code == "USAGOV")
        let group = try #require(document.tokens.indices.last { document.text(of: $0) == "group" })
        #expect(document.referents.first { $0.mentions.contains { $0.tokens.contains(group) } }?.code == "IMGMUSISI")
    }

    @Test("a person appointed 'as prime minister' holds the post, in the country of whoever appointed them")
    func appointedAsPost() throws {
        let document = try SharedAnalyzer.analyze(
            "Haiti's transitional council appointed Garry Conille as prime minister on Monday. Conille promised to restore order.",
            published: Self.published)
        #expect(Self.referent(document, named: "Garry Conille")?.code == "HTIGOV")
        #expect(!document.events.contains { document.text(of: $0.trigger) == "appointed" })
    }

    @Test("a definite nominal takes up one of its own head before any other of its code: 'the government … the ministry … the government'")
    func sameHeadFirst() throws {
        let document = try SharedAnalyzer.analyze("""
            Police fired tear gas at protesters after the government said it would suspend talks with the EU.

            The interior ministry said 43 people were detained. The president accused the government of declaring war on its own people.
            """, published: Self.published, dateline: "TBILISI")
        let government = try #require(document.tokens.indices.last { document.text(of: $0) == "government" })
        let referent = try #require(document.referents.first { $0.mentions.contains { $0.tokens.contains(government) } })
        #expect(referent.mentions.first.map { document.text(of: $0.tokens) } == "the government")
    }

    @Test("a role with 'no' names no one: 'had no authority'")
    func roleDeniedIsNoOne() throws {
        let document = try SharedAnalyzer.analyze(
            "France's foreign ministry said the putschists had no authority to make the request.", published: Self.published)
        #expect(!document.referents.contains { $0.mentions.contains { document.text(of: $0.tokens).contains("authority") } })
    }

    @Test("a name the recognizer cut after a possessive is widened over it: 'Tigray People's [Liberation Front]'")
    func nameWidenedPastPossessive() throws {
        let document = try SharedAnalyzer.analyze(
            "Tigray People's Liberation Front said it had made painful concessions to end the war.", published: Self.published)
        #expect(Self.referent(document, named: "Liberation Front")?.code == "ETHREB")
    }

    @Test("a ministry named in title case is its state's body, not a person called 'Defense' nor a place")
    func titleCaseMinistry() throws {
        let document = try SharedAnalyzer.analyze(
            "Somalia's Ministry of Defense said the attack was repelled. Iran's Foreign Ministry condemned it.", published: Self.published)
        #expect(Self.referent(document, named: "Ministry of Defense")?.code == "SOMMIL")
        #expect(Self.referent(document, named: "Foreign Ministry")?.code == "IRNGOV")
        #expect(!document.referents.contains { $0.type == .PER })
    }

    @Test("a state body the dictionary files under one country is the body of the country named before it")
    func stateBodyOfNamedCountry() throws {
        let document = try SharedAnalyzer.analyze(
            "South Korea's Joint Chiefs of Staff said the missile flew 400 km. Lebanon's Hezbollah denied any role.", published: Self.published)
        #expect(Self.referent(document, named: "Joint Chiefs of Staff")?.code == "KORMIL")
        #expect(Self.referent(document, named: "Hezbollah")?.code == "LBNREB")
    }

    @Test("a name the recognizer read as a place but whose head is an organisation's is that organisation, described whole")
    func placeNamedAsOrganisation() throws {
        let document = try SharedAnalyzer.analyze(
            "Yemen's Houthi militia said on Friday it had targeted a cargo ship in the Red Sea.", published: Self.published)
        let militia = try #require(Self.referent(document, named: "Houthi militia"))
        #expect(militia.code == "YEMREB")
        #expect(militia.type == .ORG)
    }

    @Test("a government post the text gives a person outranks a dictionary that files them in opposition; a former post does not")
    func currentPostOutranksStaleDictionary() throws {
        let current = try SharedAnalyzer.analyze(
            "Prime Minister Albin Kurti said about 30 armed men had barricaded themselves in a monastery.", published: Self.published)
        #expect(Self.referent(current, named: "Albin Kurti")?.code == "KSVGOV")
        let former = try SharedAnalyzer.analyze(
            "Former prime minister Albin Kurti said about 30 armed men had barricaded themselves in a monastery.", published: Self.published)
        #expect(Self.referent(former, named: "Albin Kurti")?.code == "KSVOPP")
    }

    @Test("of two countries named once each in its sentence, a state role takes the dateline's")
    func datelineBreaksSentenceTie() throws {
        let document = try SharedAnalyzer.analyze(
            "Gunmen ambushed a Kosovo police patrol near the border with Serbia early Sunday, killing one officer and wounding another.",
            published: Self.published, dateline: "PRISTINA")
        #expect(Self.referent(document, named: "one officer")?.code?.hasPrefix("KSV") == true)
    }

    @Test("a title-case body the recognizer missed takes the context country; a 'foreign' role takes none")
    func missedBodyAndForeignRole() throws {
        let document = try SharedAnalyzer.analyze(
            "Prime Minister Abdul Hamid Dbeibah praised the army. The Health Ministry said six people were killed. Libya has been split between rival administrations, each backed by armed groups and foreign governments.",
            published: Self.published)
        #expect(Self.referent(document, named: "Health Ministry")?.code == "LBYGOV")
        #expect(Self.referent(document, named: "foreign governments")?.code == "GOV")
    }

    @Test("an office speaks for whose it is; an office taken is no one")
    func officeTakesItsHoldersCode() throws {
        let document = try SharedAnalyzer.analyze(
            "Colombia's attorney general's office said it had opened an investigation. He took office in 2022.", published: Self.published)
        #expect(Self.referent(document, named: "attorney general's office")?.code == "COLGOV")
        #expect(!document.referents.contains { $0.mentions.contains { document.text(of: $0.tokens) == "office" } })
    }

    @Test("a role outside a quote takes no country from the quote's words; a junta is an organisation, not the spokesperson before it")
    func quotedCountryIsNoContext() throws {
        let document = try SharedAnalyzer.analyze(
            """
            France's foreign ministry said it regretted the decision. "We take note of the Burkinabe authorities' decision," a ministry spokesperson told reporters in Paris. The junta ordered French troops to leave the country last year.
            """, published: Self.published)
        #expect(Self.referent(document, named: "ministry spokesperson")?.code == "FRAGOV")
        let junta = try #require(Self.referent(document, named: "junta"))
        #expect(junta.type == .ORG)
        #expect(!junta.mentions.contains { document.text(of: $0.tokens).contains("spokesperson") })
    }

    @Test("'Security Council' ending another body's name joined by 'and' is not the UN's; its owner codes it, and two groups joined by 'and' stay two")
    func joinedBodyName() throws {
        let document = try SharedAnalyzer.analyze(
            "The African Union said it would convene an emergency meeting of its Peace and Security Council on Thursday.",
            published: Self.published)
        let council = try #require(Self.referent(document, named: "Security Council"))
        #expect(council.code == "IGOAFRAFU")
        #expect(!document.referents.contains { $0.code == "IGOUNO" })
        let parties = try SharedAnalyzer.analyze(
            "The governor pushed back against Republicans and Democrats who wanted to expand the program.", published: Self.published)
        #expect(!parties.referents.contains { $0.name.contains("Republicans and") })
    }

    @Test("a role set off before a name, or after it with whom it serves, codes the person: 'A spokesman for the military government, Hla Myo Tun,'; 'Jay Tarriela, a spokesman for the Philippine coast guard,'")
    func appositionServing() throws {
        #expect(try Self.code(of: "Hla Myo Tun", in:
            "A spokesman for the military government, Hla Myo Tun, denied that civilians had been targeted.") == "GOVMIL")
        #expect(try Self.code(of: "Tarriela", in:
            "Commodore Jay Tarriela, a spokesman for the Philippine coast guard, said the vessel suffered damage.") == "PHLMIL")
    }

    @Test("an unknown name before the organisation it names is one actor with the nominal's code; its members are not it")
    func unknownNamedOrganisation() throws {
        let gang = try SharedAnalyzer.analyze(
            "The Gran Grif gang claimed responsibility for the attack in a video.", published: Self.published)
        let named = try #require(Self.referent(gang, named: "Gran Grif"))
        #expect(named.code == "CRM")
        #expect(named.mentions.count == 2)
        let members = try SharedAnalyzer.analyze(
            "On September 29, Scientology officials went to the East Los Angeles sheriff's station.", published: Self.published)
        #expect(Self.referent(members, named: "Scientology").map { $0.mentions.count } != 2)
    }

    @Test("a post the agents do not list codes a person by the organisation it names, not by a nationality")
    func unlistedPostNamesOrganisation() throws {
        #expect(try Self.code(of: "Nicolet", in: "\"We are overwhelmed,\" said Claire Nicolet, MSF's emergency coordinator for Sudan.")
            == "NGOHLHMSF")
        #expect(try Self.code(of: "Whitman", in: "Walt Whitman, the first great American poet, wrote about the Civil War.") == nil)
    }
    @Test("'the health ministry' is the ministry named before, not the capital; a capital whose suburbs are meant is a place")
    func ministryIsNotTheCapital() throws {
        let document = try SharedAnalyzer.analyze(
            "An Israeli airstrike on Beirut's southern suburbs killed a Hezbollah commander, Lebanon's health ministry said. At least 28 people were wounded in the strike, the health ministry said.",
            published: Self.published)
        let ministry = try #require(Self.referent(document, named: "Lebanon's health ministry"))
        #expect(ministry.mentions.count == 2)
        #expect(Self.referent(document, named: "Beirut")?.code != "LBNGOV")
    }
    @Test("members of a body named by its role are the body's: 'three commanders of Sudan's paramilitary Rapid Support Forces'")
    func membersOfRoleNamedBody() throws {
        #expect(try Self.code(of: "three commanders", in:
            "Israel struck Lebanon on Monday. The United States imposed sanctions on three commanders of Sudan's paramilitary Rapid Support Forces.")
            == "SDNREB")
    }
    @Test("a secretary general is no general, and a police commander is police")
    func secretaryGeneralAndPoliceCommander() throws {
        #expect(try Self.code(of: "John Mnyika", in: "\"This is a blatant attempt to silence the opposition,\" Chadema secretary general John Mnyika said.")
            .map { $0.hasSuffix("MIL") } != true)
        #expect(try Self.code(of: "Marco Chilya", in: "Regional police commander Marco Chilya said Lissu had been arrested for inciting the public.") == "COP")
    }
}
