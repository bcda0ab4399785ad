/// Peeling a chunk from both ends: opening punctuation off the front, closing punctuation,
/// sentence marks and units off the back, and whole tokens (URLs, addresses, handles) kept.
extension ChunkScanner {
    mutating func splitChunk() {
        let count = scalars.count
        if count == 1 {
            emit(0..<1, traitsOfPunctuation(at: 0, alone: true))
            return
        }
        if count <= 4 && TokenizerExceptions.emoticons.contains(key(0..<count, folded: false)) {
            emit(0..<count, .emoticon)
            return
        }
        var low = 0
        var high = count
        var checkedSpecialAt = -1
        suffixes.removeAll(keepingCapacity: true)
        while low < high {
            if checkedSpecialAt != low {
                checkedSpecialAt = low
                if let end = wholeTokenEnd(from: low, to: high) {
                    emit(low..<end)
                    low = end
                    continue
                }
            }
            if let length = prefixLength(low, high) {
                emit(low..<low + length, traitsOfPunctuation(at: low, alone: length == high - low).union(.opening))
                low += length
                continue
            }
            if let (length, traits) = suffixLength(low, high) {
                suffixes.append((high - length..<high, traits))
                high -= length
                continue
            }
            splitCore(low, high)
            break
        }
        while let (range, traits) = suffixes.popLast() {
            emit(range, traits)
        }
    }

    /// Traits of a punctuation token starting at `i`; `alone` when it is the whole chunk.
    func traitsOfPunctuation(at i: Int, alone: Bool) -> TokenTraits {
        switch kinds[i] {
        case .terminal: return .terminal
        case .separator: return .separator
        case .opening: return .opening
        case .closing: return .closing
        case .quote: return alone ? .bareQuote : []
        default: return []
        }
    }

    private func run(of kind: CharacterKind, from i: Int, to high: Int) -> Int {
        var j = i
        while j < high && kinds[j] == kind { j += 1 }
        return j - i
    }

    private func runBackward(of kind: CharacterKind, from high: Int, to low: Int) -> Int {
        var j = high
        while j > low && kinds[j - 1] == kind { j -= 1 }
        return high - j
    }

    private func prefixLength(_ low: Int, _ high: Int) -> Int? {
        let next = low + 1 < high ? kinds[low + 1] : .space
        switch kinds[low] {
        case .opening, .separator:
            return 1
        case .quote:
            // '72, '90s and 's stay whole; other quotes open.
            if (scalars[low] == 0x27 || scalars[low] == 0x2019) && (next == .digit || isCliticStart(low, high)) {
                return nil
            }
            return 1
        case .terminal:
            if scalars[low] == 0x2E && next.isWordLike { return nil }
            return run(of: .terminal, from: low, to: high)
        case .currency:
            return next == .digit ? 1 : nil
        case .hash:
            return next.isLetter ? nil : 1
        case .at:
            return next.isWordLike ? nil : 1
        case .dash:
            return run(of: .dash, from: low, to: high)
        case .hyphen:
            let length = run(of: .hyphen, from: low, to: high)
            return length >= 2 ? length : nil
        case .symbol:
            return isSplittableSymbol(scalars[low]) ? sameScalarRun(from: low, to: high) : nil
        default:
            return nil
        }
    }

    /// Length of the run of copies of the scalar at `i` ("****", "==", "<<").
    private func sameScalarRun(from i: Int, to high: Int) -> Int {
        var j = i + 1
        while j < high && scalars[j] == scalars[i] { j += 1 }
        return j - i
    }

    private func isCliticStart(_ low: Int, _ high: Int) -> Bool {
        let length = high - low
        guard length >= 2 && length <= 6 else { return false }
        let word = key(low + 1..<high, folded: true)
        return word == Self.cliticS || word == Self.cliticEm || word == Self.cliticCause || word == Self.cliticTil
    }

    private static let cliticS = ScalarKey.of("s")
    private static let cliticEm = ScalarKey.of("em")
    private static let cliticCause = ScalarKey.of("cause")
    private static let cliticTil = ScalarKey.of("til")

