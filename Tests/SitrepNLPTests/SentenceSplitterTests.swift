import Foundation
import SitrepText
import Testing

@testable import SitrepNLP

/// The sentences of `text`, each as the text its tokens cover.
private func sentences(_ text: String) -> [String] {
    var document = Document(text: text)
    Segmenter().process(&document)
    return document.sentences.map { document.text(of: $0) }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("abbreviations end a sentence only before a word that starts one", arguments: [
        ("He lives in the U.S. The Pentagon said so.", ["He lives in the U.S.", "The Pentagon said so."]),
        ("U.S. forces left. They returned.", ["U.S. forces left.", "They returned."]),
        ("Mr. Smith met Gen. Milley at 5 p.m. on Monday.", ["Mr. Smith met Gen. Milley at 5 p.m. on Monday."]),
        ("He left at 5 p.m. The meeting ended.", ["He left at 5 p.m.", "The meeting ended."]),
        ("They met Apple Inc. executives.", ["They met Apple Inc. executives."]),
        ("J. Edgar Hoover ran the FBI.", ["J. Edgar Hoover ran the FBI."]),
        ("Lt. Col. Ames spoke.", ["Lt. Col. Ames spoke."]),
        ("No. 10 Downing Street said no. It declined.", ["No. 10 Downing Street said no.", "It declined."]),
    ])
    func abbreviations(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("numbers, decimals and times do not end sentences", arguments: [
        ("It rose 3.5 percent at 10:30 on Monday.", ["It rose 3.5 percent at 10:30 on Monday."]),
        ("Over 1,400 died. Most were civilians.", ["Over 1,400 died.", "Most were civilians."]),
        ("It was 12.5% in 2023. Then it fell.", ["It was 12.5% in 2023.", "Then it fell."]),
    ])
    func numbers(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("closing quotes and brackets stay with the sentence they close", arguments: [
        ("\"We will respond,\" Biden said. Iran denied it.", ["\"We will respond,\" Biden said.", "Iran denied it."]),
        ("He said: \"Stop.\" Then he left.", ["He said: \"Stop.\"", "Then he left."]),
        ("“Stop!” he shouted.", ["“Stop!” he shouted."]),
        ("(See below.) The plan failed.", ["(See below.)", "The plan failed."]),
        ("He was born in 1788. [17] He died young.", ["He was born in 1788. [17]", "He died young."]),
        ("Is it? Yes. It is!", ["Is it?", "Yes.", "It is!"]),
        ("Great food! :) Will come back.", ["Great food! :)", "Will come back."]),
    ])
    func quotesAndBrackets(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("line breaks: blank lines always split, headlines and bullets split, wrapped lines do not", arguments: [
        ("Headline Without Period\n\nBody text here.", ["Headline Without Period", "Body text here."]),
        ("WASHINGTON\nThe president spoke.", ["WASHINGTON", "The president spoke."]),
        ("• First item\n• Second item", ["• First item", "• Second item"]),
        ("1. First step\n2. Second step", ["1. First step", "2. Second step"]),
        ("The line\nwraps here.", ["The line\nwraps here."]),
        ("first paragraph without end\n\nsecond one", ["first paragraph without end", "second one"]),
        ("One.\r\nTwo.\r\n\r\nThree.", ["One.", "Two.", "Three."]),
    ])
    func lineBreaks(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("a sentence-final 'etc.' is split as UD writes it")
    func finalAbbreviation() {
        var document = Document(text: "Guns, tanks, etc. The list goes on.")
        Segmenter().process(&document)
        #expect(document.tokens.indices.map { document.text(of: $0) }
                == ["Guns", ",", "tanks", ",", "etc", ".", "The", "list", "goes", "on", "."])
        #expect(document.sentences == [0..<6, 6..<11])
        #expect(document.invariantViolations() == [])
    }

    /// The sample article's body: after the "WASHINGTON - " dateline, up to the disclaimer.
    private static func sampleBody() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = root.appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(text.range(of: "WASHINGTON - ")).upperBound
        let end = try #require(text.range(of: "The views expressed")).lowerBound
        return text[start..<end].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("every sentence boundary of the sample article is right")
    func sampleArticle() throws {
        let expected = [
            "In a rare message, President Joe Biden has issued a warning to Iranian Supreme Leader Ayatollah Ali Khamenei, cautioning Tehran against targeting U.S. personnel in the Middle East, the White House announced on Thursday.",
            "This comes in the wake of a series of attacks on American forces in the region.",
            "White House spokesman John Kirby confirmed that a direct message had been relayed to Ayatollah Khamenei but declined to provide further details.",
            "The Iranian mission to the United Nations has yet to respond to the message.",
            "Amid mounting concerns about escalating tensions in the Middle East, U.S. officials are keen to avoid a broader conflict.",
            "This comes after a deadly attack by the militant Hamas group on Israel earlier this month, which resulted in the loss of over 1,400 lives, predominantly civilians.",
            "To enhance air defenses and safeguard U.S. personnel, the Pentagon revealed that approximately 900 additional U.S. troops have either been deployed to or are en route to the region.",
            "This decision comes in response to an uptick in attacks by Iran-affiliated groups.",
            "Over the past week, U.S. forces have been targeted 12 times in Iraq and four times in Syria, according to the Pentagon.",
            "President Biden publicly reiterated his warning to the Iranian Supreme Leader, emphasizing that the United States would retaliate should U.S. forces continue to be targeted.",
            "However, he did not disclose the method through which the message was delivered.",
            "\"While my warning to the Ayatollah was that we will respond if they continue to target our troops, this has nothing to do with Israel,\" President Biden stated in a press conference.",
            "In response to the President's statement, an aide to Iran's President Ebrahim Raisi disputed Biden's account.",
            "Mohammad Jamshidi, a Raisi aide, claimed on social media that the U.S. messages were not addressed to the Iranian Supreme Leader and were merely requests from Iran.",
            "He called for President Biden's team to produce the text of the messages for verification.",
            "Additionally, an unnamed source cited by Iran's state news agency, IRNA, revealed that the United States had sent messages to Iran and its allies, including Lebanese Hezbollah, explicitly stating that they did not seek to expand the ongoing conflict and urging restraint.",
            "\"The United States cannot both provide military support to Israel and manage the war while issuing political messages opposing its escalation,\" the unnamed source stated, noting that Iran's allies operate independently and are not bound by Tehran's directives.",
            "Israel, in response to the Hamas attack, has vowed to eliminate the militant group and has conducted airstrikes on Gaza while imposing a siege.",
            "A ground invasion is also being prepared.",
            "On Thursday, Iran's Foreign Minister Hossein Amirabdollahian addressed the United Nations, warning that if Israel's retaliatory actions against Hamas do not cease, the United States will not be spared from the consequences.",
            "It is worth noting that Iran's projection of power often involves arming and funding various militant groups, including Hezbollah in Lebanon, Hamas in Gaza, the Houthis in Yemen, and Shiite militias in Iraq.",
            "In the past, the U.S. military carried out targeted airstrikes against Iran-aligned groups following a drone attack that killed an American contractor, injured another, and harmed five U.S. troops in Syria on March 23.",
        ]
        #expect(sentences(try Self.sampleBody()) == expected)
    }
}
