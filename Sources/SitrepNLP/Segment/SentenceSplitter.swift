import SitrepText

/// Groups tokens into sentences by rule.
///
/// A sentence ends:
/// - at a blank line, always (paragraphs never share a sentence);
/// - at a line break before a capitalised word, a number, a bullet or a quote, unless the
///   line ended with a comma, a hyphen or a title ("Gen.\nMilley"): headlines, datelines and
///   list items have no final punctuation;
/// - after `.` `!` `?` `…` and any closing quotes or brackets that follow them, when the next
///   word starts with a capital, a digit, a quote or a bracket (`"Stop!" he said` goes on);
/// - after an abbreviation ("U.S.", "Inc.", "etc.") only when the next word is one that
///   starts sentences ("…in the U.S. The Pentagon said…"), never after a title ("Gen.") or an
///   initial ("J. Edgar").
///
/// Decimals, times, "No. 10" and list numbers never reach these rules: the tokenizer keeps
/// them inside their tokens.
///
/// With a `model`, a learned boundary classifier (`SentenceBoundaryFeatures`) decides the
/// gaps before a capitalised word or a number that follow no punctuation, with the rules'
/// verdict as one of its features; the rules decide every other gap, and blank lines
/// always split.
struct SentenceSplitter: Sendable {
    var model: PerceptronModel?

    /// How far the boundary score must beat the inside score before the classifier splits.
    /// A split it gets wrong costs two sentences, so it must be sure; chosen on EWT and GUM
    /// dev together (with every capitalised gap as a candidate, EWT / GUM dev sentence F1 was
    /// 88.83 / 95.49 at 0, 88.31 / 95.65 at 4, 88.13 / 95.81 at 8, 87.67 / 95.97 at 12).
    static let boundaryMargin: Float = 8

    /// Sentence boundaries: the index of the first token of each sentence after the first.
    func boundaries(_ text: TokenizedText, utf8: [UInt8]) -> [Int] {
        let ruleStarts = ruleBoundaries(text, utf8: utf8)
        guard let model, text.tokens.count > 1 else { return ruleStarts }
        var starts: [Int] = []
        starts.reserveCapacity(ruleStarts.count)
        var nextRule = 0
        var features: [UInt64] = []
        var scratch: [Float] = []
        for i in 1..<text.tokens.count {
            let ruleSays = nextRule < ruleStarts.count && ruleStarts[nextRule] == i
            if ruleSays { nextRule += 1 }
            if text.traits[i].contains(.paragraphStart) || !SentenceBoundaryFeatures.isCandidate(i, in: text) {
                if ruleSays { starts.append(i) }
                continue
            }
            SentenceBoundaryFeatures.features(at: i, in: text, utf8: utf8, ruleSays: ruleSays,
                                              sentenceStart: starts.last ?? 0, into: &features)
            model.scores(features, into: &scratch)
            if scratch[1] - scratch[0] > Self.boundaryMargin { starts.append(i) }
        }
        return starts
    }

    /// Sentence boundaries by the rules alone.
    func ruleBoundaries(_ text: TokenizedText, utf8: [UInt8]) -> [Int] {
        let traits = text.traits
        let count = traits.count
        var starts: [Int] = []
        var nesting = Nesting(text: text, utf8: utf8)
        var i = 1
        while i < count {
            nesting.track(upTo: i)
            let here = traits[i]
            let previous = traits[i - 1]
            if here.contains(.paragraphStart) || (here.contains(.lineStart) && startsNewLine(after: previous, next: here)) {
                starts.append(i)
                nesting.reset()
                i += 1
                continue
            }
            guard previous.contains(.terminal) || isSentenceAbbreviation(previous) else {
                i += 1
                continue
            }
            // Closing quotes and brackets after the mark belong to the sentence it ends.
            var next = i
            while next < count && !traits[next].contains(.lineStart) {
                if nesting.closes(next) {
                    next += 1
                } else if let end = footnoteEnd(at: next, text, utf8: utf8) {
                    next = end
                } else {
                    break
                }
                nesting.track(upTo: next)
            }
            guard next < count else { break }
            if !traits[next].contains(.lineStart)
                && endsSentence(mark: previous, markToken: text.tokens[i - 1], closed: next > i,
                                next: traits[next], nextToken: text.tokens[next], utf8: utf8) {
                starts.append(next)
                nesting.reset()
            }
            i = max(next, i + 1)
        }
        return starts
    }

