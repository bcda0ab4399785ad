import Foundation

/// A `PerceptronModel` packed for fast prediction: an open-addressing table keyed by the
/// feature hash itself, and each feature's non-zero weights stored together, 4 bytes each.
///
/// A pruned model has a few non-zero classes per feature, so scoring touches one 8-byte slot
/// and a handful of weights per feature instead of a dictionary lookup and a full dense row;
/// on the tagger this is several times faster, because the work is mostly waiting for memory.
///
/// Packing: a slot holds the feature's top 32 bits (its fingerprint; two features that share
/// a slot chain and a fingerprint, about one lookup in 2³² of unknown features, would be
/// confused), the start of its weights (24 bits) and their count (8 bits). A weight is a
/// Float16 value widened to Float, whose low 13 bits are therefore zero, with the class index
/// in the low 8 bits. Scores are those of the model with its weights rounded to Float16, as
/// in the model file; ties go to the lowest class, as in `PerceptronModel`. At most 255
/// classes and 2²⁴ weights.
public struct SparseScorer: Sendable {
    public let classCount: Int

    private let slots: [UInt64]
    private let shift: UInt64
    private let weights: [UInt32]

    public static let maximumClassCount = 255

    public init(_ model: PerceptronModel) {
        precondition(model.classCount <= Self.maximumClassCount, "SparseScorer holds at most 255 classes")
        var builder = Builder(classCount: model.classCount, featureCount: model.rows.count)
        for (feature, row) in model.rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * model.classCount
            builder.begin(feature)
            for c in 0..<model.classCount { builder.add(c, Float(Float16(model.weights[base + c]))) }
            builder.end()
        }
        self.init(builder)
    }

    /// Reads `PerceptronModel.encoded()` straight into the packed form, in one pass and
    /// without the dense table in between: loading a model is mostly this.
    public init(encoded data: Data, file: String) throws {
        let encoded = try EncodedWeights(data, file: file)
        guard encoded.classCount <= Self.maximumClassCount, data.count / 4 < 1 << 24 else {
            throw ModelFileError.truncated(file: file)
        }
        var builder = Builder(classCount: encoded.classCount, featureCount: encoded.featureCount)
        try encoded.read(into: &builder)
        self.init(builder)
    }

    private init(_ builder: Builder) {
        classCount = builder.classCount
        slots = builder.slots
        shift = builder.shift
        weights = builder.weights
    }

    /// Scores of every class: `PerceptronModel.scores` with the weights rounded to Float16.
    ///
    /// Scoring waits on memory, so it runs in passes, each of whose loads do not wait on one
    /// another, so the processor overlaps their cache misses (looking up one feature after
    /// another waited for each miss in turn). First every feature's home slot is loaded; then
    /// each feature follows its probe chain, mostly in cache by now, and loads its first
    /// weight; then the weights are added, the rest of each feature's mostly on the line of
    /// its first.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        guard !weights.isEmpty else { return }
        let (mask, shift, count) = (slots.count - 1, shift, features.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { found in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { first in
                slots.withUnsafeBufferPointer { slots in
                    weights.withUnsafeBufferPointer { weights in
                        for (i, feature) in features.enumerated() {
                            found[i] = slots[Self.slot(of: feature, shift: shift)]
                        }
                        for (i, feature) in features.enumerated() {
                            let fingerprint = feature >> 32
                            var slot = Self.slot(of: feature, shift: shift)
                            var entry = found[i]
                            while entry != 0 && entry >> 32 != fingerprint {
                                slot = (slot + 1) & mask
                                entry = slots[slot]
                            }
                            found[i] = entry
                            first[i] = weights[Int((entry >> 8) & 0xff_ffff)]
                        }
                        scores.withUnsafeMutableBufferPointer { scores in
                            for i in 0..<count where found[i] & 0xff != 0 {
                                let start = Int((found[i] >> 8) & 0xff_ffff)
                                scores[Int(first[i] & 0xff)] += Float(bitPattern: first[i] & ~0xff)
                                for w in start + 1..<start + Int(found[i] & 0xff) {
                                    let packed = weights[w]
                                    scores[Int(packed & 0xff)] += Float(bitPattern: packed & ~0xff)
                                }
                            }
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

    /// Fibonacci hashing: the top bits of the feature times 2^64/φ spread any feature hash
    /// evenly over a table of 2^(64 - `shift`) slots; the parser's `WeightTable` hashes so too.
    @inline(__always) static func slot(of feature: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (feature &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// Fills the table one feature at a time; features left without a non-zero weight are
    /// not stored, so a slot of 0 is empty.
    private struct Builder: RowBuilder {
        let classCount: Int
        let shift: UInt64
        var slots: [UInt64]
        var weights: [UInt32] = []
        private var feature: UInt64 = 0
        private var start = 0

        init(classCount: Int, featureCount: Int) {
            self.classCount = classCount
            var bits: UInt64 = 4
            while (1 << bits) < 2 * max(featureCount, 1) { bits += 1 }
            shift = 64 - bits
            slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        }

        mutating func begin(_ feature: UInt64) {
            self.feature = feature
            start = weights.count
        }

        /// `value` is a Float16 widened, whose low 13 bits are zero.
        mutating func add(_ classIndex: Int, _ value: Float) {
            guard value != 0 else { return }
            weights.append(value.bitPattern | UInt32(classIndex))
        }

        mutating func end() {
            let count = weights.count - start
            guard count > 0 else { return }
            precondition(weights.count < 1 << 24, "SparseScorer holds at most 2^24 weights")
            var slot = SparseScorer.slot(of: feature, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (feature >> 32) << 32 | UInt64(start) << 8 | UInt64(count)
        }
    }
}
