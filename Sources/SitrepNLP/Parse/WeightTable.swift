/// A `PerceptronModel` laid out for fast scoring: an open-addressing table keyed by the
/// feature hash itself, each slot holding the key and its payload side by side, so a
/// lookup costs one cache miss instead of the two or three of a `Dictionary` plus a row.
///
/// With at most four classes (the move model) the payload is the weights themselves, as
/// 16-bit fixed point with one scale for the table (a slot is then 16 bytes, four to a cache
/// line, and needs no Float16 conversion, which is a library call on baseline x86-64); with
/// more classes (the label model) it points at a sparse row of (class, weight) pairs in the
/// same fixed point: most label features weigh only a few classes, so a dense row would
/// mostly carry zeros through the cache. Lookups are made in two passes: first every feature's slot is
/// loaded, with no branch between the loads so the processor overlaps their cache misses,
/// then the slots are resolved. Parsing is bound by these misses.
struct WeightTable: Sendable {
    let classCount: Int
    /// Slot i starts at `slots[i * stride]`: the key (0 for empty), then the payload.
    private let slots: [UInt64]
    /// Sparse rows: class in the high 16 bits, fixed-point weight in the low 16.
    private let rows: [UInt32]
    private let stride: Int
    private let mask: Int
    private let shift: UInt64
    private let inline: Bool
    /// Weight of one fixed-point step.
    private let scale: Float

    init(_ model: PerceptronModel) {
        let k = model.classCount
        classCount = k
        inline = k <= 4
        stride = 2
        let largest = model.weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.scale = scale
        var bits: UInt64 = 4
        while 1 << bits < model.rows.count * 2 { bits += 1 }
        mask = (1 << Int(bits)) - 1
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: (mask + 1) * stride)
        var rows: [UInt32] = []
        for (feature, row) in model.rows.sorted(by: { $0.key < $1.key }) {
            let key = Self.key(feature)
            let weights = Array(model.weights[Int(row) * k..<(Int(row) + 1) * k])
            var slot = Self.slot(key, shift)
            while slots[slot * stride] != 0 { slot = (slot + 1) & mask }
            let base = slot * stride
            slots[base] = key
            let steps = weights.map { UInt16(bitPattern: Int16(($0 / scale).rounded())) }
            if inline {
                for (c, step) in steps.enumerated() {
                    slots[base + 1] |= UInt64(step) << UInt64(16 * c)
                }
            } else {
                let start = rows.count
                for (c, step) in steps.enumerated() where step != 0 {
                    rows.append(UInt32(c) << 16 | UInt32(step))
                }
                slots[base + 1] = UInt64(start) << 16 | UInt64(rows.count - start)
            }
        }
        self.slots = slots
        self.rows = rows
    }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// Zero marks an empty slot, so a feature whose hash is zero is stored as one.
    @inline(__always) private static func key(_ feature: UInt64) -> UInt64 { feature == 0 ? 1 : feature }

    /// Sums the weights of `features` into `scores` (resized to `classCount`); `scratch` is
    /// a buffer the caller keeps, so nothing is allocated.
    func scores(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classCount))
        scratch.removeAll(keepingCapacity: true)
        for feature in features {
            let slot = Self.slot(Self.key(feature), shift)
            scratch.append(UInt64(slot))
            scratch.append(slots[slot * stride])
        }
        for (i, feature) in features.enumerated() {
            let key = Self.key(feature)
            var slot = Int(scratch[2 * i])
            var found = scratch[2 * i + 1]
            while found != key && found != 0 {
                slot = (slot + 1) & mask
                found = slots[slot * stride]
            }
            guard found == key else { continue }
            let base = slot * stride
            if inline {
                let payload = slots[base + 1]
                for c in 0..<classCount {
                    scores[c] += Float(Int16(truncatingIfNeeded: payload >> UInt64(16 * c))) * scale
                }
            } else {
                let payload = slots[base + 1]
                let start = Int(payload >> 16)
                for j in start..<start + Int(payload & 0xffff) {
                    let entry = rows[j]
                    scores[Int(entry >> 16)] += Float(Int16(truncatingIfNeeded: entry)) * scale
                }
            }
        }
    }
}
