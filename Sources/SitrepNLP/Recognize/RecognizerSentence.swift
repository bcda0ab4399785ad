import SitrepText

/// A sentence as the recognizer's features see it: per token, hashes of its word forms and
/// affixes, its predicted part-of-speech tags, its capitalisation, how the word is usually
/// capitalised, and the gazetteer names covering it; computed once per
/// sentence so that each feature is a cheap combination of integers.
public struct RecognizerSentence: Sendable {
    /// What the features need of one token.
    public struct Token: Sendable {
        var lower: UInt64
        var word: UInt64
        var shape: UInt64
        var suffix2: UInt64
        var suffix3: UInt64
        var suffix4: UInt64
        var prefix3: UInt64
        /// The predicted UPOS tag (16 + raw value) and a hash of the Penn tag; 2 when the
        /// sentence has no tags.
        var upos: UInt64
        var xpos: UInt64
        var capitals: Capitals
        /// Gazetteer marks: bit `4 × category + BILOU position`.
        var gazetteer: UInt32
        /// The word's `CaseProfile` class.
        var casing: UInt8
    }

    /// How a token is capitalised.
    enum Capitals: UInt8 {
        case none, lower, initial, all, single, mixed, digit
    }

    public private(set) var tokens: [Token]
    /// Almost all words are capitalised, so capitals say little (see `RecognizerFeatures`).
    public private(set) var isHeadline: Bool
    /// Tokens no entity includes: what the tagger read as finite verbs (VBD, VBZ, VBP, MD)
    /// and as colons or dashes between clauses (Penn `:`), which end "Mario Lucero: Right now,
    /// …" in an interview; and the days of the week, which no PER, ORG or LOC span in the
    /// training corpora includes but wire copy writes right after a name ("President Biden
    /// Tuesday said", "The United Nations Wednesday condemned").
    public private(set) var barriers: [Bool]

    private static let boundary = Token(
        lower: 1, word: 1, shape: 1, suffix2: 1, suffix3: 1, suffix4: 1, prefix3: 1, upos: 1, xpos: 1, capitals: .none, gazetteer: 0, casing: 0)

    /// `tags` are the shipped tagger's predictions for `words` (`RecognizerTags.tag`); a
    /// sentence without them is still tagged, less well.
    public init(words: [String], tags: RecognizerTags?, gazetteer: Gazetteer, casing: CaseProfile) {
        let tagged = tags.map { $0.upos.count == words.count && $0.xpos.count == words.count } ?? false
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        var long = 0
        var capitalised = 0
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            let capitals = RecognizerSentence.capitals(of: word)
            if word.utf8.count >= 4, capitals != .none, capitals != .digit {
                long += 1
                if capitals == .initial || capitals == .all || capitals == .single { capitalised += 1 }
            }
            let lowerHash = Gazetteer.wordHash(lower)
            // ASCII words are sliced by bytes; others by characters, so no scalar is cut.
            let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
            func suffix(_ n: Int) -> Substring { ascii ? Substring(lower.utf8.suffix(n)) : lower.suffix(n) }
            tokens.append(Token(
                lower: lowerHash,
                word: RecognizerSentence.hash(1, word),
                shape: RecognizerSentence.hash(2, RecognizerSentence.shape(of: word)),
                suffix2: RecognizerSentence.hash(3, suffix(2)),
                suffix3: RecognizerSentence.hash(4, suffix(3)),
                suffix4: RecognizerSentence.hash(5, suffix(4)),
                prefix3: RecognizerSentence.hash(6, ascii ? Substring(lower.utf8.prefix(3)) : lower.prefix(3)),
                upos: tagged ? 16 + UInt64(tags?.upos[index].rawValue ?? 0) : 2,
                xpos: tagged ? RecognizerSentence.hash(8, tags?.xpos[index] ?? "") : 2,
                capitals: capitals, gazetteer: 0, casing: casing.class(of: lowerHash)))
        }
        var marks: [UInt32] = []
        gazetteer.matches(tokens.map(\.lower), into: &marks)
        for index in tokens.indices { tokens[index].gazetteer = marks[index] }
        self.tokens = tokens
        self.isHeadline = long >= 3 && capitalised * 10 >= long * 8
        barriers = words.indices.map { index in
            (tagged && RecognizerSentence.barrierTags.contains(tags?.xpos[index] ?? ""))
                || RecognizerSentence.weekdays.contains(tokens[index].lower)
        }
    }

    static let barrierTags: Set<String> = ["VBD", "VBZ", "VBP", "MD", ":"]
    static let weekdays: Set<UInt64> = Set(Weekdays.names.map { Gazetteer.wordHash($0) })

    /// `FeatureHash.of(kind, text)` without its argument array.
    @inline(__always)
    static func hash(_ kind: UInt16, _ text: some StringProtocol) -> UInt64 {
        var hash = FeatureHash(template: kind)
        hash.add(text)
        return hash.value
    }

    /// Token `index`, or a boundary marker outside the sentence.
    @inline(__always)
    func token(_ index: Int) -> Token {
        index >= 0 && index < tokens.count ? tokens[index] : RecognizerSentence.boundary
    }

    static func capitals(of word: String) -> Capitals {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiCapitals(of: word) }
        guard let first = word.unicodeScalars.first else { return .none }
        if first.properties.numericType != nil { return .digit }
        guard first.properties.isAlphabetic else { return .none }
        var upper = 0
        var lower = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        if !first.properties.isUppercase { return upper == 0 ? .lower : .mixed }
        if lower == 0 { return upper == 1 ? .single : .all }
        return upper == 1 ? .initial : .mixed
    }

    /// `capitals(of:)` for ASCII words, without Unicode property lookups.
    private static func asciiCapitals(of word: String) -> Capitals {
        guard let first = word.utf8.first else { return .none }
        if first >= 0x30 && first <= 0x39 { return .digit }
        let firstUpper = first >= 0x41 && first <= 0x5a
        guard firstUpper || (first >= 0x61 && first <= 0x7a) else { return .none }
        var upper = 0
        var lower = 0
        for byte in word.utf8 {
            if byte >= 0x41 && byte <= 0x5a { upper += 1 } else if byte >= 0x61 && byte <= 0x7a { lower += 1 }
        }
        if !firstUpper { return upper == 0 ? .lower : .mixed }
        if lower == 0 { return upper == 1 ? .single : .all }
        return upper == 1 ? .initial : .mixed
    }

    /// "Xxxxx" for "Biden", "X.X." for "U.S.", "dd/dd/dddd": letters and digits by class,
    /// runs longer than four cut to four, other characters kept.
    static func shape(of word: String) -> String {
        var shape = ""
        var last: Unicode.Scalar = " "
        var run = 0
        for scalar in word.unicodeScalars {
            let c: Unicode.Scalar
            switch scalar.value {
            case 0x41...0x5a: c = "X"
            case 0x61...0x7a: c = "x"
            case 0x30...0x39: c = "d"
            case 0..<0x80: c = scalar
            default:
                c = scalar.properties.isUppercase ? "X"
                    : scalar.properties.isLowercase ? "x"
                    : scalar.properties.numericType != nil ? "d" : scalar
            }
            run = c == last ? run + 1 : 1
            last = c
            if run <= 4 { shape.unicodeScalars.append(c) }
        }
        return shape
    }
}
