/// What a parse is scored with: the trained tables when parsing, the perceptrons being
/// trained when training, so both run the same search.
protocol ParserScoring {
    func scoreMoves(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64])
    func scoreLabels(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64])
}

/// Beam search over arc-hybrid moves (Zhang & Clark 2008; Zhang & Nivre 2011): the `width`
/// best partial parses by summed move scores go forward together, so a move that looks best
/// now can still lose to one that leads to a better tree.
///
/// Every parse of n words takes 2n moves, so all items end on the same step. Arcs are
/// labelled when they are made, by the label model alone: labels do not enter the score.
struct BeamSearch {
    struct Item {
        var configuration: ArcHybrid.Configuration
        var score: Float = 0
        /// The moves so far with their labels, so training can replay them exactly.
        var moves: [ArcHybrid.Move] = []
        /// Every move so far is the oracle's, labels included.
        var isGold = true
    }

    let width: Int
    private(set) var beam: [Item]
    private var candidates: [(item: Int, kind: ArcHybrid.MoveKind, score: Float)] = []
    private var buffers = Parser.ScoringBuffers()

    init(width: Int, count: Int) {
        self.width = max(width, 1)
        beam = [Item(configuration: ArcHybrid.Configuration(count: count))]
    }

    var isTerminal: Bool { beam[0].configuration.isTerminal }
    var best: Item { beam[0] }

    /// Moves every item on by one move and keeps the best `width` successors. In training,
    /// `gold` is the oracle's next move: the gold item's successor by it keeps its gold label
    /// and stays marked as gold.
    mutating func step<S: ParserScoring>(_ sentence: ParserSentence, scoring: S, gold: ArcHybrid.Move? = nil) {
        candidates.removeAll(keepingCapacity: true)
        for (i, item) in beam.enumerated() {
            let valid = ArcHybrid.validMoves(in: item.configuration)
            if let only = Parser.only(valid) {
                candidates.append((i, only, item.score))
                continue
            }
            ParserFeatures.moves(item.configuration, sentence, into: &buffers.features)
            scoring.scoreMoves(buffers.features, into: &buffers.scores, scratch: &buffers.scratch)
            for kind in ArcHybrid.MoveKind.allCases where valid.contains(kind) {
                candidates.append((i, kind, item.score + buffers.scores[kind.rawValue]))
            }
        }
        // Best first; ties go to the earlier item and move, so parses are reproducible.
        candidates.sort { a, b in
            a.score != b.score ? a.score > b.score : a.item != b.item ? a.item < b.item : a.kind.rawValue < b.kind.rawValue
        }
        var next: [Item] = []
        next.reserveCapacity(width)
        for candidate in candidates.prefix(width) {
            var item = beam[candidate.item]
            let move: ArcHybrid.Move
            if item.isGold, let gold, gold.kind == candidate.kind {
                move = gold
            } else {
                move = Parser.labelled(candidate.kind, in: item.configuration, sentence, scoring: scoring, buffers: &buffers)
                item.isGold = false
            }
            ArcHybrid.apply(move, to: &item.configuration)
            item.score = candidate.score
            item.moves.append(move)
            next.append(item)
        }
        beam = next
    }
}
