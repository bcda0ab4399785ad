/// The learner every statistical stage shares: a multiclass averaged perceptron (Collins
/// 2002) over hashed features, with lazy averaging.
///
/// Training calls `scores` (or `predict`) and then `update` with the right class, once per
/// example; `averaged(...)` returns the small immutable `PerceptronModel` that stages use.
/// Each weight remembers when it last changed, so averaging costs nothing per example.
public struct AveragedPerceptron: Sendable {
    public let classCount: Int
    /// Feature hash → row in the weight tables.
    private var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    /// Sum of each weight over all examples seen until `stamps`.
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// How often each feature occurred in training examples, for pruning. Kept apart from
    /// the weight rows, which exist only for features that took part in a mistake.
    private var counts: [UInt64: Int32] = [:]
    /// Examples seen so far: the clock for lazy averaging.
    public private(set) var examples: Int32 = 0

    public init(classCount: Int) {
        precondition(classCount > 0, "a perceptron needs at least one class")
        self.classCount = classCount
    }

    public var featureCount: Int { rows.count }

    /// Current (not averaged) scores of every class.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * classCount
            for c in 0..<classCount { scores[c] += weights[base + c] }
        }
    }

    /// Records one example: counts its features, and moves weight from `guess` to `truth`
    /// when they differ.
    public mutating func update(features: [UInt64], truth: Int, guess: Int) {
        examples += 1
        for feature in features {
            counts[feature, default: 0] &+= 1
            guard truth != guess else { continue }
            let row = self.row(for: feature)
            adjust(row * classCount + truth, by: 1)
            adjust(row * classCount + guess, by: -1)
        }
    }

    /// Adds `delta` to the weight of `label` for each of `features`, leaving the clock alone:
    /// a structured update (beam search) changes the weights of many moves at once, and
    /// calls `tick(by:)` for the moves it covered.
    public mutating func adjust(_ features: [UInt64], class label: Int, by delta: Float) {
        for feature in features {
            counts[feature, default: 0] &+= 1
            adjust(row(for: feature) * classCount + label, by: delta)
        }
    }

    /// Advances the averaging clock by `count` examples.
    public mutating func tick(by count: Int32) { examples += count }

    /// The averaged model, without features seen fewer than `minimumCount` times or whose
    /// averaged weights are all below `minimumWeight` in magnitude.
    public func averaged(minimumCount: Int32 = 1, minimumWeight: Float = 0.001) -> PerceptronModel {
        let now = Double(max(examples, 1))
        var keptRows: [UInt64: Int32] = [:]
        var keptWeights: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) where counts[feature, default: 0] >= minimumCount {
            let base = Int(row) * classCount
            var average = [Float](repeating: 0, count: classCount)
            var largest: Float = 0
            for c in 0..<classCount {
                let i = base + c
                let total = totals[i] + Double(examples - stamps[i]) * Double(weights[i])
                average[c] = Float(total / now)
                largest = max(largest, abs(average[c]))
            }
            guard largest >= minimumWeight else { continue }
            keptRows[feature] = Int32(keptRows.count)
            keptWeights.append(contentsOf: average)
        }
        return PerceptronModel(classCount: classCount, rows: keptRows, weights: keptWeights)
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = rows.count
        rows[feature] = Int32(row)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(examples, count: classCount))
        return row
    }

    private mutating func adjust(_ i: Int, by delta: Float) {
        totals[i] += Double(examples - stamps[i]) * Double(weights[i])
        stamps[i] = examples
        weights[i] += delta
    }
}

/// A trained, averaged perceptron: what stages load from model files and predict with.
public struct PerceptronModel: Sendable {
    public let classCount: Int
    let rows: [UInt64: Int32]
    /// Row-major: `weights[row * classCount + class]`.
    let weights: [Float]

    public init(classCount: Int, rows: [UInt64: Int32], weights: [Float]) {
        self.classCount = classCount
        self.rows = rows
        self.weights = weights
    }

    public var featureCount: Int { rows.count }

    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for feature in features {
                    guard let row = rows[feature] else { continue }
                    let base = Int(row) * classCount
                    for c in 0..<classCount { s[c] += w[base + c] }
                }
            }
        }
    }

    /// The best class; ties go to the lowest class index, so results are stable.
    public func predict(_ features: [UInt64], scratch: inout [Float]) -> Int {
        scores(features, into: &scratch)
        return PerceptronModel.best(scratch)
    }

    /// Index of the highest score, the lowest index among equals.
    public static func best(_ scores: [Float], allowed: (Int) -> Bool = { _ in true }) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for (c, score) in scores.enumerated() where allowed(c) && (best < 0 || score > bestScore) {
            best = c
            bestScore = score
        }
        return best
    }
}
