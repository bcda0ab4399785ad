import SitrepText

/// What the tagger knows about one token before looking at its neighbours: hashes of its
/// spelling, computed once per sentence and then combined into features.
struct TaggerWord: Sendable {
    var form: UInt64 = 0
    var lower: UInt64 = 0
    var prefix1: UInt64 = 0
    var prefix3: UInt64 = 0
    var suffix1: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
    var shape: UInt64 = 0
    /// The set of tags the lowercased word had in training (0 when unseen).
    var ambiguity: UInt64 = 0
}

/// The tagger's one feature function, shared by `Tagger` and `TaggerTrainer`: Honnibal's
/// averaged-perceptron tagger features (word, affixes, neighbouring words, the two previous
/// predicted tags) plus word shape and each word's ambiguity class.
///
/// Also reading the last verb, modal or "to" each pass met (as a class and as a word, each
/// with the word's ambiguity class: "why should the Palestinians pay" then reads "pay" as VB)
/// raised EWT + GUM dev UPOS / Penn from 96.12 / 95.64 to 96.17 / 95.75 (another seed: 96.05 /
/// 95.56 to 96.13 / 95.68), nearly all of it on GUM (EWT dev 95.61 / 94.98 to 95.61 / 95.02),
/// but it tags "the Iranian Supreme Leader" ADJ|NNP, and the recognizer, retrained on those
/// tags or not, then takes the title for a name, so the resolver no longer joins it to its
/// holder; not kept.
///
/// The shapes of the previous word, of it with this word and of this word with the next
/// (capitalised runs of names) scored no better either (dev 96.11 / 95.59 against 96.12 /
/// 95.64).
///
/// Whether a word touches its neighbours without a space (read from the text, and from
/// `SpaceAfter=No` and multiword tokens when training and scoring on CoNLL-U), with its shape
/// and with its form, raised dev Penn by 0.08 over three seeds each (UPOS / Penn 96.08 / 95.69
/// against 96.08 / 95.61; with the shape alone 96.07 / 95.67), a third of it on hyphens ("-"
/// between spaces is a dash, never HYPH), the rest spread thinly. Every retrained model also
/// tagged a few of the events tests' news sentences differently ("Shelling/NNP killed …",
/// "until/ADP Hamas is destroyed"), and the best seed scored EWT test 95.85 / 95.18 / lemma
/// 97.27 against 95.90 / 95.17 / 97.36; not kept.
///
/// Word clusters learned from text far larger than the treebanks (k-means over the GloVe 6B
/// 50-dimensional vectors of the 100,000 or 200,000 most frequent words, 256 to 2,048 fine
/// clusters with coarser ones over their centroids; features: the clusters of the word and
/// its neighbours, and the word's with the previous class) raised EWT + GUM dev UPOS / Penn to
/// 96.14–96.18 / 95.64–95.69 (96.12 / 95.64 without) and EWT test to 95.82–95.90 /
/// 95.17–95.23 (95.90 / 95.17), within a seed's spread; not kept (2026-12-07).
///
/// If the features change, the model must be retrained: bump `version`, which is written into
/// the model file and checked when it is loaded.
struct TaggerFeatures: Sendable {
    /// Version 3: a right-to-left model beside the left-to-right one, reading the same features
    /// of the sentence reversed.
    static let version = 3
    /// Boundary words added on each side of a sentence.
    static let padding = 2

    /// Lowercased form hash → hash of the sorted classes it was seen with.
    let ambiguity: [UInt64: UInt64]

    /// The words of `range`, with two boundary words on each side so every template has a
    /// neighbour to look at.
    func words(of document: Document, range: Range<Int>, scratch: inout [UInt8]) -> [TaggerWord] {
        var words = Self.spellings(of: document, range: range, scratch: &scratch)
        for i in Self.padding..<(words.count - Self.padding) {
            words[i].ambiguity = ambiguity[words[i].lower] ?? 0
        }
        return words
    }

    /// The words of `range` as spelled, before looking them up: what the trainer starts from.
    static func spellings(of document: Document, range: Range<Int>, scratch: inout [UInt8]) -> [TaggerWord] {
        var words = [TaggerWord](repeating: start, count: range.count + 2 * padding)
        words[0] = start2
        words[words.count - 2] = end
        words[words.count - 1] = end2
        document.utf8.withUnsafeBufferPointer { text in
            for (offset, index) in range.enumerated() {
                words[offset + padding] = word(UnsafeBufferPointer(rebasing: text[document.tokens[index].utf8]), scratch: &scratch)
            }
        }
        return words
    }