    /// The end of a footnote mark such as "[17]" starting at `index`, which belongs to the
    /// sentence before it.
    private func footnoteEnd(at index: Int, _ text: TokenizedText, utf8: [UInt8]) -> Int? {
        guard index + 2 < text.tokens.count, text.traits[index + 1].contains(.digit),
              utf8[text.tokens[index].utf8.lowerBound] == 0x5B, utf8[text.tokens[index + 2].utf8.lowerBound] == 0x5D,
              text.tokens[index + 1].utf8.count <= 3
        else { return nil }
        return index + 3
    }

    /// Whether a line break before `next` ends the sentence.
    private func startsNewLine(after previous: TokenTraits, next: TokenTraits) -> Bool {
        if next.contains(.bullet) || previous.contains(.terminal) { return true }
        if previous.contains(.title) || previous.contains(.separator) { return false }
        return !next.contains(.lower)
    }

    /// Abbreviations that may end a sentence: not titles ("Gen.") or list numbers ("1.").
    /// Initials count, because the splitter only ends a sentence after one before a word
    /// such as "The" or "So" that starts sentences, never before a surname.
    private func isSentenceAbbreviation(_ traits: TokenTraits) -> Bool {
        traits.contains(.abbreviation) && !traits.contains(.title) && !traits.contains(.bullet)
    }

    private func closes(_ traits: TokenTraits, openQuotes: Int, openBrackets: Int) -> Bool {
        if traits.contains(.closing) { return true }
        if traits.contains(.bareQuote) { return openQuotes > 0 }
        return false
    }

    /// Whether the sentence ends after `mark` (a terminal or an abbreviation) before `next`;
    /// `closed` when quotes or brackets stand between them.
    private func endsSentence(mark: TokenTraits, markToken: Token, closed: Bool,
                              next: TokenTraits, nextToken: Token, utf8: [UInt8]) -> Bool {
        if next.contains(.lineStart) { return true }
        if mark.contains(.terminal) {
            if next.contains(.separator) || next.contains(.terminal) || next.contains(.closing) { return false }
            if next.contains(.lower) {
                // "i went home. then…" ends; "Stop!" he said, and "wait… what" go on.
                return !closed && !isEllipsis(markToken, utf8: utf8)
            }
            return true
        }
        return next.contains(.upper) && isStarter(nextToken, utf8: utf8)
    }

    /// "..", "...", "…" or a run holding them.
    private func isEllipsis(_ token: Token, utf8: [UInt8]) -> Bool {
        var periods = 0
        for i in token.utf8 {
            if utf8[i] == 0x2E { periods += 1 } else if utf8[i] == 0xE2 { return true }
        }
        return periods >= 2
    }

    private func isStarter(_ token: Token, utf8: [UInt8]) -> Bool {
        guard token.utf8.count <= 12 else { return false }
        var hash = ScalarKey.start
        for i in token.utf8 { hash = ScalarKey.mix(hash, UInt32(utf8[i])) }
        return TokenizerExceptions.sentenceStarters.contains(hash)
    }
}

/// Open quotes and brackets so far in the sentence, so a bare `"` after a period is known to
/// close it rather than open the next one.
private struct Nesting {
    let text: TokenizedText
    let utf8: [UInt8]
    private var tracked = 0
    private var quotes = 0
    private var brackets = 0

    init(text: TokenizedText, utf8: [UInt8]) {
        self.text = text
        self.utf8 = utf8
    }

    mutating func reset() {
        quotes = 0
        brackets = 0
    }

    /// Whether token `index` closes something open (or is a closing mark at all).
    func closes(_ index: Int) -> Bool {
        let traits = text.traits[index]
        if traits.contains(.closing) || traits.contains(.emoticon) { return true }
        return traits.contains(.bareQuote) && quotes > 0 && isDoubleQuote(index)
    }

    /// Counts the tokens before `end` not counted yet.
    mutating func track(upTo end: Int) {
        while tracked < end {
            let traits = text.traits[tracked]
            if traits.contains(.bareQuote) {
                if isDoubleQuote(tracked) { quotes = quotes > 0 ? quotes - 1 : 1 }
            } else if traits.contains(.opening) {
                if isDoubleQuote(tracked) { quotes += 1 } else { brackets += 1 }
            } else if traits.contains(.closing) {
                if isDoubleQuote(tracked) { quotes = max(0, quotes - 1) } else { brackets = max(0, brackets - 1) }
            }
            tracked += 1
        }
    }

    /// `"`, `“` or `”`.
    private func isDoubleQuote(_ index: Int) -> Bool {
        let range = text.tokens[index].utf8
        let first = utf8[range.lowerBound]
        if first == 0x22 { return true }
        return range.count == 3 && first == 0xE2 && utf8[range.lowerBound + 1] == 0x80
            && (utf8[range.lowerBound + 2] == 0x9C || utf8[range.lowerBound + 2] == 0x9D)
    }
}
