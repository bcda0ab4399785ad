import SitrepText
import Testing

@Suite("the document model")
struct DocumentTests {
    /// A document whose tokens are the space-separated words of `text`.
    static func words(_ text: String) -> Document {
        var document = Document(text: text)
        var tokens: [Token] = []
        var scalar = 0
        var byte = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let scalars = word.unicodeScalars.count
            let bytes = word.utf8.count
            if scalars > 0 { tokens.append(Token(scalars: scalar..<scalar + scalars, utf8: byte..<byte + bytes)) }
            scalar += scalars + 1
            byte += bytes + 1
        }
        document.setSegmentation(tokens: tokens, sentences: [0..<tokens.count])
        return document
    }

    @Test("token text comes back from both offset units, also past non-ASCII text")
    func tokenText() {
        let document = Self.words("Amīr-Abdollāhiyān met Зеленский in Kyiv")
        #expect((0..<document.tokens.count).map(document.text(of:)) == ["Amīr-Abdollāhiyān", "met", "Зеленский", "in", "Kyiv"])
        #expect(document.scalarRange(of: 2..<3) == 22..<31)
        #expect(document.text(of: 1..<4) == "met Зеленский in")
    }

    @Test("a consistent document has no invariant violations")
    func consistent() {
        #expect(Self.words("Biden warned Iran .").invariantViolations().isEmpty)
    }

    @Test("overlapping tokens, gaps between sentences and stray heads are reported")
    func violations() {
        var document = Document(text: "ab cd")
        document.setSegmentation(tokens: [Token(scalars: 0..<3, utf8: 0..<3), Token(scalars: 2..<5, utf8: 2..<5)],
                                 sentences: [0..<1])
        document.setDependencies(heads: [0, 5], relations: [.root, .root])
        let problems = document.invariantViolations()
        #expect(problems.contains { $0.contains("overlaps") })
        #expect(problems.contains { $0.contains("sentences end at token 1 of 2") })
    }

    @Test("the sentence of a token is found by binary search")
    func sentenceOfToken() {
        var document = Self.words("a b c d e")
        document.setSegmentation(tokens: document.tokens, sentences: [0..<2, 2..<3, 3..<5])
        #expect((0..<5).map { document.sentenceIndex(ofToken: $0) } == [0, 0, 1, 2, 2])
        #expect(document.sentenceIndex(ofToken: 9) == nil)
    }

    @Test("the article id ignores case and spacing, not words")
    func articleID() {
        #expect(Article.id(forBody: "The talks  resumed\non Monday.") == Article.id(forBody: "the talks resumed on monday."))
        #expect(Article.id(forBody: "The talks resumed.") != Article.id(forBody: "The talks ended."))
        #expect(Article.id(forBody: "x").count == 16)
    }
}
