/// MinHash signatures of texts over word shingles, to find near-duplicates: a wire story
/// republished with another headline or a trimmed ending keeps most of its shingles.
///
/// The share of equal positions in two signatures estimates the Jaccard similarity of the
/// texts' shingle sets. Signatures are split into bands for locality-sensitive lookup: two
/// texts share a band with high probability when they are similar, and rarely otherwise.
public struct MinHash: Sendable, Equatable {
    /// 21 bands of 3: texts with Jaccard similarity 0.5 share a band with probability 0.94,
    /// at 0.6 with 0.994; unrelated texts (0.05) rarely do, and candidates are checked anyway.
    public static let size = 63
    public static let bands = 21
    public static let rowsPerBand = size / bands
    /// Words per shingle.
    public static let shingle = 5

    public let values: [UInt64]

    public init(values: [UInt64]) {
        precondition(values.count == Self.size, "a MinHash signature has \(Self.size) values")
        self.values = values
    }

    /// The signature of `text`: lower-cased words of letters and digits, in shingles of five.
    public init(text: String) {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalar.forEachLowercaseByte { hash = (hash ^ UInt64($0)) &* 0x100_0000_01b3 }
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        var minimums = [UInt64](repeating: .max, count: Self.size)
        let count = max(words.count - Self.shingle + 1, words.isEmpty ? 0 : 1)
        for start in 0..<count {
            var shingle: UInt64 = 0
            for word in words[start..<min(start + Self.shingle, words.count)] {
                shingle = MinHash.mix(shingle &* 31 &+ word)
            }
            for i in 0..<Self.size {
                let value = MinHash.mix(shingle ^ Self.seeds[i])
                if value < minimums[i] { minimums[i] = value }
            }
        }
        values = minimums
    }

    /// Estimated Jaccard similarity of the two texts' shingle sets.
    public func similarity(to other: MinHash) -> Double {
        Double(zip(values, other.values).filter { $0 == $1 }.count) / Double(Self.size)
    }

    /// One hash per band, for lookup.
    public var bandHashes: [Int64] {
        (0..<Self.bands).map { band in
            var hash: UInt64 = UInt64(band)
            for value in values[(band * Self.rowsPerBand)..<((band + 1) * Self.rowsPerBand)] { hash = MinHash.mix(hash ^ value) }
            return Int64(bitPattern: hash)
        }
    }

    /// splitmix64's finaliser: a cheap, well-mixing hash of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static let seeds: [UInt64] = (0..<size).map { mix(UInt64($0) &* 0x5851_f42d_4c95_7f2d) }
}
