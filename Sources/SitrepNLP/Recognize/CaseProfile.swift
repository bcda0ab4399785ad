import Foundation

/// How each word is usually written in running text: almost always capitalised ("Biden"),
/// mostly, sometimes, or almost never ("warns"), counted over the training sentences.
///
/// This is what makes capitalisation usable where it says nothing by itself: in a headline
/// or a line in capitals, "Warns" is still a word that is normally lowercase. Only
/// positions after the first word of a sentence count, since sentence-initial words are
/// capitalised whatever they are. Stored as the model file's `casing` section.
public struct CaseProfile: Sendable {
    /// Word hash (`Gazetteer.wordHash` of the lowercased word) → class 1...8: four
    /// capitalisation ratios × two frequency bands. Unseen or rare words have no class (0).
    private let classes: [UInt64: UInt8]

    init(classes: [UInt64: UInt8]) { self.classes = classes }

    public var count: Int { classes.count }

    /// The class of a word by its lowercased hash; 0 when the word was rarely seen.
    @inline(__always)
    public func `class`(of word: UInt64) -> UInt8 { classes[word] ?? 0 }

    /// Counts capitalised and lowercase non-initial occurrences of every word.
    public init(sentences: [[String]]) {
        var counts: [UInt64: (upper: Int32, lower: Int32)] = [:]
        for words in sentences {
            for word in words.dropFirst() {
                guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { continue }
                let key = Gazetteer.wordHash(word.lowercased())
                if first.properties.isUppercase {
                    counts[key, default: (0, 0)].upper += 1
                } else {
                    counts[key, default: (0, 0)].lower += 1
                }
            }
        }
        var classes: [UInt64: UInt8] = [:]
        for (key, count) in counts {
            let total = count.upper + count.lower
            guard total >= 2 else { continue }
            let ratio = Double(count.upper) / Double(total)
            let band: UInt8 = ratio < 0.05 ? 0 : ratio < 0.5 ? 1 : ratio < 0.95 ? 2 : 3
            classes[key] = 1 + band + (total >= 10 ? 4 : 0)
        }
        self.classes = classes
    }

    /// The `casing` section: count, then (hash, class) pairs in hash order.
    public func encoded() -> Data {
        var out = ByteWriter()
        Gazetteer.encodePairs(classes, into: &out)
        return Data(out.data)
    }

    public init(encoded data: Data, file: String) throws {
        var reader = ByteReader(data: data, file: file)
        let count = Int(try reader.uint32())
        self.init(classes: try Gazetteer.decodePairs(data, at: reader.offset, count: count, file: file))
    }
}
