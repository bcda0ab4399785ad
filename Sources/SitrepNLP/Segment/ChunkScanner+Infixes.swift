/// Splits inside a word where UD does: hyphens (except after prefixes such as "e-" and
/// "non-", and inside phone numbers), dashes, ellipses, slashes between words, and commas or
/// colons that are not part of a number.
extension ChunkScanner {
    mutating func splitInfixes(_ low: Int, _ end: Int) {
        var start = low
        var i = low
        while i < end {
            switch kinds[i] {
            case .hyphen:
                var length = 1
                while i + length < end && kinds[i + length] == .hyphen { length += 1 }
                let inside = i > start && i + length < end
                // "U.S.-led" splits after the abbreviation's period too.
                let joins = inside && (kinds[i - 1].isWordLike || scalars[i - 1] == 0x2E) && kinds[i + 1].isWordLike
                if inside && (length > 1 || (joins && !keepsHyphen(at: i, from: start, to: end))) {
                    start = cut(start, i, length)
                }
                i += length
            case .dash:
                var length = 1
                while i + length < end && kinds[i + length] == .dash { length += 1 }
                start = cut(start, i, length)
                i += length
            case .terminal:
                var length = 1
                while i + length < end && kinds[i + length] == .terminal { length += 1 }
                let period = length == 1 && scalars[i] == 0x2E
                if !period && i > start && i + length < end {
                    // "before...I should" may end a sentence; "Nazis...70k" and "what?no" do not.
                    start = cut(start, i, length, kinds[i + length] == .upper ? .terminal : [])
                } else if period && i + 1 < end && kinds[i + 1] == .upper && isWordEnd(i, from: start) {
                    // A missing space: "quality.You'll".
                    start = cut(start, i, 1, .terminal)
                }
                i += length
            case .slash:
                if slashSeparatesWords(at: i, from: start, to: end) { start = cut(start, i, 1) }
                i += 1
            case .separator:
                let numeric = i > start && i + 1 < end && kinds[i - 1] == .digit && kinds[i + 1] == .digit
                    && scalars[i] != 0x3B
                if !numeric && i > start && i + 1 < end { start = cut(start, i, 1, .separator) }
                i += 1
            case .opening, .closing, .quote:
                // Brackets inside a word split ("account(s)" → "account ( s )"); apostrophes stay.
                let splits = kinds[i] != .quote || scalars[i] == 0x22
                if splits && i > low && i + 1 < end {
                    start = cut(start, i, 1, kinds[i] == .opening ? .opening : (kinds[i] == .closing ? .closing : []))
                }
                i += 1
            default:
                i += 1
            }
        }
        emit(start..<end)
    }

    /// Whether a period at `i` ends a lower-case word of three or more letters ("album.That"),
    /// not an abbreviation such as "Ph.D".
    private func isWordEnd(_ i: Int, from start: Int) -> Bool {
        var left = i
        while left > start && kinds[left - 1] == .lower { left -= 1 }
        return i - left >= 3 && left == start
    }

    /// Emits the word before an infix and the infix itself; returns where the next word starts.
    private mutating func cut(_ start: Int, _ infix: Int, _ length: Int, _ traits: TokenTraits = []) -> Int {
        emit(start..<infix)
        emit(infix..<infix + length, traits)
        return infix + length
    }

    /// Whether UD keeps the hyphen at `i` inside its word: after a listed prefix ("e-mail",
    /// "non-stop") or inside a phone or postal number ("345-9945", "713-853-3989").
    private mutating func keepsHyphen(at i: Int, from start: Int, to end: Int) -> Bool {
        if kinds[i - 1] == .digit && kinds[i + 1] == .digit {
            if i < digitGroup.end { return digitGroup.keep }
            var left = i
            while left > start && (kinds[left - 1] == .digit || kinds[left - 1] == .hyphen) { left -= 1 }
            var right = i
            while right < end && (kinds[right] == .digit || kinds[right] == .hyphen) { right += 1 }
            var groups: [Int] = [0]
            for j in left..<right {
                if kinds[j] == .hyphen { groups.append(0) } else { groups[groups.count - 1] += 1 }
            }
            let phone = (groups.count >= 3 && !groups.contains(0))
                || (groups.count == 2 && groups[0] != 4 && groups[0] > 0 && groups[1] == 4)
            digitGroup = (right, phone)
            return phone
        }
        var left = i
        while left > start && kinds[left - 1].isLetter && i - left <= 8 { left -= 1 }
        guard i - left <= 7, left == start || !kinds[left - 1].isWordLike else { return false }
        return TokenizerExceptions.hyphenPrefixes.contains(key(left..<i, folded: true))
    }

    /// A slash between two words of two or more letters ("and/or") is a token of its own;
    /// dates, fractions and "s/he" stay whole.
    private func slashSeparatesWords(at i: Int, from start: Int, to end: Int) -> Bool {
        guard i > start && i + 1 < end else { return false }
        var left = i
        while left > start && kinds[left - 1].isLetter { left -= 1 }
        guard i - left >= 2 && (left == start || !kinds[left - 1].isWordLike) else { return false }
        var right = i + 1
        while right < end && kinds[right].isLetter { right += 1 }
        return right - i - 1 >= 2 && (right == end || !kinds[right].isWordLike)
    }
}
