/// A fixed set of word hashes (`ScalarKey`) with open addressing, for the tokenizer's hot
/// path: a lookup is a multiply-free probe of a small array, where `Set<UInt64>` would run
/// the seeded `Hasher` on every word.
struct HashedWordSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ keys: Set<UInt64>) {
        var size = 8
        while size < keys.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys {
            var i = Self.slot(key, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    func contains(_ key: UInt64) -> Bool {
        var i = Self.slot(key, mask)
        while true {
            let slot = slots[i]
            if slot == key { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
