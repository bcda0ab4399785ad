/// The dynamic oracle for arc-hybrid (Goldberg & Nivre 2012, 2013): from *any* configuration,
/// which moves lose no more gold arcs than necessary.
///
/// A static oracle only knows the one move sequence that builds the gold tree, so a parser
/// trained on it never learns what to do after its own mistakes. The dynamic oracle counts,
/// for each move, the gold arcs that are still reachable now and would become unreachable
/// after it. Arc-hybrid is arc-decomposable, so the moves of least cost lead to the best tree
/// still reachable. Gold heads use the configuration's numbering: `count` is the root.
public enum DynamicOracle {
    /// The number of reachable gold arcs that `kind` makes unreachable; nil when the move is
    /// not valid in `configuration`.
    public static func cost(of kind: ArcHybrid.MoveKind, in configuration: ArcHybrid.Configuration, gold: [Int]) -> Int? {
        guard ArcHybrid.validMoves(in: configuration).contains(kind) else { return nil }
        let stack = configuration.stack
        let b0 = configuration.buffer
        let n = configuration.count
        switch kind {
        case .shift:
            // b0 can still take its head from the stack (only s0, by a later right move) and
            // its dependents from the stack (by left moves); pushing it loses the rest.
            var cost = 0
            for (position, word) in stack.enumerated() {
                if gold[b0] == word && position != stack.count - 1 { cost += 1 }
                if gold[word] == b0 { cost += 1 }
            }
            return cost
        case .left, .right:
            // Popping s0 loses its dependents in the buffer, and its head unless the move
            // attaches it there: b0 for left, s1 for right.
            let s0 = stack[stack.count - 1]
            let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
            var cost = 0
            for word in b0..<n where gold[word] == s0 { cost += 1 }
            let head = gold[s0]
            let attachedTo = kind == .left ? b0 : s1
            if head != attachedTo && (head == s1 || head >= b0) { cost += 1 }
            return cost
        }
    }

    /// The valid moves of least cost: the moves a perfect parser could make from here.
    public static func goldMoves(in configuration: ArcHybrid.Configuration, gold: [Int]) -> ArcHybrid.MoveSet {
        var best = Int.max
        var moves: ArcHybrid.MoveSet = []
        for kind in ArcHybrid.MoveKind.allCases {
            guard let cost = cost(of: kind, in: configuration, gold: gold) else { continue }
            if cost < best {
                best = cost
                moves = ArcHybrid.MoveSet(kind)
            } else if cost == best {
                moves.insert(kind)
            }
        }
        return moves
    }

    /// `heads` made projective by lifting (Nivre & Nilsson 2005 without their label
    /// encoding): while some arc spans a word its head does not dominate, the shortest such
    /// arc is reattached to its head's head. Arc-hybrid builds projective trees only, so
    /// this is the tree it is trained towards. `heads[i] == heads.count` marks the root; an arc
    /// over the sentence root is non-projective too, since the root's own arc (to the end) spans it.
    public static func projectivized(_ heads: [Int]) -> [Int] {
        var heads = heads
        let n = heads.count
        func dominates(_ head: Int, _ word: Int) -> Bool {
            var current = word
            var steps = 0
            while current != n && steps <= n {
                if current == head { return true }
                current = heads[current]
                steps += 1
            }
            return head == n
        }
        while true {
            var shortest = -1
            var shortestLength = Int.max
            for dependent in 0..<n {
                let head = heads[dependent]
                let length = abs(head - dependent)
                guard head != n, length > 1, length < shortestLength else { continue }
                let between = min(head, dependent) + 1..<max(head, dependent)
                if between.contains(where: { !dominates(head, $0) }) {
                    shortest = dependent
                    shortestLength = length
                }
            }
            guard shortest >= 0 else { return heads }
            heads[shortest] = heads[heads[shortest]]
        }
    }
}
