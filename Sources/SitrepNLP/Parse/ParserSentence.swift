import SitrepText

/// One sentence as the parser sees it: a hash per word of its form, tag, universal tag and
/// lemma, computed once per sentence so that feature extraction only combines integers.
///
/// Two extra slots follow the words: the root (index `count`) and "no word" (index
/// `count + 1`), so positions off the stack or buffer need no special case.
public struct ParserSentence: Sendable {
    public private(set) var count = 0
    private(set) var words: [UInt64] = []
    private(set) var tags: [UInt64] = []
    private(set) var universal: [UInt64] = []
    private(set) var lemmas: [UInt64] = []
    /// What each word is as punctuation, for `PunctuationAttachment`.
    private(set) var marks: [PunctuationMark] = []
    /// What each word is to `RelativeClauseAttachment`.
    private(set) var roles: [RelativeClauseAttachment.Role] = []

    public init() {}

    /// A sentence from strings; `lemmas` may be empty, when the forms stand in for them.
    public init(forms: [String], xpos: [String], upos: [UPOS], lemmas: [String] = []) {
        reset()
        for i in forms.indices {
            let lemma = i < lemmas.count ? lemmas[i] : nil
            append(form: Array(forms[i].utf8), xpos: i < xpos.count ? xpos[i] : "",
                   upos: i < upos.count ? upos[i] : .X, lemma: lemma.map { Array($0.utf8) })
        }
        finish()
    }

    mutating func reset() {
        count = 0
        words.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        universal.removeAll(keepingCapacity: true)
        lemmas.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        roles.removeAll(keepingCapacity: true)
    }

    /// Adds one word; `lemma` nil means "use the form", so a pipeline without lemmas still
    /// fills the lemma features with something close to what training saw.
    mutating func append(form: some Collection<UInt8>, xpos: String, upos: UPOS, lemma: (some Collection<UInt8>)?) {
        let word = Self.hash(form)
        words.append(word)
        // Treebanks without Penn tags fall back on the universal tag.
        tags.append(xpos.isEmpty || xpos == "_" ? Self.hash(Array("\(upos)".utf8)) : Self.hash(Array(xpos.utf8)))
        universal.append(UInt64(upos.rawValue) &+ 0x51ed_270b_2733_4e91)
        lemmas.append(lemma.map { Self.hash($0) } ?? word)
        marks.append(PunctuationMark(form: form, isPunctuation: upos == .PUNCT))
        roles.append(RelativeClauseAttachment.Role(form: form, xpos: xpos, upos: upos))
        count += 1
    }

    /// Appends the root and "no word" slots; call after the last `append`.
    mutating func finish() {
        for marker: UInt64 in [0x726f_6f74, 0x6e6f_6e65] {
            words.append(marker)
            tags.append(marker)
            universal.append(marker)
            lemmas.append(marker)
        }
    }

    /// FNV-1a over the bytes with ASCII letters lower-cased and digits folded to 0, so
    /// "Iran"/"IRAN" and "1999"/"2024" share weights.
    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            let folded: UInt8 = switch byte {
            case 65...90: byte + 32
            case 48...57: 48
            default: byte
            }
            value = (value ^ UInt64(folded)) &* 0x100_0000_01b3
        }
        return value
    }
}
