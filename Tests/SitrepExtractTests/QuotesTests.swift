import SitrepExtract
import SitrepTestSupport
import SitrepText
import Testing

@Suite("Quote scanner")
struct QuoteScannerTests {
    let scanner = QuoteScanner()

    func texts(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scanner.passages(in: text).map { String(String.UnicodeScalarView(scalars[$0.content])) }
    }

    @Test("straight, curly and guillemet quotes; apostrophes and inch marks are no quote marks")
    func marks() {
        #expect(texts(#""We won't stop," he said."#) == ["We won't stop,"])
        #expect(texts("“We will respond,” Biden said.") == ["We will respond,"])
        #expect(texts("Il a dit « non » hier.") == [" non "])
        #expect(texts(#"A 5" screen, they said, isn't "big"."#) == ["big"])
    }

    @Test("single curly quotes when a text has no double marks; apostrophes inside stay words")
    func singleMarks() {
        #expect(texts("‘We don’t negotiate,’ the minister said.") == ["We don’t negotiate,"])
        #expect(texts("He called it “madness” and said ‘no’.") == ["madness"])
    }

    @Test("a quote over paragraphs: an opening mark at each paragraph start, one closing mark at the end")
    func paragraphs() {
        let passages = scanner.passages(in: "\"First part.\n\n\"Second part,\" she said.")
        #expect(passages.count == 2)
        #expect(passages[0].isClosed == false)
        #expect(passages[1].continues == 0)
        #expect(passages[1].isClosed)
    }

    @Test("a curly mark typed the wrong way round still closes the quote")
    func misdirectedCurly() {
        #expect(texts("He said, “I am deeply disappointed.“ However, the seats stay.") == ["I am deeply disappointed."])
    }

    @Test("1,001 quote marks: 500 quotes, and the odd mark left open without error")
    func oddMarks() {
        let text = String(repeating: "\"a\" ", count: 500) + "\""
        let passages = scanner.passages(in: text)
        #expect(passages.count == 500)
        #expect(passages.allSatisfy { $0.isClosed })
    }

    @Test("a quote of 20,000 characters is one passage")
    func longQuote() {
        let body = String(repeating: "word ", count: 4_000)
        let passages = scanner.passages(in: "He said: \"\(body)\" and left.")
        #expect(passages.count == 1)
        #expect(passages.first?.content.count == 20_000)
    }

    @Test("a quote that never closes ends with its paragraph, or with the text")
    func neverCloses() {
        let text = "He said \"this never ends.\n\nNext paragraph has no marks."
        let passages = scanner.passages(in: text)
        #expect(passages.count == 1)
        #expect(passages.first?.isClosed == false)
        #expect(texts(text) == ["this never ends."])
        #expect(texts("She said \"and on and on") == ["and on and on"])
    }
}

@Suite("Quotes")
struct QuotesTests {
    func quotes(_ text: String) throws -> [(kind: Quote.Kind, speaker: String, cue: String, content: String)] {
        let document = try SharedAnalyzer.analyze(text)
        return document.quotes.map { quote in
            let speaker = quote.speaker.referent.map { document.referents[$0].name }
                ?? quote.speaker.tokens.map { document.text(of: $0) } ?? ""
            return (quote.kind, speaker, quote.cue.map { document.text(of: $0) } ?? "", document.text(of: quote.content))
        }
    }