    /// Hashes the spelling of one token: exact and lowercased form, affixes and shape.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> TaggerWord {
        var word = TaggerWord()
        word.form = hash(1, bytes)
        scratch.removeAll(keepingCapacity: true)
        for byte in bytes { scratch.append(lowercased(byte)) }
        scratch.withUnsafeBufferPointer { lower in
            word.lower = hash(2, lower)
            word.suffix1 = hash(3, lower.suffix(1))
            word.suffix2 = hash(4, lower.suffix(2))
            word.suffix3 = hash(5, lower.suffix(3))
            word.suffix4 = hash(6, lower.suffix(4))
            word.prefix3 = hash(8, lower.prefix(3))
        }
        word.prefix1 = hash(7, bytes.prefix(1))
        scratch.removeAll(keepingCapacity: true)
        var run = 0
        for byte in bytes where byte & 0xc0 != 0x80 {
            let kind = shapeCharacter(byte)
            run = kind == scratch.last ? run + 1 : 1
            if run <= 3 { scratch.append(kind) }
        }
        word.shape = scratch.withUnsafeBufferPointer { hash(9, $0) }
        return word
    }

    /// The features of word `i` (an index into `words`, boundary words included), given the
    /// classes predicted for the two words before it.
    static func extract(_ words: [TaggerWord], at i: Int, previous: Int, beforePrevious: Int,
                        into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let w = words[i]
        let p1 = words[i - 1], p2 = words[i - 2], n1 = words[i + 1], n2 = words[i + 2]
        features.append(mix(10, 0))
        features.append(mix(11, w.form))
        features.append(mix(12, w.lower))
        features.append(mix(13, w.suffix1))
        features.append(mix(14, w.suffix2))
        features.append(mix(15, w.suffix3))
        features.append(mix(16, w.suffix4))
        features.append(mix(17, w.prefix1))
        features.append(mix(18, w.prefix3))
        features.append(mix(19, w.shape))
        features.append(mix(20, UInt64(previous)))
        features.append(mix(21, UInt64(beforePrevious)))
        features.append(mix(22, UInt64(previous), UInt64(beforePrevious)))
        features.append(mix(23, UInt64(previous), w.lower))
        features.append(mix(24, p1.lower))
        features.append(mix(25, p1.suffix3))
        features.append(mix(26, p2.lower))
        features.append(mix(27, n1.lower))
        features.append(mix(28, n1.suffix3))
        features.append(mix(29, n2.lower))
        features.append(mix(30, n1.shape))
        features.append(mix(31, p1.lower, w.lower))
        features.append(mix(32, w.lower, n1.lower))
        features.append(mix(33, w.ambiguity))
        features.append(mix(34, n1.ambiguity))
        features.append(mix(35, n2.ambiguity))
        features.append(mix(36, UInt64(previous), w.ambiguity))
        features.append(mix(37, w.ambiguity, n1.ambiguity))
        features.append(mix(38, UInt64(previous), w.suffix3))
        features.append(mix(39, UInt64(previous), n1.lower))
        features.append(mix(40, i == padding ? 1 : 0, w.shape))
    }

    static func hash(_ template: UInt16, _ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = templates[Int(template)]
        h.add(bytes: bytes)
        return h.value
    }

    static func mix(_ template: UInt16, _ value: UInt64) -> UInt64 {
        FeatureHash.combine(templates[Int(template)].value, value)
    }

    static func mix(_ template: UInt16, _ first: UInt64, _ second: UInt64) -> UInt64 {
        FeatureHash.combine(FeatureHash.combine(templates[Int(template)].value, first), second)
    }

    /// Each template's starting hash, computed once.
    private static let templates = (0..<64).map { FeatureHash(template: UInt16($0)) }

    /// ASCII-only lowercasing: cheap, and the same in training and tagging.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
    }

    /// "X" upper, "x" lower, "d" digit, "u" any non-ASCII character, punctuation as itself.
    static func shapeCharacter(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5a: UInt8(ascii: "X")
        case 0x61...0x7a: UInt8(ascii: "x")
        case 0x30...0x39: UInt8(ascii: "d")
        case 0x80...: UInt8(ascii: "u")
        default: byte
        }
    }

    private static func boundary(_ name: String) -> TaggerWord {
        let h = hash(0, Array(name.utf8))
        return TaggerWord(form: h, lower: h, prefix1: h, prefix3: h, suffix1: h, suffix2: h,
                          suffix3: h, suffix4: h, shape: h, ambiguity: h)
    }

    private static let start = boundary("-START-")
    private static let start2 = boundary("-START2-")
    private static let end = boundary("-END-")
    private static let end2 = boundary("-END2-")
}
