import Testing
@testable import SitrepNLP

/// The transition system on its own: no model, hand-written configurations.
struct ArcHybridTests {
    /// "The militants attacked the base": The ← militants ← attacked → base → the.
    static let words = ["The", "militants", "attacked", "the", "base"]
    /// Gold heads in configuration numbering: 5 is the root.
    static let heads = [1, 2, 5, 4, 2]
    static let relations = [0, 1, -1, 0, 2]  // det, nsubj, root, det, obj

    @Test("the oracle drives a five-word sentence to its gold tree in 2n moves")
    func oracleReachesGoldTree() {
        var c = ArcHybrid.Configuration(count: Self.words.count)
        var moves = 0
        while !c.isTerminal {
            let gold = DynamicOracle.goldMoves(in: c, gold: Self.heads)
            let kind = ArcHybrid.MoveKind.allCases.first { gold.contains($0) }!
            let dependent = c.stack.last ?? -1
            switch kind {
            case .shift: ArcHybrid.apply(.shift, to: &c)
            case .left: ArcHybrid.apply(.left(relation: Self.relations[dependent]), to: &c)
            case .right: ArcHybrid.apply(.right(relation: Self.relations[dependent]), to: &c)
            }
            moves += 1
        }
        #expect(c.heads == Self.heads)
        #expect(c.relations == Self.relations)
        #expect(moves == 2 * Self.words.count)
    }

    @Test("valid moves: shift first, no shift of the root, one word left to attach to the root")
    func validMoves() {
        var c = ArcHybrid.Configuration(count: 2)
        #expect(ArcHybrid.validMoves(in: c) == .shift)
        ArcHybrid.apply(.shift, to: &c)
        #expect(ArcHybrid.validMoves(in: c) == [.shift, .left])
        ArcHybrid.apply(.shift, to: &c)
        // Buffer holds only the root and two words are on the stack: reduce, never attach both to the root.
        #expect(ArcHybrid.validMoves(in: c) == .right)
        ArcHybrid.apply(.right(relation: 0), to: &c)
        #expect(ArcHybrid.validMoves(in: c) == .left)
        ArcHybrid.apply(.left(relation: -1), to: &c)
        #expect(c.isTerminal)
        #expect(ArcHybrid.validMoves(in: c).isEmpty)
        #expect(c.heads == [2, 0])
    }

    @Test("an empty sentence is terminal from the start")
    func emptySentence() {
        let c = ArcHybrid.Configuration(count: 0)
        #expect(c.isTerminal)
    }

    @Test("left makes b0 the head of s0, right makes s1 the head of s0")
    func arcs() {
        var c = ArcHybrid.Configuration(count: 3)
        ArcHybrid.apply(.shift, to: &c)
        ArcHybrid.apply(.left(relation: 4), to: &c)
        #expect(c.heads[0] == 1 && c.relations[0] == 4 && c.stack.isEmpty)
        ArcHybrid.apply(.shift, to: &c)
        ArcHybrid.apply(.shift, to: &c)
        ArcHybrid.apply(.right(relation: 7), to: &c)
        #expect(c.heads[2] == 1 && c.relations[2] == 7 && c.stack == [1])
    }
}