    @Test("attribution after a quote, with the speaker's title")
    func attributionAfter() throws {
        let found = try quotes("\"While my warning was that we will respond, this has nothing to do with Israel,\" President Biden stated in a press conference.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker.contains("Biden") == true)
        #expect(found.first?.cue == "stated")
        #expect(found.first?.content == "While my warning was that we will respond, this has nothing to do with Israel,")
    }

    @Test("attribution before a quote, after a colon; and in the middle of a quote")
    func attributionBeforeAndMiddle() throws {
        let before = try quotes("Kirby told reporters on Monday: \"The message was delivered directly.\"")
        #expect(before.count == 1 && before.first?.speaker.contains("Kirby") == true)
        let middle = try quotes("\"We are ready,\" the minister said, \"and we will not back down from this fight.\"")
        #expect(middle.filter { $0.kind == .direct }.map(\.speaker) == ["the minister", "the minister"])
    }

    @Test("a described source keeps its words and the outlet it came through, also when mentioned again")
    func describedSource() throws {
        let document = try SharedAnalyzer.analyze("""
            An unnamed source cited by Iran's state news agency, IRNA, revealed that the United States had sent messages to Iran.

            "The United States cannot both arm Israel and manage the war," the unnamed source stated.
            """)
        let speakers = document.quotes.map { $0.speaker }
        #expect(speakers.compactMap { $0.tokens.map { document.text(of: $0) } }.contains("the unnamed source"))
        #expect(speakers.count == 2)
        #expect(speakers.allSatisfy { $0.referent == nil && $0.via.map { document.referents[$0].name } == "IRNA" })
        let told = try SharedAnalyzer.analyze("A senior official told Reuters that the talks had failed.")
        #expect(told.quotes.first?.speaker.via.map { told.referents[$0].name } == "Reuters")
    }

    @Test("reported speech: a reporting verb's content clause, 'according to', and a clause the verb follows")
    func indirect() throws {
        let confirmed = try quotes("White House spokesman John Kirby confirmed that a direct message had been relayed to Ayatollah Khamenei.")
        #expect(confirmed.first?.content == "a direct message had been relayed to Ayatollah Khamenei")
        #expect(confirmed.first?.speaker.contains("Kirby") == true)
        let according = try quotes("Over the past week, U.S. forces have been targeted 12 times in Iraq, according to the Pentagon.")
        #expect(according.first?.cue == "according to")
        #expect(according.first?.speaker.contains("Pentagon") == true)
        #expect(according.first?.content == "Over the past week, U.S. forces have been targeted 12 times in Iraq")
        let account = try quotes("By the ministry's account, the convoy was hit by two rockets near the border.")
        #expect(account.first?.cue == "By the ministry's account")
        #expect(account.first?.speaker == "the ministry")
    }

    @Test("a pronoun speaker is the person mentioned last")
    func pronoun() throws {
        let document = try SharedAnalyzer.analyze("Mohammad Jamshidi spoke on television. He said the messages were merely requests from Iran.")
        let quote = try #require(document.quotes.first)
        let name = quote.speaker.referent.map { document.referents[$0].name } ?? quote.speaker.tokens.map { document.text(of: $0) }
        #expect(name?.contains("Jamshidi") == true)
    }

    @Test("unbalanced marks through the whole pipeline: the closed quote is attributed, the open one recovered")
    func unbalanced() throws {
        let document = try SharedAnalyzer.analyze("""
            "We will not leave," the commander said. He added "" and then "this war will end soon

            The army said that "the town is calm.
            """)
        let direct = document.quotes.filter { $0.kind == .direct }
        #expect(direct.first.map { document.text(of: $0.content) } == "We will not leave,")
        #expect(direct.first?.speaker.tokens.map { document.text(of: $0) } == "the commander")
        #expect(document.quotes.allSatisfy { !$0.content.isEmpty })
    }

    @Test("a trailing ', <noun phrase> <reporting verb> <complements>.' attributes the clause before the comma, once")
    func trailingAttribution() throws {
        let statement = try quotes(
            "Armed men abducted at least 14 passengers from a bus near the northern highway on Friday, the regional governor's office said in a statement.")
        #expect(statement.count == 1)
        #expect(statement.first?.content == "Armed men abducted at least 14 passengers from a bus near the northern highway on Friday")
        #expect(statement.first?.speaker == "the regional governor's office")
        let reporters = try quotes("The two sides agreed to resume talks next month in Geneva, the European Union's trade commissioner told reporters after the meeting.")
        #expect(reporters.map(\.speaker) == ["the European Union's trade commissioner"])
        let direct = try quotes("\"We will not give up,\" the mayor said. Rescue teams were still searching for survivors, the mayor said.")
        #expect(direct.map(\.kind) == [.direct, .indirect])
        let adding = try quotes(
            "Heavy rain flooded dozens of homes in the capital overnight, the city council said on Tuesday, adding that schools would stay closed.")
        #expect(adding.map(\.content) == ["Heavy rain flooded dozens of homes in the capital overnight", "schools would stay closed"])
        #expect(adding.allSatisfy { $0.speaker == "the city council" })
    }

    @Test("a participle's speaker is the person a possessive title names, not the possessor country")
    func possessiveTitle() throws {
        let found = try quotes("Mali's Prime Minister Choguel Maiga rejected the report on Wednesday, saying that the French army had armed the rebels.")
        #expect(found.first { $0.cue == "saying" }?.speaker.contains("Maiga") == true)
    }

    @Test("words quoted inside the same speaker's reported speech stay part of it")
    func embeddedQuote() throws {
        let document = try SharedAnalyzer.analyze(
            "Foreign Minister Ahmed Attaf said that Paris had \"no lessons to give\" to the capital and that Algeria would defend its sovereignty.")
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.kind == .indirect)
        #expect(document.claims.count == 1)
    }

