import Foundation

/// Lists of known names (countries, capitals, nationalities, organisations, people) that
/// the recognizer uses as features: "Hezbollah" is an organisation even in a sentence the
/// training corpora never resembled.
///
/// Names are stored as 64-bit hashes of their lowercased words, with a bit set per category,
/// plus one entry per proper prefix so matching can stop as soon as no name continues. The
/// model file carries it as the `gazetteer` section, so inference needs no other file.
/// `GazetteerBuilder` makes one from the Phoenix actor dictionaries.
public struct Gazetteer: Sendable {
    /// What a listed name is; a name can be several ("Georgia": place and person).
    public struct Category: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let person = Category(rawValue: 1)
        public static let organisation = Category(rawValue: 2)
        public static let place = Category(rawValue: 4)
        public static let nationality = Category(rawValue: 8)
        /// A word that begins a listed person's name ("hossein").
        public static let givenName = Category(rawValue: 16)
        /// A word that ends a listed person's name ("amirabdollahian").
        public static let surname = Category(rawValue: 32)
        /// Internal: the words begin a longer name.
        static let prefix = Category(rawValue: 128)

        /// The real categories, in bit order.
        public static let all: [Category] = [.person, .organisation, .place, .nationality, .givenName, .surname]
    }

    /// Longest name, in words.
    public let maximumLength: Int
    private let entries: [UInt64: UInt8]

    init(maximumLength: Int, entries: [UInt64: UInt8]) {
        self.maximumLength = maximumLength
        self.entries = entries
    }

    /// Number of names and prefixes stored.
    public var count: Int { entries.count }

    /// The hash of one lowercased word, the unit names are hashed in.
    public static func wordHash(_ lowercased: some StringProtocol) -> UInt64 {
        var hash = FeatureHash(template: 0xa5a5)
        hash.add(lowercased)
        return hash.value
    }

    /// Extends the hash of a word sequence by one word.
    @inline(__always)
    static func extend(_ hash: UInt64, with word: UInt64) -> UInt64 {
        ((hash ^ word) &* 0x100_0000_01b3).rotatedLeft(by: 29) ^ 0x9e37_79b9_7f4a_7c15
    }

    /// The categories of the name made of these lowercased word hashes; empty when unlisted.
    public func categories(of words: some Collection<UInt64>) -> Category {
        var hash: UInt64 = 0
        for word in words { hash = Gazetteer.extend(hash, with: word) }
        return Category(rawValue: (entries[hash] ?? 0) & ~Category.prefix.rawValue)
    }

    /// For each token (given by its lowercased word hash), a bit mask of the names covering
    /// it: bit `4 × category + position`, with positions B, I, L, U as in `BILOU`.
    public func matches(_ words: [UInt64], into marks: inout [UInt32]) {
        marks.removeAll(keepingCapacity: true)
        marks.append(contentsOf: repeatElement(0, count: words.count))
        for start in words.indices {
            var hash: UInt64 = 0
            var end = start
            while end < words.count && end - start < maximumLength {
                hash = Gazetteer.extend(hash, with: words[end])
                guard let flags = entries[hash] else { break }
                end += 1
                for (bit, category) in Category.all.enumerated() where flags & category.rawValue != 0 {
                    let base = UInt32(4 * bit)
                    if end - start == 1 {
                        marks[start] |= 1 << (base + 3)
                        continue
                    }
                    marks[start] |= 1 << base
                    for inside in (start + 1)..<(end - 1) { marks[inside] |= 1 << (base + 1) }
                    marks[end - 1] |= 1 << (base + 2)
                }
                if flags & Category.prefix.rawValue == 0 { break }
            }
        }
    }
}

extension Gazetteer {
    /// Builds a gazetteer from names given as lowercased word lists.
    public init(names: [(words: [String], category: Category)]) {
        var entries: [UInt64: UInt8] = [:]
        var longest = 0
        for (words, category) in names where !words.isEmpty {
            longest = max(longest, words.count)
            var hash: UInt64 = 0
            for (index, word) in words.enumerated() {
                hash = Gazetteer.extend(hash, with: Gazetteer.wordHash(word))
                let flag = index == words.count - 1 ? category.rawValue : Category.prefix.rawValue
                entries[hash, default: 0] |= flag
            }
        }
        self.init(maximumLength: longest, entries: entries)
    }

    /// The `gazetteer` model file section: maximum length, count, then (hash, flags) pairs
    /// in hash order, so the same names always give the same bytes.
    public func encoded() -> Data {
        var out = ByteWriter()
        out.uint32(UInt32(maximumLength))
        Gazetteer.encodePairs(entries, into: &out)
        return Data(out.data)
    }

    public init(encoded data: Data, file: String) throws {
        var reader = ByteReader(data: data, file: file)
        let longest = Int(try reader.uint32())
        let count = Int(try reader.uint32())
        self.init(maximumLength: longest, entries: try Gazetteer.decodePairs(data, at: reader.offset, count: count, file: file))
    }

    /// Writes the count, then (UInt64 hash, UInt8 value) pairs in hash order, so the same
    /// table always gives the same bytes; `decodePairs` reads them back.
    static func encodePairs(_ pairs: [UInt64: UInt8], into out: inout ByteWriter) {
        out.uint32(UInt32(pairs.count))
        for (hash, value) in pairs.sorted(by: { $0.key < $1.key }) {
            out.uint64(hash)
            out.bytes([value])
        }
    }

    /// Reads `count` (UInt64 hash, UInt8 value) pairs from `offset` in one pass over the
    /// bytes; the `gazetteer` and `casing` sections share this layout.
    static func decodePairs(_ data: Data, at offset: Int, count: Int, file: String) throws -> [UInt64: UInt8] {
        guard count >= 0, offset + count * 9 <= data.count else { throw ModelFileError.truncated(file: file) }
        var pairs: [UInt64: UInt8] = [:]
        pairs.reserveCapacity(count)
        data.withUnsafeBytes { raw in
            for index in 0..<count {
                let at = offset + index * 9
                let hash = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                pairs[hash] = raw[at + 8]
            }
        }
        return pairs
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
