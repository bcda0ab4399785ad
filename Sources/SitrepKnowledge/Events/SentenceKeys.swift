/// The word keys (`EventPattern.Element.key`) of one sentence's lemmas and forms, for ruling
/// patterns out before their frames are matched. The coder asks it thousands of times per
/// sentence, so a question is a bit test and, rarely, a binary search: no hashing.
///
/// ```swift
/// let keys = SentenceKeys(["warn", "warned"].map(EventPattern.Element.key))
/// keys.contains(EventPattern.Element.key("warned"))   // true
/// ```
public struct SentenceKeys: Sendable {
    /// The distinct keys, ascending.
    public let sorted: [Int]
    /// A bit for each key's top bits: a clear bit proves a key absent.
    private let filter: [UInt64]

    private static let filterWords = 16

    public init<Keys: Sequence<Int>>(_ keys: Keys) {
        var sorted = Array(keys)
        sorted.sort()
        var previous: Int?
        sorted.removeAll { key in
            defer { previous = key }
            return key == previous
        }
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for key in sorted {
            let bit = Self.bit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.sorted = sorted
        self.filter = filter
    }

    public var count: Int { sorted.count }

    public func contains(_ key: Int) -> Bool {
        let bit = Self.bit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return Self.search(key, in: sorted) != nil
    }

    /// Where `key` is in an ascending array, by binary search.
    static func search(_ key: Int, in array: [Int]) -> Int? {
        var low = 0, high = array.count
        while low < high {
            let middle = (low + high) / 2
            if array[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < array.count && array[low] == key ? low : nil
    }

    /// The top ten bits: a multiplicative hash mixes every byte into them.
    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: Int64(key)) >> 54)
    }
}
