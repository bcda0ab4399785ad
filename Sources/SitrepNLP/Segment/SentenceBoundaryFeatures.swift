import SitrepText

/// The one feature function of the learned sentence-boundary classifier, shared by
/// `SentenceBoundaryTrainer` and `SentenceSplitter`.
///
/// The classifier only decides the gaps the rules cannot see: a capitalised word or a number
/// after no sentence-final punctuation, where e-mail headers ("…Re: meeting ‖From: Sean"),
/// sign-offs ("Thanks, ‖Sean"), titles and name lists end without a mark.
/// At punctuation the rules decide alone, which keeps news text as the rules split it and
/// keeps the classifier off most gaps. The rules' own verdict is a feature.
enum SentenceBoundaryFeatures {
    /// Bump when the features change: a model trained on other features is refused.
    static let version = 2

    /// Whether the classifier decides the gap before token `i`: the next token starts with a
    /// capital or a digit; the previous one is no lower-case word, no capitalised word either
    /// unless a long run without marks precedes it, and, past any closing quotes and
    /// brackets, no sentence-final mark or abbreviation (after those the rules decide).
    /// Each condition keeps the classifier off gaps inside ordinary sentences, for speed.
    static func isCandidate(_ i: Int, in text: TokenizedText) -> Bool {
        let next = text.traits[i]
        let previous = text.traits[i - 1]
        guard next.contains(.upper) || next.contains(.digit), !previous.contains(.lower) else { return false }
        if previous.contains(.upper) && !previous.contains(.digit) && !isLongRun(before: i, text) { return false }
        var j = i - 1
        while j > 0 && i - j <= 3 && !text.traits[j].isDisjoint(with: closers) { j -= 1 }
        return text.traits[j].isDisjoint(with: marks)
    }

    /// Whether more than 25 tokens precede `i` without a sentence mark: capitalised words
    /// inside a sentence ("Joe Biden") are only asked about in such runs, which are headers
    /// and lists.
    private static func isLongRun(before i: Int, _ text: TokenizedText) -> Bool {
        var j = i - 1
        while j >= 0 && i - j <= 25 {
            if text.traits[j].contains(.terminal) || text.traits[j].contains(.lineStart) { return false }
            j -= 1
        }
        return j >= 0
    }

    /// Tokens after which the rules decide.
    private static let marks: TokenTraits = [.terminal, .abbreviation]
    /// Tokens that may close a sentence after its mark.
    private static let closers: TokenTraits = [.closing, .bareQuote, .emoticon]

    /// The features of the gap before token `i`; `sentenceStart` is the first token of the
    /// sentence the gap is in, as decided so far.
    static func features(at i: Int, in text: TokenizedText, utf8: [UInt8], ruleSays: Bool,
                         sentenceStart: Int, into features: inout [UInt64]) {
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
        let field = i + 1 < count && isColon(i + 1, text, utf8) ? 1 : 0
        features.append(hash(19, field, nextWord))
        features.append(hash(20, field, previous))
        let runBefore = capitalRun(from: i - 1, step: -1, text)
        let runAfter = capitalRun(from: i, step: 1, text)
        features.append(hash(21, runBefore, runAfter))
        features.append(hash(22, runBefore, runAfter, previous))
        features.append(hash(23, bucket(i - sentenceStart), previous, next))
        features.append(hash(24, bucket(tokensToMark(after: i, text)), next))
        features.append(hash(25, bucket(count - i), next))
        features.append(hash(26, previousWord, nextWord))
        features.append(hash(27, runAfter, after, field))
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

    /// Token counts in buckets: 1, 2, 3, 4–6, 7–12, 13–25, more.
    private static func bucket(_ n: Int) -> Int {
        n <= 3 ? n : (n <= 6 ? 4 : (n <= 12 ? 5 : (n <= 25 ? 6 : 7)))
    }

    /// Whether token `index` is a colon, as after "Subject" or "From" in a header line.
    private static func isColon(_ index: Int, _ text: TokenizedText, _ utf8: [UInt8]) -> Bool {
        let range = text.tokens[index].utf8
        return range.count == 1 && utf8[range.lowerBound] == 0x3A
    }

    /// How many capitalised tokens run from `index` in direction `step`, up to 4: names in
    /// a list and title-case headlines make long runs.
    private static func capitalRun(from index: Int, step: Int, _ text: TokenizedText) -> Int {
        var j = index
        var run = 0
        while run < 4 && j >= 0 && j < text.traits.count && text.traits[j].contains(.upper) {
            run += 1
            j += step
        }
        return run
    }

    /// How many tokens follow `i` before the next sentence mark or line start, up to 30: a
    /// signature or header runs to the end of the text without one.
    private static func tokensToMark(after i: Int, _ text: TokenizedText) -> Int {
        var j = i + 1
        while j < text.traits.count && j - i < 30 {
            let traits = text.traits[j]
            if traits.contains(.terminal) || traits.contains(.lineStart) { break }
            j += 1
        }
        return j - i
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
