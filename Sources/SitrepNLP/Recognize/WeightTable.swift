/// A `PerceptronModel`'s weights in an open-addressing hash table keyed by feature hash,
/// for the recognizer's inner loop: feature hashes are already well mixed, so the table
/// indexes by their low bits instead of rehashing them as `Dictionary` does, which made
/// lookups most of the recognizer's time.
struct WeightTable: Sendable {
    let classCount: Int
    private let mask: Int
    /// Feature hash per slot; `empty` marks a free slot.
    private let keys: [UInt64]
    /// Row of the weights per slot.
    private let rows: [Int32]
    private let weights: [Float]
    private static let empty: UInt64 = 0

    init(_ model: PerceptronModel) {
        var capacity = 16
        while capacity < model.rows.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: WeightTable.empty, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        // Sorted, so the table is the same on every run.
        for (feature, row) in model.rows.sorted(by: { $0.key < $1.key }) where feature != WeightTable.empty {
            var slot = Int(truncatingIfNeeded: feature) & (capacity - 1)
            while keys[slot] != WeightTable.empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = feature
            rows[slot] = row
        }
        self.classCount = model.classCount
        self.mask = capacity - 1
        self.keys = keys
        self.rows = rows
        self.weights = model.weights
    }

    /// Sums the weights of `features` into `scores` (which it resets to zeros).
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        if scores.count != classCount { scores = [Float](repeating: 0, count: classCount) }
        let classCount = self.classCount
        keys.withUnsafeBufferPointer { keys in
            rows.withUnsafeBufferPointer { rows in
                weights.withUnsafeBufferPointer { w in
                    scores.withUnsafeMutableBufferPointer { s in
                        for c in 0..<classCount { s[c] = 0 }
                        for feature in features {
                            var slot = Int(truncatingIfNeeded: feature) & mask
                            while keys[slot] != feature {
                                if keys[slot] == WeightTable.empty { break }
                                slot = (slot + 1) & mask
                            }
                            guard keys[slot] == feature, feature != WeightTable.empty else { continue }
                            let base = Int(rows[slot]) * classCount
                            for c in 0..<classCount { s[c] += w[base + c] }
                        }
                    }
                }
            }
        }
    }
}
