import SitrepText
import Testing

@testable import SitrepNLP

@Suite("BILOU tags")
struct BILOUTests {
    private func tags(_ names: String) -> [BILOU] {
        names.split(separator: " ").map { name in BILOU.all.first { $0.description == name } ?? .outside }
    }

    @Test("tags print as B-PER, I-ORG, L-LOC, U-OTH and O, in class order")
    func names() {
        #expect(BILOU.count == 17)
        #expect(BILOU.all.first?.description == "O")
        #expect(BILOU(.begin, .PER).description == "B-PER")
        #expect(BILOU(.unit, .OTH).description == "U-OTH")
        #expect(BILOU.all.map { BILOU(index: $0.index) } == BILOU.all)
    }

    @Test("spans encode to BILOU and decode back unchanged")
    func roundTrip() {
        let spans = [
            Span(tokens: 1..<3, label: EntityType.PER), Span(tokens: 4..<5, label: .LOC),
            Span(tokens: 5..<8, label: .ORG), Span(tokens: 9..<10, label: .OTH),
        ]
        let encoded = BILOU.encode(spans, count: 10)
        #expect(encoded == tags("O B-PER L-PER O U-LOC B-ORG I-ORG L-ORG O U-OTH"))
        #expect(BILOU.decode(encoded) == spans)
    }

    @Test("invalid sequences are repaired into well-formed spans", arguments: [
        ("I-PER L-PER O", [Span(tokens: 0..<2, label: EntityType.PER)]),
        ("B-PER O U-LOC", [Span(tokens: 0..<1, label: .PER), Span(tokens: 2..<3, label: .LOC)]),
        ("B-PER L-ORG", [Span(tokens: 0..<1, label: .PER), Span(tokens: 1..<2, label: .ORG)]),
        ("B-ORG I-ORG", [Span(tokens: 0..<2, label: .ORG)]),
        ("L-LOC L-LOC", [Span(tokens: 0..<1, label: .LOC), Span(tokens: 1..<2, label: .LOC)]),
        ("B-PER U-PER", [Span(tokens: 0..<1, label: .PER), Span(tokens: 1..<2, label: .PER)]),
    ])
    func repair(sequence: String, expected: [Span<EntityType>]) {
        #expect(BILOU.decode(tags(sequence)) == expected)
    }

    @Test("transitions: an open span must continue with its own I or L, and end by the last token")
    func transitions() {
        let begin = BILOU(.begin, .PER)
        #expect(BILOU.isValid(BILOU(.inside, .PER), after: begin))
        #expect(BILOU.isValid(BILOU(.last, .PER), after: begin))
        #expect(!BILOU.isValid(.outside, after: begin))
        #expect(!BILOU.isValid(BILOU(.last, .ORG), after: begin))
        #expect(!BILOU.isValid(BILOU(.inside, .PER), after: nil))
        #expect(!BILOU.isValid(BILOU(.last, .LOC), after: .outside))
        #expect(BILOU.isValid(BILOU(.unit, .LOC), after: BILOU(.last, .PER)))
        #expect(!BILOU.isValid(begin, after: nil, at: 2, of: 3))
        #expect(BILOU.isValid(BILOU(.unit, .PER), after: nil, at: 2, of: 3))
    }

    @Test("constrained choice never picks a tag the previous tag forbids")
    func constrainedBest() {
        var scores = [Float](repeating: 0, count: BILOU.count)
        scores[BILOU.outside.index] = 5
        scores[BILOU(.last, .PER).index] = 1
        #expect(BILOU.best(scores, after: BILOU(.begin, .PER), at: 1, of: 3) == BILOU(.last, .PER))
        #expect(BILOU.best(scores, after: nil, at: 0, of: 3) == .outside)
    }

    @Test("no entity takes in a barrier (a finite verb, a colon) or runs on into one")
    func barriersStayOutside() {
        var scores = [Float](repeating: 0, count: BILOU.count)
        scores[BILOU(.inside, .PER).index] = 5
        scores[BILOU(.begin, .PER).index] = 4
        scores[BILOU(.unit, .PER).index] = 3
        scores[BILOU(.last, .PER).index] = 2
        let verbs = [false, false, true, false]
        #expect(BILOU.best(scores, after: BILOU(.begin, .PER), at: 1, of: 4, barriers: verbs) == BILOU(.last, .PER))
        #expect(BILOU.best(scores, after: nil, at: 1, of: 4, barriers: verbs) == BILOU(.unit, .PER))
        #expect(BILOU.best(scores, after: BILOU(.last, .PER), at: 2, of: 4, barriers: verbs) == .outside)
        #expect(BILOU.best(scores, after: nil, at: 1, of: 4) == BILOU(.begin, .PER))
    }
}
