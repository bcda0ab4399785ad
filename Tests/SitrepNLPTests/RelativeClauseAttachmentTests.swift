import SitrepText
import Testing

@testable import SitrepNLP

/// Relative clauses set off by commas, re-attached after parsing, on hand-made trees (no model).
@Suite("relative clause attachment")
struct RelativeClauseAttachmentTests {
    static let classes = RelativeClauseAttachment.Relations(relativeClause: 1, relativeClauses: [1], subjects: [2], flat: [3], punct: 4)
    static let other = 0

    /// The heads and relations after the rule, given words as (form, Penn tag, UPOS, head
    /// index or nil for the root, relation class).
    static func attached(_ words: [(String, String, UPOS, Int?, Int)]) -> (heads: [Int?], relations: [Int]) {
        var heads = words.map { $0.3 ?? words.count }
        var relations = words.map(\.4)
        let roles = words.map { RelativeClauseAttachment.Role(form: Array($0.0.utf8), xpos: $0.1, upos: $0.2) }
        RelativeClauseAttachment.apply(heads: &heads, relations: &relations, roles: roles, classes: classes)
        return (heads.map { $0 == words.count ? nil : $0 }, relations)
    }

    @Test("'The official, who spoke …, said …': a clause the parser made the object of the verb after it hangs on the noun before the comma")
    func clauseBeforeVerb() {
        // The official , who spoke , said it .   — "spoke" parsed as a complement of "said".
        let result = Self.attached([
            ("The", "DT", .DET, 1, Self.other), ("official", "JJ", .ADJ, 6, 2), (",", ",", .PUNCT, 1, 4),
            ("who", "WP", .PRON, 4, 2), ("spoke", "VBD", .VERB, 6, Self.other), (",", ",", .PUNCT, 4, 4),
            ("said", "VBD", .VERB, nil, Self.other), ("it", "PRP", .PRON, 6, Self.other), (".", ".", .PUNCT, 6, 4),
        ])
        #expect(result.heads[4] == 1)
        #expect(result.relations[4] == Self.classes.relativeClause)
        #expect(result.heads[2] == 4)
        #expect(result.heads[6] == nil && result.heads[1] == 6)
    }

    @Test("a name's first word takes the clause: 'Zaw Min Tun, who …'")
    func nameTakesClause() {
        let result = Self.attached([
            ("Zaw", "NNP", .PROPN, 6, 2), ("Min", "NNP", .PROPN, 0, 3), ("Tun", "NNP", .PROPN, 0, 3), (",", ",", .PUNCT, 4, 4),
            ("who", "WP", .PRON, 5, 2), ("spoke", "VBD", .VERB, 6, Self.other), ("said", "VBD", .VERB, nil, Self.other),
        ])
        #expect(result.heads[5] == 0)
    }

    @Test("a clause that would leave the tree non-projective, or whose verb rules the noun, stays where it is")
    func unsafeMovesAreSkipped() {
        // Noun inside the clause's own subtree: "spoke" is the root and heads "official".
        let rooted = Self.attached([
            ("official", "NN", .NOUN, 3, 2), (",", ",", .PUNCT, 3, 4), ("who", "WP", .PRON, 3, 2), ("spoke", "VBD", .VERB, nil, Self.other),
        ])
        #expect(rooted.heads[3] == nil)
        // A "which" that is no clause's subject ("officials, which ones left") opens no relative clause.
        let determiner = Self.attached([
            ("officials", "NNS", .NOUN, 4, 2), (",", ",", .PUNCT, 3, 4), ("which", "WDT", .DET, 3, Self.other),
            ("ones", "NNS", .NOUN, 4, 2), ("left", "VBD", .VERB, nil, Self.other),
        ])
        #expect(determiner.heads == [4, 3, 3, 4, nil])
        // A clause the parser already made relative keeps its noun: "the Society of Kenya, which accused".
        let relative = Self.attached([
            ("Society", "NNP", .PROPN, 5, 2), ("of", "IN", .ADP, 2, Self.other), ("Kenya", "NNP", .PROPN, 0, Self.other),
            (",", ",", .PUNCT, 4, 4), ("which", "WDT", .PRON, 4, 2), ("accused", "VBD", .VERB, 0, 1), ("police", "NN", .NOUN, nil, Self.other),
        ])
        #expect(relative.heads[5] == 0)
    }
}
