/// The perceptrons being trained, scored the way a `Parser` scores its tables, so training
/// runs the same beam search as parsing.
struct TrainingWeights: ParserScoring {
    var moves: AveragedPerceptron
    var labels: AveragedPerceptron

    func scoreMoves(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        moves.scores(features, into: &scores)
    }

    func scoreLabels(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        labels.scores(features, into: &scores)
    }
}

extension ParserTrainer {
    /// One sentence of global training with max-violation updates (Huang, Fayong & Guo 2012):
    /// the beam and the oracle's move sequence advance side by side; where the beam's best
    /// parse beats the gold prefix by the most, the gold prefix's moves are rewarded and the
    /// best parse's penalised. A greedy model learns each move alone; this one learns which
    /// whole sequences score higher, which is what the beam compares. Labels still learn arc
    /// by arc, on the gold arcs. Returns (steps where the gold parse led the beam, steps).
    func trainSentenceGlobally(_ example: Example, weights: inout TrainingWeights, width: Int) -> (Int, Int) {
        let sentence = example.sentence
        var search = BeamSearch(width: width, count: sentence.count)
        var gold = ArcHybrid.Configuration(count: sentence.count)
        var goldMoves: [ArcHybrid.Move] = []
        var goldScore: Float = 0
        var buffers = Parser.ScoringBuffers()
        var worst: (violation: Float, moves: [ArcHybrid.Move])?
        var leading = 0
        while !gold.isTerminal {
            let move = oracleMove(in: gold, example)
            if Parser.only(ArcHybrid.validMoves(in: gold)) == nil {
                ParserFeatures.moves(gold, sentence, into: &buffers.features)
                weights.moves.scores(buffers.features, into: &buffers.scores)
                goldScore += buffers.scores[move.kind.rawValue]
            }
            trainLabel(move, in: gold, example, labels: &weights.labels, buffers: &buffers)
            search.step(sentence, scoring: weights, gold: move)
            ArcHybrid.apply(move, to: &gold)
            goldMoves.append(move)
            let best = search.best
            if best.isGold {
                leading += 1
            } else if best.score >= goldScore, best.score - goldScore >= worst?.violation ?? 0 {
                worst = (best.score - goldScore, best.moves)
            }
        }
        if let worst {
            let steps = worst.moves.count
            update(&weights.moves, along: Array(goldMoves.prefix(steps)), by: 1, sentence)
            update(&weights.moves, along: worst.moves, by: -1, sentence)
        }
        weights.moves.tick(by: Int32(goldMoves.count))
        return (leading, goldMoves.count)
    }

    /// The oracle's move in a configuration from which the gold tree is reachable: an arc
    /// before a shift (any zero-cost order builds the same tree), with the gold label.
    private func oracleMove(in c: ArcHybrid.Configuration, _ example: Example) -> ArcHybrid.Move {
        let allowed = DynamicOracle.goldMoves(in: c, gold: example.heads)
        guard let kind = [ArcHybrid.MoveKind.left, .right].first(where: allowed.contains),
              let (head, dependent) = Parser.arc(kind, in: c) else { return .shift }
        let relation = head == c.root ? -1 : example.labels[dependent]
        return kind == .left ? .left(relation: relation) : .right(relation: relation)
    }

    /// Teaches the label model the gold arc `move` makes, if it makes one.
    private func trainLabel(_ move: ArcHybrid.Move, in c: ArcHybrid.Configuration, _ example: Example,
                            labels: inout AveragedPerceptron, buffers: inout Parser.ScoringBuffers) {
        guard let (head, dependent) = Parser.arc(move.kind, in: c), head != c.root, example.labels[dependent] >= 0 else { return }
        ParserFeatures.label(c, example.sentence, head: head, dependent: dependent, kind: move.kind, into: &buffers.features)
        labels.scores(buffers.features, into: &buffers.scores)
        labels.update(features: buffers.features, truth: example.labels[dependent], guess: PerceptronModel.best(buffers.scores))
    }

    /// Adds `delta` to every scored move of `moves`, replayed from the start of `sentence`.
    private func update(_ model: inout AveragedPerceptron, along moves: [ArcHybrid.Move], by delta: Float,
                        _ sentence: ParserSentence) {
        var c = ArcHybrid.Configuration(count: sentence.count)
        var features: [UInt64] = []
        for move in moves {
            if Parser.only(ArcHybrid.validMoves(in: c)) == nil {
                ParserFeatures.moves(c, sentence, into: &features)
                model.adjust(features, class: move.kind.rawValue, by: delta)
            }
            ArcHybrid.apply(move, to: &c)
        }
    }
}
