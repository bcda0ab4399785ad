import SitrepText

/// The one feature function of the learned sentence-boundary classifier, shared by
/// `SentenceBoundaryTrainer` and `SentenceSplitter`.
///
/// A candidate is the gap before token `i`. The rules' own verdict is a feature, so the
/// classifier starts from them and learns where the treebanks disagree: sign-offs
/// ("Thanks, ‖Sean"), header lines ("12:05 PM ‖I just…"), lower-case starts.
enum SentenceBoundaryFeatures {
    /// Bump when the features change: a model trained on other features is refused.
    static let version = 1

    /// Whether the gap before token `i` is worth asking the classifier about. Every other gap
    /// is inside a sentence; asking only here keeps the splitter fast.
    static func isCandidate(_ i: Int, in text: TokenizedText, ruleSays: Bool) -> Bool {
        if ruleSays { return true }
        let previous = text.traits[i - 1]
        let next = text.traits[i]
        if next.contains(.lineStart) { return true }
        if !previous.isDisjoint(with: marks) { return true }
        return (next.contains(.upper) || next.contains(.digit)) && !previous.contains(.lower)
    }

    /// Tokens after which a sentence may end.
    private static let marks: TokenTraits = [.terminal, .abbreviation, .closing, .emoticon, .separator, .bareQuote]

    static func features(at i: Int, in text: TokenizedText, utf8: [UInt8], ruleSays: Bool,
                         into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let count = text.tokens.count
        let previous = shape(i - 1, text, utf8)
        let next = shape(i, text, utf8)
        let before = i >= 2 ? shape(i - 2, text, utf8) : 0
        let after = i + 1 < count ? shape(i + 1, text, utf8) : 0
        let previousWord = word(i - 1, text, utf8)
        let nextWord = word(i, text, utf8)
        let rule = ruleSays ? 1 : 0
        let lineBreak = text.traits[i].contains(.lineStart) ? 1 : 0
        let space = text.traits[i].contains(.spaceBefore) ? 1 : 0

        features.append(hash(0, 1))
        features.append(hash(1, rule))
        features.append(hash(2, rule, previous))
        features.append(hash(3, previous))
        features.append(hash(4, next))
        features.append(hash(5, previous, next))
        features.append(hash(6, previousWord))
        features.append(hash(7, nextWord))
        features.append(hash(8, previousWord, next))
        features.append(hash(9, before, previous, next))
        features.append(hash(10, previous, next, after))
        features.append(hash(11, lineBreak, previous, next))
        features.append(hash(12, space, previous))
        features.append(hash(13, i >= 2 ? word(i - 2, text, utf8) : 0, previousWord))
        features.append(hash(14, rule, lineBreak, next))
        features.append(hash(15, previous, nextWord))
        features.append(hash(16, distanceToMark(before: i, text), next))
        features.append(hash(17, rule, nextWord))
        features.append(hash(18, rule, previousWord))
    }

    /// A feature hash of a template and up to three values; no arrays, as this runs for
    /// every candidate gap.
    private static func hash(_ template: UInt16, _ a: Int, _ b: Int = 0, _ c: Int = 0) -> UInt64 {
        var h = FeatureHash(template: template)
        h.add(a)
        h.add(b)
        h.add(c)
        return h.value
    }

    /// How far back the last sentence mark or line start is, in buckets: long runs without
    /// one are lists and headers whose line breaks the text lost.
    private static func distanceToMark(before i: Int, _ text: TokenizedText) -> Int {
        var j = i - 1
        while j >= 0 && i - j <= 40 {
            let traits = text.traits[j]
            if traits.contains(.terminal) || traits.contains(.lineStart) { break }
            j -= 1
        }
        let distance = i - j
        return distance <= 3 ? 0 : (distance <= 8 ? 1 : (distance <= 20 ? 2 : 3))
    }

    /// A small code for what token `index` looks like.
    private static func shape(_ index: Int, _ text: TokenizedText, _ utf8: [UInt8]) -> Int {
        let traits = text.traits[index]
        let range = text.tokens[index].utf8
        let first = utf8[range.lowerBound]
        if traits.contains(.terminal) {
            if range.count > 1 { return first == 0x2E || first == 0xE2 ? 1 : 2 }
            return first == 0x2E ? 3 : (first == 0x3F ? 4 : (first == 0x21 ? 5 : 1))
        }
        if traits.contains(.title) { return 6 }
        if traits.contains(.initial) { return 7 }
        if traits.contains(.dotted) { return 8 }
        if traits.contains(.abbreviation) { return traits.contains(.bullet) ? 9 : 10 }
        if traits.contains(.emoticon) { return 11 }
        if traits.contains(.separator) { return first == 0x2C ? 12 : (first == 0x3A ? 13 : 14) }
        if traits.contains(.bareQuote) { return 15 }
        if traits.contains(.closing) { return first == 0x29 || first == 0x5D ? 16 : 17 }
        if traits.contains(.opening) { return first == 0x28 || first == 0x5B ? 18 : 19 }
        if traits.contains(.digit) { return 20 }
        if traits.contains(.lower) { return 21 }
        if traits.contains(.upper) {
            let second = range.count > 1 ? utf8[range.lowerBound + 1] : 0
            return second >= 0x41 && second <= 0x5A ? 22 : 23
        }
        return 24
    }

    /// The token's lower-cased text as a number; long tokens share one value.
    private static func word(_ index: Int, _ text: TokenizedText, _ utf8: [UInt8]) -> Int {
        let range = text.tokens[index].utf8
        guard range.count <= 12 else { return 1 }
        var hash = ScalarKey.start
        for i in range { hash = ScalarKey.mix(hash, ScalarKey.lower(UInt32(utf8[i]))) }
        return Int(truncatingIfNeeded: hash)
    }
}