    @Test("'according to the statement' is said by whoever made the statement mentioned before")
    func accordingToTheStatement() throws {
        let document = try SharedAnalyzer.analyze("""
            Gunmen killed at least nine soldiers near the border on Sunday, the army said in a statement. \
            The attackers also burned several vehicles, according to the statement.
            """)
        let sourced = try #require(document.quotes.first { $0.cue.map { document.text(of: $0) } == "according to" })
        #expect(sourced.speaker.referent.map { document.referents[$0].name.lowercased() } == "the army")
    }

    @Test("a content clause after 'in a statement', and a source phrase opening the sentence, are reported speech")
    func statementClauseAndOpeningSource() throws {
        let document = try SharedAnalyzer.analyze("""
            The ministry said in a statement that 15 people had been killed. \
            According to local officials, the fighting forced thousands to flee.
            """)
        let contents = document.quotes.map { document.text(of: $0.content) }
        #expect(contents.contains("15 people had been killed"))
        #expect(contents.contains { $0.hasPrefix("the fighting forced thousands") })
    }

    @Test("a nickname in quote marks is no quote, and 'said in a video … that' reports the clause however it was parsed")
    func nicknameAndVideo() throws {
        let document = try SharedAnalyzer.analyze(
            #"Gang leader Jimmy Chérizier, known as "Barbecue", said in a video posted on social media that his coalition would fight any foreign force."#)
        #expect(document.quotes.map { document.text(of: $0.content) } == ["his coalition would fight any foreign force"])
        #expect(document.quotes.first?.kind == .indirect)
    }

    @Test("a report or figures speak for who made them: 'a report by U.N. experts', 'according to U.N. figures'")
    func authorsOfReports() throws {
        let document = try SharedAnalyzer.analyze(
            "The war has killed more than 20,000 people, according to U.N. figures. A report by U.N. experts said 4,000 Rwandan soldiers were in Congo.")
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.speaker.referent.map { document.referents[$0].code } == "IGOUNO" })
    }

    @Test("'we' inside a direct quote is the speaker, and acts as the speaker in the events it takes part in")
    func firstPersonInQuote() throws {
        let document = try SharedAnalyzer.analyze("""
            "We will strike back at the militants," Israeli Prime Minister Benjamin Netanyahu said on Sunday.
            """, published: EventsTests.published)
        let speaker = try #require(document.quotes.first?.speaker.referent)
        #expect(document.referents[speaker].mentions.contains { document.text(of: $0.tokens) == "We" })
        let strike = try #require(document.events.first { document.text(of: $0.trigger) == "strike" })
        #expect(strike.source?.referent == speaker)
    }

    @Test("an attribution in mid-sentence reports the clause before it, not the 'as' clause after it")
    func attributionBeforeAdverbialClause() throws {
        let document = try SharedAnalyzer.analyze(
            "Ukrainian drones struck a Russian air base in the Krasnodar region overnight, Ukraine's military said on Wednesday, as peace talks in Istanbul stalled.")
        let quote = try #require(document.quotes.first)
        #expect(document.text(of: quote.content).hasPrefix("Ukrainian drones struck"))
        #expect(quote.speaker.referent.map { document.referents[$0].name } == "Ukraine's military")
    }

    @Test("an attribution in mid-sentence reports the clause before it, not a clause of time after it")
    func attributionBeforeTimeClause() throws {
        let document = try SharedAnalyzer.analyze(
            "China deployed dozens of warplanes and warships around Taiwan on Sunday, Taiwan's defence ministry said, a day after President Lai Ching-te returned from a trip that included stops in Hawaii and Guam.")
        let quote = try #require(document.quotes.first)
        #expect(document.text(of: quote.content).hasPrefix("China deployed"))
    }

    @Test("an attribution in mid-sentence reports the clause before it, not a phrase after it")
    func attributionBeforePrepositionalPhrase() throws {
        let document = try SharedAnalyzer.analyze(
            "Russia launched 120 drones and 10 missiles at Ukraine overnight, Ukraine's air force said Tuesday, in one of the largest attacks in weeks.")
        let quote = try #require(document.quotes.first)
        #expect(document.text(of: quote.content).hasPrefix("Russia launched 120 drones"))
    }

    @Test("'he said' after a quote is the person of the sentence before, not the person an earlier 'he' named")
    func pronounSpeakerIsTheLatestPerson() throws {
        let document = try SharedAnalyzer.analyze("""
            "We will not accept any deal that leaves Russian troops on our territory," Zelenskyy told reporters in Kyiv on Monday.

            He added that Ukraine needed security guarantees from its Western partners.

            Kremlin spokesman Dmitry Peskov dismissed the remarks. "The Kyiv regime is not interested in peace," he said.
            """)
        let quote = try #require(document.quotes.first { document.text(of: $0.content).hasPrefix("The Kyiv regime") })
        #expect(quote.speaker.referent.map { document.referents[$0].name } == "Dmitry Peskov")
    }

    @Test("'according to' after a relative pronoun sources the relative clause, not the sentence")
    func accordingToInRelativeClause() throws {
        let document = try SharedAnalyzer.analyze(
            "We get over 14 million unique visitors per month, which according to Quantcast makes us the 135th most popular site in the US.")
        let quote = try #require(document.quotes.first)
        #expect(document.text(of: quote.content).hasPrefix("makes us the 135th"))
    }
    @Test("quoted words inside reported speech are the reporter's, not those of the verb beside them")
    func quotedWordsInsideReportedSpeech() throws {
        let found = try quotes(
            "Whitmore told LA Weekly that Montalvo \"walked into the lobby of the station and turned himself in\", and told the police everything he did.")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.speaker.contains("Whitmore") })
    }

    @Test("reported speech ending in quoted words keeps their closing mark")
    func reportedSpeechKeepsClosingMark() throws {
        let found = try quotes("The minister said the plan was \"dead on arrival\" and rejected it.")
        #expect(found.map(\.content) == ["the plan was \"dead on arrival\""])
    }

    @Test("a title and name parsed under a nationality adjective name the person as speaker")
    func nationalityBeforeTitleIsNoSpeaker() throws {
        let found = try quotes(
            "Azerbaijani President Ilham Aliyev blamed Yerevan for the escalation and said Armenia must sign a peace agreement.")
        #expect(found.map(\.speaker) == ["Ilham Aliyev"])
    }
    @Test("'\"…,\" said X' names X even when the parse hangs the verb on a word of the quote")
    func invertedAttributionAfterQuote() throws {
        let found = try quotes(
            "\"This moment is not the end of the peace process, but the beginning of it,\" said former Nigerian President Olusegun Obasanjo, the AU's envoy.")
        #expect(found.map(\.speaker) == ["Olusegun Obasanjo"])
    }

    @Test("a closing attribution whose subject the parse hung on the clause before still names the speaker")
    func closingAttributionWithLostSubject() throws {
        let found = try quotes(
            "Militants attacked a military base early Tuesday, detonating a car bomb at its gate before gunmen stormed the compound, officials and residents said.")
        #expect(found.map(\.speaker) == ["officials"])
        #expect(found.first?.content.hasPrefix("Militants attacked") == true)
    }

    @Test("what is said keeps its subject parsed as the reporting verb's object, and a conjunct that shares its perfect")
    func reportKeepsSubjectAndConjunctSharingPerfect() throws {
        let found = try quotes(
            "Somalia's Ministry of Defense said government forces, backed by African Union troops, had repelled the attack and killed 23 militants.")
        #expect(found.map(\.content) == ["government forces, backed by African Union troops, had repelled the attack and killed 23 militants"])
    }

    @Test("a closing attribution parsed as a conjunct with its listener ('…, an army officer told The Associated Press') reports the clause before it")
    func closingAttributionWithListener() throws {
        let found = try quotes(
            "At least 17 soldiers were killed and dozens wounded in the assault on the base near the town of Adan Yabaal, a Somali army officer told The Associated Press, speaking on condition of anonymity because he was not authorized to talk to reporters.")
        #expect(found.first?.speaker.contains("officer") == true)
        #expect(found.first?.content.hasPrefix("At least 17 soldiers were killed") == true)
    }

    @Test("a closing attribution with an apposition names the organisation, and a speaker is never looked for in the next sentence")
    func closingAttributionWithApposition() throws {
        let found = try quotes(
            "At least 18 people have been killed since the protests began in late October, the Centre for Democracy and Human Rights (CDD), a local rights group, said. Police spokesman Leonel Muchina said officers had acted to restore order.")
        let first = try #require(found.first)
        #expect(first.content.hasPrefix("At least 18 people"))
        #expect(first.speaker.contains("Centre"))
    }

    @Test("'according to' inside a relative clause between commas sources that clause, not what the sentence says after it")
    func accordingToEndsWithItsRelativeClause() throws {
        let found = try quotes(
            "Opposition candidate Venancio Mondlane, who came second according to official results, says the vote was rigged in favour of the ruling party's candidate.")
        #expect(found.map(\.speaker) == ["Venancio Mondlane"])
    }

    @Test("words quoted as what someone called something are theirs, and a description of a word or two is no quote")
    func describedInQuotes() throws {
        let found = try quotes(
            "Prime Minister Shigeru Ishiba told reporters Tokyo had lodged a protest. The launch came days after North Korea tested its newest missile, the Hwasong-19, which state media called \"the world's strongest strategic missile\".")
        #expect(found.last?.speaker == "state media")
        let bishop = try quotes(
            "The secretary general, Nunzio Galantino, has called the sentence \"dangerous\" and \"ideological\":\n\n\"We face a dangerous sentence. Who takes the decisions, do it with less ideology.\"")
        #expect(bishop.map(\.speaker) == ["Nunzio Galantino"])
        #expect(try quotes("Rwanda's government spokesperson Yolande Makolo called the report \"absurd\".").isEmpty)
    }

    @Test("a pronoun naming a quote's speaker is never someone the quoted words mention")
    func speakerPronounSkipsQuotedPeople() throws {
        let found = try quotes(
            "Kaduna state governor Uba Sani visited the town and told parents that security forces had been deployed to rescue the children. \"We will ensure that every child is brought back home safely,\" he said.")
        #expect(found.last?.speaker == "Uba Sani")
    }

    @Test("a relative clause between the speaker and 'said' is no quote: 'The official, who spoke on condition of anonymity …, said …'")
    func relativeClauseBeforeSaid() throws {
        let found = try quotes(
            "The official, who spoke on condition of anonymity because he was not authorized to comment publicly, said the attack was carried out by the SBU security service.")
        #expect(found.map(\.content) == ["the attack was carried out by the SBU security service"])
        #expect(found.first?.speaker == "The official")
    }

    @Test("an organisation's title before a name the parser split off as a second subject names the person: 'Hamas official Osama Hamdan said'")
    func titleSplitFromSpeaker() throws {
        let found = try quotes("Hamas official Osama Hamdan said the group was studying the offer and accused Israel of stalling.")
        #expect(found.first?.speaker == "Osama Hamdan")
    }

    @Test("'said in a statement read on state television that …' reports the 'that' clause, not the statement")
    func statementReadOnTelevision() throws {
        let found = try quotes(
            "The foreign ministry said in a statement read on state television that Ambassador Sylvain Itte had ignored an invitation to meet the new authorities.")
        #expect(found.map(\.content) == ["Ambassador Sylvain Itte had ignored an invitation to meet the new authorities"])
    }
    @Test("a hyphenated country name leaves the sentence whole: the speaker of 'Army officers in Guinea-Bissau said' is the officers, not the capital")
    func hyphenatedCountryInSpeaker() throws {
        let found = try quotes(
            "Army officers in Guinea-Bissau said on Wednesday they had seized power, dissolved the government and detained President Umaro Sissoco Embalo.")
        #expect(found.first?.speaker == "Army officers")
    }

    @Test("a question left open is no one's claim: 'did not say whether it would retaliate'")
    func questionLeftOpen() throws {
        let found = try quotes("Hezbollah confirmed his death in a statement but did not say whether it would retaliate.")
        #expect(!found.contains { $0.content.contains("retaliate") })
    }
    @Test("the rest of a body's name after 'for' joins it: 'the International Organization for Migration said'")
    func bodyNameAfterFor() throws {
        let found = try quotes("More than 6,000 people fled the town after the attack, the International Organization for Migration said.")
        #expect(found.first?.speaker == "International Organization for Migration")
    }

    @Test("a time the parser made a subject is no speaker: '…, on Sunday, a spokesman for the opposition National Unity Government said'")
    func timeIsNoSpeaker() throws {
        let found = try quotes(
            "A Myanmar military air strike on a village in the central Sagaing region killed at least 30 civilians, including children, on Sunday, a spokesman for the opposition National Unity Government said.")
        #expect(found.count == 1)
        #expect(found.first?.speaker != "Sunday")
    }
    @Test("what was said keeps its subject when the parser made it the reporting verb's second subject: 'said the man, Mohammad Ghobadlou, had been tortured'")
    func contentSubjectParsedAsSecondSubject() throws {
        let found = try quotes("Rights groups said the man, Mohammad Ghobadlou, had been tortured into confessing and had not received a fair trial.")
        #expect(found.first?.content.hasPrefix("the man, Mohammad Ghobadlou, had been tortured") == true)
    }

    @Test("what follows the reporting verb is what was said, not a participle before its subject: 'Norway-based Iran Human Rights said Iran had executed …'")
    func contentAfterVerbOverParticipleBefore() throws {
        let found = try quotes("Norway-based Iran Human Rights said Iran had executed more than 1,000 people this year.")
        #expect(found.map(\.content) == ["Iran had executed more than 1,000 people this year"])
    }
}
