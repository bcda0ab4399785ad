import Foundation
import SitrepText
import Testing

@testable import SitrepNLP

/// The tokens of `text` as strings, cut by their UTF-8 offsets.
private func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer().tokenize(text).map { String(decoding: bytes[$0.utf8], as: UTF8.self) }
}

/// A segmented document whose invariants the caller checks.
private func segmented(_ text: String) -> Document {
    var document = Document(text: text)
    Segmenter().process(&document)
    return document
}

/// The problems with a document's offsets: token text by scalar offsets must equal token text
/// by UTF-8 offsets, and no token may be empty or hold whitespace.
private func offsetProblems(_ document: Document) -> [String] {
    var problems = document.invariantViolations()
    let scalars = Array(document.text.unicodeScalars)
    for (index, token) in document.tokens.enumerated() {
        var byScalars = String.UnicodeScalarView()
        byScalars.append(contentsOf: scalars[token.scalars])
        let byBytes = document.text(of: index)
        if String(byScalars) != byBytes { problems.append("token \(index): '\(byBytes)' ≠ '\(String(byScalars))'") }
        if byBytes.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            problems.append("token \(index) holds whitespace")
        }
    }
    return problems
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("clitics split into UD's syntactic words", arguments: [
        ("Don't go", ["Do", "n't", "go"]),
        ("Iran's move", ["Iran", "'s", "move"]),
        ("Iran’s move", ["Iran", "’s", "move"]),
        ("It can't and won't", ["It", "ca", "n't", "and", "wo", "n't"]),
        ("they're, we've, I'll, I'd, I'm", ["they", "'re", ",", "we", "'ve", ",", "I", "'ll", ",", "I", "'d", ",", "I", "'m"]),
        ("I cannot", ["I", "can", "not"]),
        ("gonna win", ["gon", "na", "win"]),
        ("the parents' car", ["the", "parents", "'", "car"]),
        ("tell 'em in '72", ["tell", "'em", "in", "'72"]),
    ])
    func clitics(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("a multiword token's words have offsets inside the surface token")
    func multiwordOffsets() {
        let tokens = Tokenizer().tokenize("don't")
        #expect(tokens.map(\.scalars) == [0..<2, 2..<5])
        #expect(tokens.map(\.utf8) == [0..<2, 2..<5])
    }

    @Test("abbreviations and initials keep their periods", arguments: [
        ("U.S. forces", ["U.S.", "forces"]),
        ("Mr. Smith and Mrs. Jones", ["Mr.", "Smith", "and", "Mrs.", "Jones"]),
        ("Lt. Col. Ames met Gen. Milley", ["Lt.", "Col.", "Ames", "met", "Gen.", "Milley"]),
        ("J. Edgar Hoover", ["J.", "Edgar", "Hoover"]),
        ("at 5 a.m. on Oct. 7", ["at", "5", "a.m.", "on", "Oct.", "7"]),
        ("e.g. this, i.e. that", ["e.g.", "this", ",", "i.e.", "that"]),
        ("No. 10 Downing Street", ["No.", "10", "Downing", "Street"]),
        ("he said no.", ["he", "said", "no", "."]),
        ("Apple Inc., he said", ["Apple", "Inc.", ",", "he", "said"]),
        ("the end.", ["the", "end", "."]),
    ])
    func abbreviations(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("numbers stay whole; units and percent signs split", arguments: [
        ("over 1,400 lives", ["over", "1,400", "lives"]),
        ("3.5 percent", ["3.5", "percent"]),
        ("rose 12%.", ["rose", "12", "%", "."]),
        ("a $4bn deal", ["a", "$", "4", "bn", "deal"]),
        ("at 5pm or 10:30", ["at", "5", "pm", "or", "10:30"]),
        ("in the 1990s", ["in", "the", "1990s"]),
        ("call 713-853-3989", ["call", "713-853-3989"]),
        ("on 9/11 and 11/28/2000", ["on", "9/11", "and", "11/28/2000"]),
        ("from 1969-1970", ["from", "1969", "-", "1970"]),
        ("£20 and €3.50", ["£", "20", "and", "€", "3.50"]),
    ])
    func numbers(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("URLs, e-mail addresses, handles and hashtags stay whole", arguments: [
        ("see https://example.com/a?b=c.", ["see", "https://example.com/a?b=c", "."]),
        ("(www.example.org/page)", ["(", "www.example.org/page", ")"]),
        ("mail john.doe@example.co.uk.", ["mail", "john.doe@example.co.uk", "."]),
        ("@POTUS said", ["@POTUS", "said"]),
        ("#IStandWithAhmed, he wrote", ["#IStandWithAhmed", ",", "he", "wrote"]),
        ("whitehouse.gov.", ["whitehouse.gov", "."]),
    ])
    func wholeTokens(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("quotes, brackets, dashes and ellipses split", arguments: [
        ("\"Stop,\" he said.", ["\"", "Stop", ",", "\"", "he", "said", "."]),
        ("“Stop,” he said.", ["“", "Stop", ",", "”", "he", "said", "."]),
        ("‘No’ (really)", ["‘", "No", "’", "(", "really", ")"]),
        ("war—and peace", ["war", "—", "and", "peace"]),
        ("wait -- no", ["wait", "--", "no"]),
        ("pages 1–2", ["pages", "1", "–", "2"]),
        ("wait... what?!", ["wait", "...", "what", "?!"]),
        ("wait…what", ["wait", "…", "what"]),
        ("account(s)", ["account", "(", "s", ")"]),
        ("fine :-)", ["fine", ":-)"]),
        ("\"Don't,\" said Gen. Smith (U.S.-based).",
         ["\"", "Do", "n't", ",", "\"", "said", "Gen.", "Smith", "(", "U.S.", "-", "based", ")", "."]),
    ])
    func punctuation(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("hyphens split as UD does, except after prefixes", arguments: [
        ("long-term", ["long", "-", "term"]),
        ("Iran-backed groups", ["Iran", "-", "backed", "groups"]),
        ("e-mail", ["e-mail"]),
        ("non-stop", ["non-stop"]),
        ("co-workers", ["co-workers"]),
        ("anti-American", ["anti-American"]),
        ("state-of-the-art", ["state", "-", "of", "-", "the", "-", "art"]),
        ("and/or", ["and", "/", "or"]),
    ])
    func hyphens(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("bad input segments without crashing and with exact offsets", arguments: [
        String(repeating: "a", count: 100_000),
        "?!.,;:--...!!!)(][\"'“”—…",
        "a\u{0}b\u{7}c\td\u{1B}[0m e\u{7F}f",
        "👨‍👩‍👧 family",
        "مرحبا بالعالم. שלום עולם!",
        "👍🏽 great 🇺🇸 flag",
        "e\u{301}te\u{301} cafe\u{301}. Zoe\u{308} said so.",
        "One.\r\nTwo.\r\n\r\nThree.",
        "\u{FEFF}Text\u{200B}with\u{00A0}odd\u{2028}spaces\u{3000}here",
        "",
        "   \n\n  ",
    ])
    func badInput(text: String) {
        #expect(offsetProblems(segmented(text)) == [])
    }

    @Test("emoji with joiners and modifiers are one token")
    func emoji() {
        #expect(words("👨‍👩‍👧 and 👍🏽!") == ["👨‍👩‍👧", "and", "👍🏽", "!"])
    }

    @Test("offsets count Unicode scalars: combining marks and emoji take their own")
    func scalarOffsets() {
        let text = "Zoe\u{308} 👍🏽 ok"
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.scalars) == [0..<4, 5..<7, 8..<10])
        #expect(tokens.map(\.utf8) == [0..<5, 6..<14, 15..<17])
    }

    @Test("a long paragraph is one sentence with exact offsets")
    func longParagraph() {
        let text = String(repeating: "word, ", count: 40_000) + "end."
        let document = segmented(text)
        #expect(document.tokens.count == 80_002)
        #expect(document.sentences.count == 1)
        #expect(offsetProblems(document) == [])
    }

    @Test("random strings keep every offset invariant")
    func randomStrings() {
        let alphabet: [String] = [
            "a", "Z", "é", "e\u{301}", "1", "0", " ", " ", "\n", "\r\n", "\t", ".", ",", "'", "’", "\"", "“", "”",
            "(", ")", "-", "—", "/", "@", "#", "$", "%", ":", "?", "!", "…", "👍🏽", "\u{200D}", "ש", "ب", "\u{0}",
            "U.S.", "Mr.", "n't", "http://x.org", "www.", "a@b.co", "--", "...", ":-)", "No.", "5pm", "e-",
        ]
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            let problems = offsetProblems(segmented(text))
            #expect(problems == [], "\(text.debugDescription)")
        }
    }
}
