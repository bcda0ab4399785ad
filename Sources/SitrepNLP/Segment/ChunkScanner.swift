import SitrepText

/// The tokenizer's working state: walks the UTF-8 bytes once, gathers each whitespace-free
/// chunk into scratch arrays of scalars, and hands it to the chunk rules.
///
/// Scratch indices are scalar positions inside the chunk; `offsets[i]` is the byte offset of
/// scalar `i` and `offsets[count]` the chunk's end, so a token `a..<b` of the chunk is
/// `chunkScalarStart + a ..< chunkScalarStart + b` in scalars and `offsets[a]..<offsets[b]`
/// in bytes.
struct ChunkScanner {
    var tokens: [Token] = []
    var traits: [TokenTraits] = []

    var scalars: [UInt32] = []
    var kinds: [CharacterKind] = []
    var offsets: [Int] = []
    var chunkScalarStart = 0
    /// Traits the next emitted token gets because of where its chunk stands.
    var pendingTraits: TokenTraits = [.lineStart, .paragraphStart]
    /// The chunk holds an `@`, so an e-mail address is worth looking for.
    var chunkHasAt = false
    /// The text after the chunk (past spaces) starts with a digit: "No." before "10".
    var numberFollows = false
    /// Tokens split off the end of the chunk, emitted after its core, innermost last.
    var suffixes: [(Range<Int>, TokenTraits)] = []
    /// Set when the chunk's core keeps its final period ("Inc."): the traits its last token gets.
    var pendingAbbreviation: TokenTraits = []
    /// The end of a run of digits and hyphens already judged, and whether it is kept whole
    /// (a phone number): so "1-2-3-…" is judged once, not once per hyphen.
    var digitGroup: (end: Int, keep: Bool) = (-1, false)
    /// The fused words ("cannot", "gonna"), held here so the hot path skips the global's lazy
    /// initialisation check.
    private let fusedWords = Self.fusedWordSet
    /// Words that may be abbreviations when a period follows: folded to lower case, and as
    /// written ("Gen", "Calif").
    private let abbreviations = Self.abbreviationSet
    private let capitalizedAbbreviations = Self.capitalizedAbbreviationSet

    private static let fusedWordSet = HashedWordSet(Set(TokenizerExceptions.fusedWords.keys))
    private static let abbreviationSet = HashedWordSet(
        TokenizerExceptions.lowercase.union(TokenizerExceptions.beforeNumberOnly))
    private static let capitalizedAbbreviationSet = HashedWordSet(
        TokenizerExceptions.titles.union(TokenizerExceptions.capitalized))

    init(estimatedTokens: Int) {
        tokens.reserveCapacity(estimatedTokens)
        traits.reserveCapacity(estimatedTokens)
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var scalarIndex = 0
        var lineBreaks = 0
        var previousWasCR = false
        var sawSpace = false
        let end = bytes.count
        while i < end {
            if bytes[i] == 0x20 {
                sawSpace = true
                previousWasCR = false
                i += 1
                scalarIndex += 1
                continue
            }
            let (value, length) = Self.decode(bytes, at: i)
            let kind = CharacterKind.of(value)
            if kind == .space {
                if CharacterKind.isLineBreak(value) && !(value == 0x0A && previousWasCR) {
                    lineBreaks += value == 0x2029 ? 2 : 1
                }
                previousWasCR = value == 0x0D
                sawSpace = true
                i += length
                scalarIndex += 1
                continue
            }
            previousWasCR = false
            if tokens.isEmpty || lineBreaks > 0 { pendingTraits.insert(.lineStart) }
            if tokens.isEmpty || lineBreaks > 1 { pendingTraits.insert(.paragraphStart) }
            if sawSpace && !tokens.isEmpty { pendingTraits.insert(.spaceBefore) }
            lineBreaks = 0
            sawSpace = false
            if let chunkEnd = plainChunk(bytes, from: i, scalarIndex: scalarIndex) {
                scalarIndex += chunkEnd - i
                i = chunkEnd
                continue
            }
            scalars.removeAll(keepingCapacity: true)
            kinds.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            chunkScalarStart = scalarIndex
            chunkHasAt = false
            var (chunkValue, chunkLength, chunkKind) = (value, length, kind)
            while true {
                scalars.append(chunkValue)
                kinds.append(chunkKind)
                offsets.append(i)
                chunkHasAt = chunkHasAt || chunkKind == .at
                i += chunkLength
                scalarIndex += 1
                guard i < end else { break }
                (chunkValue, chunkLength) = Self.decode(bytes, at: i)
                chunkKind = CharacterKind.of(chunkValue)
                if chunkKind == .space { break }
            }
            offsets.append(i)
            numberFollows = Self.digitFollows(bytes, from: i)
            splitChunk()
        }
    }

