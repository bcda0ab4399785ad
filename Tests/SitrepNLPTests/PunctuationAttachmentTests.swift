import Testing

@testable import SitrepNLP

/// Punctuation re-attached after parsing, on hand-made trees (no model).
@Suite("punctuation attachment")
struct PunctuationAttachmentTests {
    static let punct = 7
    static let marks: Set<String> = [",", ".", "(", ")", "\"", ":"]

    /// The heads after the rule, given words as (form, head index or nil for the root); the
    /// relation of every moved mark must become punct.
    static func attached(_ words: [(String, Int?)]) -> [Int?] {
        var heads = words.map { $0.1 ?? words.count }
        var relations = [Int](repeating: 0, count: words.count)
        let before = heads
        let marks = words.map { PunctuationMark(form: Array($0.0.utf8), isPunctuation: Self.marks.contains($0.0)) }
        PunctuationAttachment.apply(heads: &heads, relations: &relations, marks: marks, punct: punct)
        for i in heads.indices where heads[i] != before[i] {
            #expect(relations[i] == punct, "moved \(words[i].0) is punct")
        }
        return heads.map { $0 == words.count ? nil : $0 }
    }

    @Test("a comma before a conjunction hangs on the conjunct it opens")
    func commaOpensConjunct() {
        // She left , and he stayed .  — the parser hung the comma on "left".
        let heads = Self.attached([("She", 1), ("left", nil), (",", 1), ("and", 5), ("he", 5), ("stayed", 1), (".", 1)])
        #expect(heads == [1, nil, 5, 5, 5, 1, 1])
    }

    @Test("a head the parser chose stays when the rule counts it among the candidates")
    func candidateHeadStays() {
        let heads = Self.attached([("She", 1), ("left", nil), (",", 3), ("and", 5), ("he", 5), ("stayed", 1), (".", 1)])
        #expect(heads[2] == 3)
    }

    @Test("a full stop inside a sentence hangs on a word before it, never on one after it")
    func finalMarkLooksLeft() {
        // Yes . He left  — as one sentence, the stop hung on the root after it.
        let heads = Self.attached([("Yes", 3), (".", 3), ("He", 3), ("left", nil)])
        #expect(heads == [3, 0, 3, nil])
    }

    @Test("brackets hang on the one word inside them whose head is outside")
    func bracketsHangOnTheirPhrase() {
        // talks ( in Doha ) ended
        let heads = Self.attached([("talks", 5), ("(", 0), ("in", 3), ("Doha", 0), (")", 0), ("ended", nil)])
        #expect(heads == [5, 3, 3, 0, 3, nil])
    }

    @Test("brackets around two phrases are two single marks: the opening one hangs on the word after it")
    func unmatchedPairIsTwoMarks() {
        // met ( Iran , Iraq ) — "Iran" and "Iraq" both hang outside the brackets.
        let heads = Self.attached([("met", nil), ("(", 0), ("Iran", 0), (",", 4), ("Iraq", 0), (")", 0)])
        #expect(heads == [nil, 2, 0, 4, 0, 0])
    }

    @Test("a tree that is not projective is left as it was")
    func nonProjectiveTreeUntouched() {
        // "C" hangs on "A" across "B", which is not below "A".
        let words: [(String, Int?)] = [("A", 2), (",", 3), ("B", nil), ("C", 0)]
        #expect(Self.attached(words) == words.map(\.1))
    }

    @Test("a sentence of only punctuation and a one-word sentence keep their trees")
    func degenerateSentences() {
        #expect(Self.attached([(".", nil), (",", 0), ("\"", 0)]) == [nil, 0, 0])
        #expect(Self.attached([("Yes", nil)]) == [nil])
    }
}
