/// The middle of a chunk: whole tokens (URLs, e-mail, handles, hashtags), clitics, fused
/// words, numbers with units, and the infixes UD splits (hyphens, dashes, slashes, commas).
extension ChunkScanner {
    /// The end of a URL, e-mail address, @handle or #hashtag starting at `low`, trimmed of
    /// trailing punctuation; nil when none starts there.
    mutating func wholeTokenEnd(from low: Int, to high: Int) -> Int? {
        guard high - low >= 2 else { return nil }
        switch kinds[low] {
        case .at:
            guard kinds[low + 1].isWordLike || scalars[low + 1] == 0x5F else { return nil }
            var end = low + 1
            while end < high && (kinds[end].isWordLike || scalars[end] == 0x5F || scalars[end] == 0x2E) { end += 1 }
            while scalars[end - 1] == 0x2E { end -= 1 }
            return end
        case .hash:
            guard kinds[low + 1].isLetter else { return nil }
            var end = low + 1
            while end < high && (kinds[end].isWordLike || scalars[end] == 0x5F) { end += 1 }
            return end
        case .upper, .lower:
            if let end = urlEnd(low, high) { return end }
            return chunkHasAt ? emailEnd(low, high) : nil
        case .digit, .other:
            return chunkHasAt ? emailEnd(low, high) : nil
        default:
            return nil
        }
    }

    private static let urlStarts: [[UInt32]] = ["http://", "https://", "ftp://", "www.", "mailto:"].map {
        $0.unicodeScalars.map(\.value)
    }

    private func urlEnd(_ low: Int, _ high: Int) -> Int? {
        let first = ScalarKey.lower(scalars[low])
        guard first == 0x68 || first == 0x66 || first == 0x77 || first == 0x6D else { return nil }
        let starts = Self.urlStarts.contains { start in
            high - low > start.count
                && start.indices.allSatisfy { ScalarKey.lower(scalars[low + $0]) == start[$0] }
        }
        guard starts else { return nil }
        var opened = 0
        for i in low..<high {
            if scalars[i] == 0x28 { opened += 1 } else if scalars[i] == 0x29 { opened -= 1 }
        }
        var end = high
        while end > low + 1 {
            let last = scalars[end - 1]
            let trailing: Bool
            if last == 0x29 {
                trailing = opened < 0
                if trailing { opened += 1 }
            } else {
                let kind = kinds[end - 1]
                trailing = kind == .terminal || kind == .separator || kind == .quote || kind == .closing || last == 0x3E
            }
            guard trailing else { break }
            end -= 1
        }
        return end
    }

    private func emailEnd(_ low: Int, _ high: Int) -> Int? {
        var i = low
        while i < high && (kinds[i].isWordLike || Self.isAddressMark(scalars[i])) { i += 1 }
        guard i < high && kinds[i] == .at && i > low else { return nil }
        i += 1
        let domainStart = i
        var lastDot = -1
        while i < high && (kinds[i].isWordLike || scalars[i] == 0x2E || scalars[i] == 0x2D) {
            if scalars[i] == 0x2E { lastDot = i }
            i += 1
        }
        while i > domainStart && (scalars[i - 1] == 0x2E || scalars[i - 1] == 0x2D) { i -= 1 }
        guard lastDot > domainStart && lastDot < i - 1 else { return nil }
        return i
    }

    /// `.` `_` `%` `+` `-`: marks allowed in the local part of an e-mail address.
    private static func isAddressMark(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x5F || scalar == 0x25 || scalar == 0x2B || scalar == 0x2D
    }

    /// Splits the core `low..<high` (no leading or trailing punctuation left) into words.
    mutating func splitCore(_ low: Int, _ high: Int) {
        let abbreviation = pendingAbbreviation
        pendingAbbreviation = []
        if !abbreviation.isEmpty {
            emit(low..<high, abbreviation)
            return
        }
        if high - low <= 8, let split = TokenizerExceptions.fusedWords[key(low..<high, folded: true)] {
            emit(low..<low + split)
            emit(low + split..<high)
            return
        }
        let clitic = cliticStart(low, high)
        let stemEnd = clitic ?? high
        if kinds[low] == .digit, let unit = unitStart(low, stemEnd) {
            emit(low..<unit, [])
            emit(unit..<stemEnd)
        } else {
            splitInfixes(low, stemEnd)
        }
        if let clitic { emit(clitic..<high) }
    }

    /// `'`, `’`, and the backtick and acute accent some writers type for one.
    private func isApostrophe(_ i: Int) -> Bool {
        scalars[i] == 0x27 || scalars[i] == 0x2019 || scalars[i] == 0x60 || scalars[i] == 0xB4
    }

    private func lower(_ i: Int) -> UInt32 { ScalarKey.lower(scalars[i]) }

    /// Where "n't", "'s", "'re", "'ve", "'ll", "'d" or "'m" starts at the end of a word.
    private func cliticStart(_ low: Int, _ high: Int) -> Int? {
        let length = high - low
        let t: UInt32 = 0x74, n: UInt32 = 0x6E, s: UInt32 = 0x73, d: UInt32 = 0x64, m: UInt32 = 0x6D
        if length >= 4 && lower(high - 1) == t && isApostrophe(high - 2) && lower(high - 3) == n
            && kinds[high - 4].isLetter {
            return high - 3
        }
        let last = lower(high - 1)
        if length >= 3 && isApostrophe(high - 2) && (last == s || last == d || last == m)
            && (kinds[high - 3].isLetter || scalars[high - 3] == 0x2E) {
            return high - 2
        }
        if length >= 4 && isApostrophe(high - 3) && kinds[high - 4].isLetter {
            let pair = (lower(high - 2), lower(high - 1))
            if pair == (0x72, 0x65) || pair == (0x76, 0x65) || pair == (0x6C, 0x6C) { return high - 3 }
        }
        return nil
    }

    /// Where the unit starts in a number written against its unit ("5pm", "4bn", "10k").
    private func unitStart(_ low: Int, _ high: Int) -> Int? {
        var i = low
        while i < high && (kinds[i] == .digit
                           || ((scalars[i] == 0x2C || scalars[i] == 0x2E || scalars[i] == 0x3A)
                               && i + 1 < high && kinds[i + 1] == .digit)) {
            i += 1
        }
        guard i > low && i < high && high - i <= 4 else { return nil }
        for j in i..<high where !(kinds[j] == .lower || kinds[j] == .upper || scalars[j] == 0x2E) { return nil }
        return TokenizerExceptions.units.contains(key(i..<high, folded: true)) ? i : nil
    }
}
