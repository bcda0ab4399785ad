/// Features are 64-bit hashes of a template id and its values, so the learner never stores
/// strings and a feature costs one dictionary lookup.
///
/// ```swift
/// var h = FeatureHash(template: 7)   // "suffix of word i"
/// h.add(word.suffix(3))
/// features.append(h.value)
/// ```
public struct FeatureHash: Sendable {
    public private(set) var value: UInt64

    private static let prime: UInt64 = 0x100_0000_01b3

    public init(template: UInt16) {
        value = 0xcbf2_9ce4_8422_2325
        mix(UInt64(template))
    }

    public mutating func add(_ text: some StringProtocol) {
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* Self.prime
        }
        value = (value ^ 0xff) &* Self.prime
    }

    /// Adds raw UTF-8 bytes, hashing them exactly as `add(_:)` hashes the same text, so
    /// stages can hash slices of `Document.utf8` without making strings.
    public mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* Self.prime
        }
        value = (value ^ 0xff) &* Self.prime
    }

    public mutating func add(_ number: Int) {
        mix(UInt64(bitPattern: Int64(number)))
    }

    private mutating func mix(_ number: UInt64) {
        var n = number
        for _ in 0..<8 {
            value = (value ^ (n & 0xff)) &* Self.prime
            n >>= 8
        }
    }

    /// Combines two 64-bit hashes into one in a few instructions (a SplitMix64 finalizer
    /// over `a ^ b·odd`), for features built from per-word hashes computed once: cheaper than
    /// `add(_:)` by an order of magnitude, and as well spread.
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a ^ (b &* 0x9e37_79b9_7f4a_7c15)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The hash of a template with string values, in one call.
    public static func of(_ template: UInt16, _ parts: String...) -> UInt64 {
        var hash = FeatureHash(template: template)
        for part in parts { hash.add(part) }
        return hash.value
    }
}

/// A small, fast, seeded random generator (SplitMix64), so training shuffles the same way
/// on every machine and every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