    /// The fast path for the commonest chunks: ASCII letters only or digits only, maybe with
    /// one trailing `,` `;` `:` or period. Emits them straight from the bytes and returns the chunk's
    /// end; nil when the chunk needs the full rules.
    private mutating func plainChunk(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalarIndex: Int) -> Int? {
        let end = bytes.count
        let first = bytes[start]
        let letters: Bool
        if (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A {
            letters = true
        } else if first >= 0x30 && first <= 0x39 {
            letters = false
        } else {
            return nil
        }
        var j = start + 1
        if letters {
            while j < end && (bytes[j] | 0x20) >= 0x61 && (bytes[j] | 0x20) <= 0x7A { j += 1 }
        } else {
            while j < end && bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
        }
        let length = j - start
        var hash: UInt64 = 0
        if letters && length >= 2 && length <= 8 {
            hash = ScalarKey.start
            for k in start..<j { hash = ScalarKey.mix(hash, ScalarKey.lower(UInt32(bytes[k]))) }
            if fusedWords.contains(hash) { return nil }
        }
        var mark: TokenTraits?
        if j < end && !Self.isASCIISpace(bytes[j]) {
            guard j + 1 == end || Self.isASCIISpace(bytes[j + 1]) else { return nil }
            switch bytes[j] {
            case 0x2C, 0x3B, 0x3A:
                mark = .separator
            case 0x2E:
                // A period ends the word unless the word may be an abbreviation ("etc.",
                // "Gen.", "no. 10") or a list number ("1." opening a line); those take the
                // full rules.
                if letters {
                    guard length >= 2, hash == 0 || !mayBeAbbreviation(bytes[start..<j], folded: hash) else { return nil }
                } else {
                    guard length > 2 || !pendingTraits.contains(.lineStart) else { return nil }
                }
                mark = .terminal
            default:
                return nil
            }
        }
        let shape: TokenTraits = letters ? (first <= 0x5A ? .upper : .lower) : .digit
        append(scalars: scalarIndex..<scalarIndex + length, utf8: start..<j, shape)
        guard let mark else { return j }
        append(scalars: scalarIndex + length..<scalarIndex + length + 1, utf8: j..<j + 1, mark)
        return j + 1
    }

    /// Whether a word of ASCII letters is on one of the abbreviation lists, in its own case
    /// or folded to lower case.
    private func mayBeAbbreviation(_ word: Slice<UnsafeBufferPointer<UInt8>>, folded: UInt64) -> Bool {
        if abbreviations.contains(folded) { return true }
        var exact = ScalarKey.start
        for byte in word { exact = ScalarKey.mix(exact, UInt32(byte)) }
        return capitalizedAbbreviations.contains(exact)
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private mutating func append(scalars: Range<Int>, utf8: Range<Int>, _ extra: TokenTraits) {
        tokens.append(Token(scalars: scalars, utf8: utf8))
        traits.append(extra.union(pendingTraits))
        pendingTraits = []
    }

    /// Appends token `range` of the current chunk.
    mutating func emit(_ range: Range<Int>, _ extra: TokenTraits = []) {
        guard !range.isEmpty else { return }
        var flags = extra
        switch kinds[range.lowerBound] {
        case .upper: flags.insert(.upper)
        case .lower: flags.insert(.lower)
        case .digit: flags.insert(.digit)
        case .other where scalars[range.lowerBound] >= 0xC0:
            flags.insert(Self.isUppercase(scalars[range.lowerBound]) ? .upper : .lower)
        default: break
        }
        append(scalars: chunkScalarStart + range.lowerBound..<chunkScalarStart + range.upperBound,
               utf8: offsets[range.lowerBound]..<offsets[range.upperBound], flags)
    }

    private static func isUppercase(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isUppercase
    }

    /// Decodes the scalar starting at byte `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Whether the next non-blank byte after `i` on the same line is an ASCII digit.
    private static func digitFollows(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        var j = i
        while j < bytes.count && j < i + 4 && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
        return j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39
    }
}
