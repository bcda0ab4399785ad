import Testing
@testable import SitrepNLP

struct DynamicOracleTests {
    @Test("costs count the gold arcs each move loses", arguments: [
        // (gold heads, moves before, expected costs of shift, left, right; nil = invalid)
        // 0 ← 1 is next: left is free, shift strands 0 with its head in the buffer.
        ([1, 3, 1], [ArcHybrid.MoveKind.shift], [1, 0, nil]),
        // 1's head is s0 = 0: shift is free; left loses 0's dependent 1 and 0's head 2.
        ([2, 0, 3], [.shift], [0, 2, nil]),
        // s0 = 1 and b0 = 2 both belong to 0, under s0: right is free, shift and left lose one.
        ([3, 0, 0], [.shift, .shift], [1, 1, 0]),
    ] as [([Int], [ArcHybrid.MoveKind], [Int?])])
    func costs(gold: [Int], before: [ArcHybrid.MoveKind], expected: [Int?]) {
        var c = ArcHybrid.Configuration(count: gold.count)
        for kind in before { ArcHybrid.apply(kind == .shift ? .shift : kind == .left ? .left(relation: 0) : .right(relation: 0), to: &c) }
        let costs = ArcHybrid.MoveKind.allCases.map { DynamicOracle.cost(of: $0, in: c, gold: gold) }
        #expect(costs == expected)
    }

    @Test("following the oracle from any configuration loses exactly the arcs its moves cost")
    func costsAddUp() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let gold = Self.randomProjectiveTree(words: Int.random(in: 1...12, using: &random), using: &random)
            var c = ArcHybrid.Configuration(count: gold.count)
            var spent = 0
            while !c.isTerminal {
                let valid = ArcHybrid.validMoves(in: c)
                let options = Bool.random(using: &random) ? valid : DynamicOracle.goldMoves(in: c, gold: gold)
                let kind = ArcHybrid.MoveKind.allCases.filter { options.contains($0) }.randomElement(using: &random)!
                spent += DynamicOracle.cost(of: kind, in: c, gold: gold)!
                ArcHybrid.apply(kind == .shift ? .shift : kind == .left ? .left(relation: 0) : .right(relation: 0), to: &c)
            }
            #expect(zip(c.heads, gold).filter { $0 != $1 }.count == spent)
        }
    }

    @Test("lifting makes a crossing tree projective and leaves projective trees alone")
    func projectivize() {
        // "A hearing is scheduled on the issue today": on → hearing crosses is ← scheduled.
        // Words: 0 A, 1 hearing, 2 is, 3 scheduled, 4 on, 5 the, 6 issue; root = 7.
        let crossing = [1, 3, 3, 7, 6, 6, 1]
        let lifted = DynamicOracle.projectivized(crossing)
        #expect(lifted == [1, 3, 3, 7, 6, 6, 3])
        let projective = [1, 2, 5, 4, 2]
        #expect(DynamicOracle.projectivized(projective) == projective)
    }

    /// A random projective tree with one root, heads in configuration numbering.
    static func randomProjectiveTree(words n: Int, using random: inout SeededGenerator) -> [Int] {
        var heads = [Int](repeating: n, count: n)
        func attach(_ range: Range<Int>, to head: Int) {
            guard !range.isEmpty else { return }
            let end = Int.random(in: range.lowerBound + 1...range.upperBound, using: &random)
            let root = Int.random(in: range.lowerBound..<end, using: &random)
            heads[root] = head
            attach(range.lowerBound..<root, to: root)
            attach(root + 1..<end, to: root)
            attach(end..<range.upperBound, to: head)
        }
        let root = Int.random(in: 0..<n, using: &random)
        attach(0..<root, to: root)
        attach(root + 1..<n, to: root)
        return heads
    }
}
