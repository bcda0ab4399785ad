/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011), as pure
/// functions over a `Configuration`: a stack, a buffer and the arcs built so far.
///
/// ```
/// shift   stack … s0 | b0 …   →   stack … s0 b0 | b1 …
/// left    stack … s0 | b0 …   →   stack …    | b0 …     b0 ─▶ s0
/// right   stack … s1 s0 | …   →   stack … s1 | …        s1 ─▶ s0
/// ```
///
/// Why arc-hybrid rather than arc-eager: its dynamic oracle is exact and takes a few lines
/// (Goldberg & Nivre 2013), every terminal configuration is already a tree (arc-eager needs
/// repairs for words left unattached on the stack), and it is the system of Honnibal's
/// 500-line parser that spaCy grew from. A sentence of n words takes exactly 2n moves.
///
/// The root is a virtual word at index `count`, at the end of the buffer (Ballesteros & Nivre
/// 2013). It can take a left dependent only when that is the last word on the stack, so every
/// sentence gets exactly one root.
public enum ArcHybrid {
    /// A move with its dependency label: an index into the parser's relation table.
    public enum Move: Hashable, Sendable {
        case shift
        case left(relation: Int)
        case right(relation: Int)

        public var kind: MoveKind {
            switch self {
            case .shift: .shift
            case .left: .left
            case .right: .right
            }
        }
    }

    /// A move without its label: what the move classifier and the oracle decide.
    public enum MoveKind: Int, CaseIterable, Sendable {
        case shift, left, right
    }

    /// A set of `MoveKind`s as bits, so asking for the valid moves allocates nothing.
    public struct MoveSet: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public init(_ kind: MoveKind) { rawValue = 1 << UInt8(kind.rawValue) }

        public func contains(_ kind: MoveKind) -> Bool { rawValue & (1 << UInt8(kind.rawValue)) != 0 }
        public mutating func insert(_ kind: MoveKind) { formUnion(MoveSet(kind)) }

        public static let shift = MoveSet(.shift)
        public static let left = MoveSet(.left)
        public static let right = MoveSet(.right)
    }

    /// The moves allowed in `configuration`; empty only when it is terminal.
    public static func validMoves(in configuration: Configuration) -> MoveSet {
        let stackCount = configuration.stack.count
        let atRoot = configuration.buffer == configuration.count
        var moves: MoveSet = []
        if !atRoot { moves.insert(.shift) }
        if stackCount >= 1 && (!atRoot || stackCount == 1) { moves.insert(.left) }
        if stackCount >= 2 { moves.insert(.right) }
        return moves
    }

    /// Applies a valid move; the caller checks validity with `validMoves(in:)`.
    public static func apply(_ move: Move, to configuration: inout Configuration) {
        switch move {
        case .shift:
            configuration.stack.append(configuration.buffer)
            configuration.buffer += 1
        case .left(let relation):
            let dependent = configuration.stack.removeLast()
            configuration.attach(dependent, to: configuration.buffer, relation: relation)
        case .right(let relation):
            let dependent = configuration.stack.removeLast()
            configuration.attach(dependent, to: configuration.stack[configuration.stack.count - 1], relation: relation)
        }
    }

    /// A parser state. Arrays are sized once per sentence and reused (`reset`), so parsing
    /// allocates nothing per move. Indices past the words (`count`) stand for the root.
    public struct Configuration: Sendable {
        public private(set) var count = 0
        public internal(set) var stack: [Int] = []
        /// The first word of the buffer; `count` when only the root is left.
        public internal(set) var buffer = 0
        /// Head of each word, -1 until attached, `count` for the sentence root.
        public private(set) var heads: [Int] = []
        /// Relation index of each word, -1 until attached.
        public private(set) var relations: [Int] = []
        // Children, for features. In arc-hybrid a new left dependent is always the leftmost
        // so far and a new right dependent the rightmost, so these update in constant time.
        private(set) var leftmost: [Int] = []
        private(set) var secondLeftmost: [Int] = []
        private(set) var rightmost: [Int] = []
        private(set) var secondRightmost: [Int] = []
        private(set) var leftCount: [Int] = []
        private(set) var rightCount: [Int] = []
        /// Relations of the left and right dependents, as bits (relation index mod 64).
        private(set) var leftLabels: [UInt64] = []
        private(set) var rightLabels: [UInt64] = []

        public init(count: Int) { reset(count: count) }

        public var isTerminal: Bool { buffer == count && stack.isEmpty }
        public var root: Int { count }

        /// The start configuration for a sentence of `count` words, reusing the storage.
        public mutating func reset(count: Int) {
            self.count = count
            stack.removeAll(keepingCapacity: true)
            stack.reserveCapacity(count)
            buffer = 0
            func fill<T>(_ array: inout [T], _ value: T, _ size: Int) {
                array.removeAll(keepingCapacity: true)
                array.append(contentsOf: repeatElement(value, count: size))
            }
            fill(&heads, -1, count)
            fill(&relations, -1, count)
            fill(&leftmost, -1, count + 1)
            fill(&secondLeftmost, -1, count + 1)
            fill(&rightmost, -1, count + 1)
            fill(&secondRightmost, -1, count + 1)
            fill(&leftCount, 0, count + 1)
            fill(&rightCount, 0, count + 1)
            fill(&leftLabels, 0, count + 1)
            fill(&rightLabels, 0, count + 1)
        }

        mutating func attach(_ dependent: Int, to head: Int, relation: Int) {
            heads[dependent] = head
            relations[dependent] = relation
            let bit: UInt64 = relation >= 0 ? 1 << UInt64(relation & 63) : 0
            if dependent < head {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
                leftCount[head] += 1
                leftLabels[head] |= bit
            } else {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
                rightCount[head] += 1
                rightLabels[head] |= bit
            }
        }

        /// The i-th word from the top of the stack (0 is the top), or -1.
        @inline(__always) func stackWord(_ i: Int) -> Int {
            i < stack.count ? stack[stack.count - 1 - i] : -1
        }
    }
}
