import Foundation

/// A `PerceptronModel` rearranged for fast prediction: an open-addressing table keyed by the
/// feature hash itself, and each feature's non-zero weights stored together.
///
/// A pruned model has a few non-zero classes per feature, so scoring touches one table slot
/// and a handful of weights per feature instead of a dictionary lookup and a full dense row;
/// on the tagger this is several times faster. Scores and ties are exactly as in
/// `PerceptronModel` (zero weights add nothing).
public struct SparseScorer: Sendable {
    public let classCount: Int

    private struct Slot {
        var feature: UInt64
        var start: UInt32
        var count: UInt32
    }

    private struct Weight {
        var classIndex: UInt32
        var value: Float
    }

    private let slots: [Slot]
    private let shift: UInt64
    /// Features without non-zero weights are left out, so a slot with `count` 0 is empty.
    private let weights: [Weight]

    public init(_ model: PerceptronModel) {
        var features: [(UInt64, [Weight])] = []
        for (feature, row) in model.rows {
            let base = Int(row) * model.classCount
            features.append((feature, (0..<model.classCount).compactMap { c in
                model.weights[base + c] == 0 ? nil : Weight(classIndex: UInt32(c), value: model.weights[base + c])
            }))
        }
        self.init(classCount: model.classCount, features: features)
    }

    /// Reads `PerceptronModel.encoded()` straight into the sparse form, without the dense
    /// table in between: this is most of the time it takes to load a model.
    public init(encoded data: Data, file: String) throws {
        let bytes = Array(data)
        var offset = 0
        func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard offset + MemoryLayout<T>.size <= bytes.count else { throw ModelFileError.truncated(file: file) }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) })
        }
        let classCount = Int(try read(UInt32.self))
        let featureCount = Int(try read(UInt32.self))
        guard classCount > 0, featureCount <= bytes.count else { throw ModelFileError.truncated(file: file) }
        var features: [(UInt64, [Weight])] = []
        features.reserveCapacity(featureCount)
        for _ in 0..<featureCount {
            let feature = try read(UInt64.self)
            var weights: [Weight] = []
            for _ in 0..<(try read(UInt16.self)) {
                let c = try read(UInt16.self)
                guard c < classCount else { throw ModelFileError.truncated(file: file) }
                weights.append(Weight(classIndex: UInt32(c), value: Float(Float16(bitPattern: try read(UInt16.self)))))
            }
            features.append((feature, weights))
        }
        self.init(classCount: classCount, features: features)
    }

    private init(classCount: Int, features: [(UInt64, [Weight])]) {
        self.classCount = classCount
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(features.count, 1) { bits += 1 }
        shift = 64 - bits
        var slots = [Slot](repeating: Slot(feature: 0, start: 0, count: 0), count: 1 << Int(bits))
        var weights: [Weight] = []
        weights.reserveCapacity(features.reduce(0) { $0 + $1.1.count })
        for (feature, row) in features where !row.isEmpty {
            var slot = Self.slot(of: feature, shift: shift)
            while slots[slot].count != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Slot(feature: feature, start: UInt32(weights.count), count: UInt32(row.count))
            weights.append(contentsOf: row)
        }
        self.slots = slots
        self.weights = weights
    }

    /// Scores of every class; the same numbers as `PerceptronModel.scores`.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { weights in
                scores.withUnsafeMutableBufferPointer { scores in
                    for feature in features {
                        var slot = Self.slot(of: feature, shift: shift)
                        while slots[slot].count != 0 && slots[slot].feature != feature { slot = (slot + 1) & mask }
                        let found = slots[slot]
                        guard found.count != 0 else { continue }
                        for w in Int(found.start)..<Int(found.start + found.count) {
                            scores[Int(weights[w].classIndex)] += weights[w].value
                        }
                    }
                }
            }
        }
    }

    /// The best class; ties go to the lowest class index, as in `PerceptronModel.predict`.
    public func predict(_ features: [UInt64], scratch: inout [Float]) -> Int {
        scores(features, into: &scratch)
        return PerceptronModel.best(scratch)
    }

    /// Fibonacci hashing: the top bits of a multiplication spread any feature hash evenly.
    private static func slot(of feature: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (feature &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }
}
