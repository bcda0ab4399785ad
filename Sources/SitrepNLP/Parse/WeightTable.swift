import Foundation

/// A `PerceptronModel` laid out for fast scoring: an open-addressing table of 8-byte slots,
/// so a lookup costs one cache miss instead of the two or three of a `Dictionary` plus a row.
/// Parsing is bound by these misses, so the table is kept as small as it can be.
///
/// A slot holds a 16-bit fingerprint of the feature (never 0; an all-zero slot is empty) and a
/// 48-bit payload. With at most three classes (the move model) the payload is the weights
/// themselves, as 16-bit fixed point with one scale for the table; with more (the label model)
/// it points at a sparse row of (class, weight) pairs in the same fixed point: most label
/// features weigh only a few classes, so a dense row would mostly carry zeros through the
/// cache. Two different features that share a probe chain and a fingerprint are confused: for
/// a feature the model does not know, about one lookup in 40,000; such a feature adds another
/// feature's weights, which changes a decision far more rarely still.
///
/// Lookups are made in passes: first every feature's slot is loaded, with no branch between
/// the loads so the processor overlaps their cache misses; then the slots are resolved; for
/// sparse rows, a last pass reads the rows, again overlapping their misses.
struct WeightTable: Sendable {
    let classCount: Int
    private let slots: [UInt64]
    /// Sparse rows: class in the high 16 bits, fixed-point weight in the low 16.
    private let rows: [UInt32]
    private let mask: Int
    private let shift: UInt64
    private let inline: Bool
    /// Weight of one fixed-point step.
    private let scale: Float

    init(_ model: PerceptronModel) {
        let k = model.classCount
        let largest = model.weights.reduce(Float(0)) { max($0, abs($1)) }
        var builder = Builder(classCount: k, featureCount: model.rows.count, largest: largest)
        for (feature, row) in model.rows.sorted(by: { $0.key < $1.key }) {
            builder.begin(feature)
            for c in 0..<k { builder.add(c, model.weights[Int(row) * k + c]) }
            builder.end()
        }
        self.init(builder)
    }

    /// Reads `PerceptronModel.encoded()` straight into the table, without the model's
    /// dictionary and dense rows in between: the same table as `init(_:)` of the decoded
    /// model, in a fraction of the time (loading the parser is mostly this).
    init(encoded data: Data, file: String) throws {
        let encoded = try EncodedWeights(data, file: file)
        var builder = Builder(classCount: encoded.classCount, featureCount: encoded.featureCount,
                              largest: try encoded.largestMagnitude())
        try encoded.read(into: &builder)
        self.init(builder)
    }

    private init(_ builder: Builder) {
        var builder = builder
        builder.placePending()
        precondition(builder.rows.count < 1 << 32, "WeightTable holds at most 2^32 sparse weights")
        classCount = builder.classCount
        inline = builder.inline
        scale = builder.scale
        mask = builder.slots.count - 1
        shift = builder.shift
        slots = builder.slots
        rows = builder.rows
    }

    /// Fills the table one feature at a time, in ascending feature order, each feature's
    /// weights in ascending class order.
    private struct Builder: RowBuilder {
        let classCount: Int
        let inline: Bool
        let scale: Float
        let shift: UInt64
        var slots: [UInt64]
        var rows: [UInt32] = []
        private var feature: UInt64 = 0
        private var payload: UInt64 = 0
        private var start = 0
        /// Finished features not yet in `slots`, with their slot entries; `placePending`.
        private var pending: [(feature: UInt64, entry: UInt64)] = []
        private var homes: [Int] = []
        private var found: [UInt64] = []
        private var placed: [Int] = []
        private static let batch = 32

        init(classCount: Int, featureCount: Int, largest: Float) {
            self.classCount = classCount
            inline = classCount <= 3
            scale = largest > 0 ? largest / Float(Int16.max) : 1
            var bits: UInt64 = 4
            while 1 << bits < featureCount * 2 { bits += 1 }
            shift = 64 - bits
            slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        }

        mutating func begin(_ feature: UInt64) {
            self.feature = feature
            payload = 0
            start = rows.count
        }

        mutating func add(_ classIndex: Int, _ weight: Float) {
            let step = UInt16(bitPattern: Int16((weight / scale).rounded()))
            if inline {
                payload |= UInt64(step) << UInt64(16 * classIndex)
            } else if step != 0 {
                rows.append(UInt32(classIndex) << 16 | UInt32(step))
            }
        }

        mutating func end() {
            if !inline { payload = UInt64(start) << 16 | UInt64(rows.count - start) }
            pending.append((feature, WeightTable.fingerprint(feature) << 48 | payload))
            if pending.count == Self.batch { placePending() }
        }

        /// Places the pending features in the order they came, as one at a time would, but
        /// reads all their home slots first: those reads do not wait on each other, so the
        /// processor overlaps their cache misses, where placing one feature after another
        /// waited for each miss in turn (most of the parser's loading time). A home slot found
        /// empty is still free unless a feature of this batch was placed there since.
        mutating func placePending() {
            let mask = slots.count - 1
            homes.removeAll(keepingCapacity: true)
            found.removeAll(keepingCapacity: true)
            placed.removeAll(keepingCapacity: true)
            for (feature, _) in pending {
                let home = SparseScorer.slot(of: feature, shift: shift)
                homes.append(home)
                found.append(slots[home])
            }
            for (i, (_, entry)) in pending.enumerated() {
                var slot = homes[i]
                if found[i] != 0 || placed.contains(slot) {
                    while slots[slot] != 0 { slot = (slot + 1) & mask }
                }
                slots[slot] = entry
                placed.append(slot)
            }
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// The feature's low 16 bits (independent of the slot, which comes from the top bits of
    /// a product), never 0.
    @inline(__always) private static func fingerprint(_ feature: UInt64) -> UInt64 {
        max(feature & 0xffff, 1)
    }

    /// Sums the weights of `features` into `scores` (resized to `classCount`); `scratch` is
    /// a buffer the caller keeps, so nothing is allocated.
    func scores(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        scratch.removeAll(keepingCapacity: true)
        for feature in features { scratch.append(slots[SparseScorer.slot(of: feature, shift: shift)]) }
        let (mask, shift, scale, inline) = (mask, shift, scale, inline)
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                scratch.withUnsafeMutableBufferPointer { found in
                    scores.withUnsafeMutableBufferPointer { scores in
                        // Resolve each slot to its payload, or 0 for a feature the model lacks.
                        for (i, feature) in features.enumerated() {
                            let fingerprint = Self.fingerprint(feature)
                            var slot = SparseScorer.slot(of: feature, shift: shift)
                            var entry = found[i]
                            while entry != 0 && entry >> 48 != fingerprint {
                                slot = (slot + 1) & mask
                                entry = slots[slot]
                            }
                            found[i] = entry & 0xffff_ffff_ffff
                        }
                        for payload in found {
                            if inline {
                                for c in 0..<scores.count {
                                    scores[c] += Float(Int16(truncatingIfNeeded: payload >> UInt64(16 * c))) * scale
                                }
                            } else {
                                let start = Int(payload >> 16)
                                for j in start..<start + Int(payload & 0xffff) {
                                    scores[Int(rows[j] >> 16)] += Float(Int16(truncatingIfNeeded: rows[j])) * scale
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