    private func isSplittableSymbol(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2A, 0x2022, 0x00B7, 0x25AA, 0x25CF, 0x25E6, 0x2023, 0x2043, 0x3E, 0x3C, 0x7C, 0x7E, 0x3D: true
        default: false
        }
    }

    private mutating func suffixLength(_ low: Int, _ high: Int) -> (Int, TokenTraits)? {
        let last = high - 1
        switch kinds[last] {
        case .closing, .quote:
            return (1, .closing)
        case .opening:
            // A quote mark at the end of a word closes, whichever way it curls ("decision.“").
            return (1, scalars[last] == 0x201C || scalars[last] == 0x2018 ? .closing : .opening)
        case .separator:
            return (1, .separator)
        case .percent:
            return (1, [])
        case .dash:
            return (runBackward(of: .dash, from: high, to: low), [])
        case .hyphen:
            let length = runBackward(of: .hyphen, from: high, to: low)
            return length >= 2 ? (length, []) : nil
        case .symbol:
            guard isSplittableSymbol(scalars[last]) else { return nil }
            var j = last
            while j > low && scalars[j - 1] == scalars[last] { j -= 1 }
            return (high - j, [])
        case .terminal:
            let length = runBackward(of: .terminal, from: high, to: low)
            if length == 1 && scalars[last] == 0x2E && last > low, let kept = abbreviationTraits(low, last) {
                markAbbreviation(kept)
                return nil
            }
            if length == 2 && scalars[last] == 0x2E && scalars[last - 1] == 0x2E && last - 1 > low
                && abbreviationTraits(low, last - 1) != nil {
                // "Inc.." is the abbreviation and the sentence's own period.
                return (1, .terminal)
            }
            return (length, .terminal)
        default:
            return nil
        }
    }

    /// Remembers that the core about to be emitted keeps its period.
    private mutating func markAbbreviation(_ traits: TokenTraits) {
        pendingAbbreviation = traits
    }

    /// Traits of `low..<period` + "." when that is an abbreviation, an initial or a list
    /// number; nil when the period should be split off.
    private func abbreviationTraits(_ low: Int, _ period: Int) -> TokenTraits? {
        let length = period - low
        if length == 1 {
            if kinds[low].isLetter && scalars[low] != 0x49 { return [.abbreviation, .initial, .detachablePeriod] }
            if kinds[low] == .digit && pendingTraits.contains(.lineStart) { return [.abbreviation, .bullet] }
            return nil
        }
        if length > 12 { return nil }
        if pendingTraits.contains(.lineStart) && length == 2 && kinds[low] == .digit && kinds[low + 1] == .digit {
            return [.abbreviation, .bullet]
        }
        if isDotted(low, period) { return [.abbreviation, .dotted] }
        let exact = key(low..<period, folded: false)
        if TokenizerExceptions.titles.contains(exact) { return [.abbreviation, .title] }
        let folded = key(low..<period, folded: true)
        if TokenizerExceptions.beforeNumberOnly.contains(folded) {
            return numberFollows ? [.abbreviation, .title] : nil
        }
        if TokenizerExceptions.capitalized.contains(exact) || TokenizerExceptions.lowercase.contains(folded) {
            return [.abbreviation, .detachablePeriod]
        }
        return nil
    }

    /// Letters in short groups joined by periods: "U.S", "a.m", "Ph.D", "e.g".
    private func isDotted(_ low: Int, _ high: Int) -> Bool {
        var group = 0
        var periods = 0
        for i in low..<high {
            if kinds[i].isLetter {
                group += 1
                if group > 3 { return false }
            } else if scalars[i] == 0x2E && group > 0 {
                group = 0
                periods += 1
            } else {
                return false
            }
        }
        return periods > 0 && group > 0
    }

    /// The hash of scalars `range`, ASCII letters folded to lower case when `folded`.
    func key(_ range: Range<Int>, folded: Bool) -> UInt64 {
        var hash = ScalarKey.start
        for i in range {
            hash = ScalarKey.mix(hash, folded ? ScalarKey.lower(scalars[i]) : scalars[i])
        }
        return hash
    }
}
