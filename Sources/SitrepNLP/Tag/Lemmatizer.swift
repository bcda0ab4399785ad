import Foundation
import SitrepText

/// Gives each tagged word its UD lemma ("targeted" VBN → "target", "Forces" NNS → "force").
///
/// Every word gets a suffix rule learned from the training vocabulary: for the longest known
/// ending of the word under its Penn tag, whether to lowercase, how many bytes to strip and
/// what to append ("-ies" NNS → strip 3, append "y"). When that rule's lemma is not a lemma
/// seen in training, the rules of shorter endings and the usual English spelling changes
/// (a restored final "e", a doubled or undoubled last letter) are tried for one that is
/// ("provoked" → "provoke", not "provok"). Training words the rules get wrong are looked up
/// first, by exact form and joint tag ("went" VERB VBD → "go"; "United" VERB NNP → "Unite"
/// but ADJ NNP → "United"), then by lowercased form and UPOS ("Went" at the start of a
/// sentence); only those exceptions are stored, which keeps the model file small and quick to
/// load. Numbers drop thousands separators, as in UD, and names in capitals of six letters or
/// more are lemmatized in title case.
public struct Lemmatizer: Sendable {
    let byForm: [UInt64: String]
    let byLowercase: [UInt64: String]
    let rules: [UInt64: LemmaRule]
    /// Hashes of the lemmas seen in training, to choose between candidate rules.
    let known: Set<UInt64>

    /// Rules look at endings up to this many bytes long ("-ceding" and "-eeding" differ).
    static let longestSuffix = 7

    init(_ lexicon: LemmaLexicon) {
        var byForm: [UInt64: String] = [:]
        for entry in lexicon.forms {
            byForm[LemmaTag(upos: entry.upos, xpos: entry.tag).formKey(entry.form)] = String(decoding: entry.lemma, as: UTF8.self)
        }
        var byLowercase: [UInt64: String] = [:]
        for entry in lexicon.lowercase {
            byLowercase[LemmaTag(upos: entry.tag).lowercaseKey(entry.form)] = String(decoding: entry.lemma, as: UTF8.self)
        }
        var rules: [UInt64: LemmaRule] = [:]
        for (tag, suffix, rule) in lexicon.rules {
            rules[LemmaTag(xpos: tag).ruleKey(suffix)] = rule
        }
        self.byForm = byForm
        self.byLowercase = byLowercase
        self.rules = rules
        self.known = Set(lexicon.vocabulary.map(Self.lemmaKey))
    }

    /// Reads `LemmaLexicon.encoded()` straight into the lookup tables; a malformed line
    /// means a damaged file.
    init(encoded data: Data, file: String) throws {
        var byForm: [UInt64: String] = [:]
        var byLowercase: [UInt64: String] = [:]
        var rules: [UInt64: LemmaRule] = [:]
        var known: Set<UInt64> = []
        let bytes = Array(data)
        let lines = bytes.reduce(0) { $0 + ($1 == 0x0a ? 1 : 0) }
        byForm.reserveCapacity(lines / 2)
        byLowercase.reserveCapacity(lines / 2)
        var fields: [Range<Int>] = []
        var lineStart = 0
        for end in bytes.indices where bytes[end] == 0x0a {
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart...end where i == end || bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            lineStart = end + 1
            func field(_ i: Int) -> ArraySlice<UInt8> { bytes[fields[i]] }
            switch (bytes[fields[0].lowerBound], fields.count) {
            case (UInt8(ascii: "F"), 5):
                byForm[LemmaTag(upos: field(2), xpos: field(3)).formKey(field(1))] = String(decoding: field(4), as: UTF8.self)
            case (UInt8(ascii: "L"), 4):
                byLowercase[LemmaTag(upos: field(2)).lowercaseKey(field(1))] = String(decoding: field(3), as: UTF8.self)
            case (UInt8(ascii: "R"), 6):
                guard let strip = Int(String(decoding: field(4), as: UTF8.self)) else {
                    throw ModelFileError.truncated(file: file)
                }
                rules[LemmaTag(xpos: field(1)).ruleKey(field(2))] =
                    LemmaRule(lowercase: field(3).first == UInt8(ascii: "1"), strip: strip, append: Array(field(5)))
            case (UInt8(ascii: "V"), 2):
                known.insert(Self.lemmaKey(field(1)))
            default:
                throw ModelFileError.truncated(file: file)
            }
        }
        guard lineStart == bytes.count else { throw ModelFileError.truncated(file: file) }
        self.byForm = byForm
        self.byLowercase = byLowercase
        self.rules = rules
        self.known = known
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    public func lemma(_ form: String, upos: UPOS, xpos: String) -> String {
        let bytes = Array(form.utf8)
        let tag = LemmaTag(upos: upos, xpos: xpos)
        return bytes.withUnsafeBufferPointer { lemma(of: $0, tag: tag) }
    }

    /// The lemma of the word spelled by `form` (UTF-8), without making a string first.
    func lemma(of form: UnsafeBufferPointer<UInt8>, tag: LemmaTag) -> String {
        if let lemma = byForm[tag.formKey(form)] { return lemma }
        let lower = form.lazy.map(TaggerFeatures.lowercased)
        if let lemma = byLowercase[tag.lowercaseKey(lower)] { return lemma }
        if tag.isCardinal, form.contains(where: Self.isDigit) {
            return String(decoding: Self.numberLemma(form), as: UTF8.self)
        }
        if tag.isProperNoun, form.count >= Self.shoutedNameLength, form.allSatisfy({ (0x41...0x5a).contains($0) }) {
            // UD EWT lemmatizes a name in capitals as it is usually written ("SCALIA" →
            // "Scalia": 108 of the 121 in EWT train of six letters or more); shorter ones are
            // mostly acronyms, kept ("NATO").
            let titled = [form[0]] + form.dropFirst().map(TaggerFeatures.lowercased)
            return titled.withUnsafeBufferPointer {
                String(decoding: byRules($0, lower: lower, tag: tag), as: UTF8.self)
            }
        }
        return String(decoding: byRules(form, lower: lower, tag: tag), as: UTF8.self)
    }

    /// Proper nouns written in capitals at least this long are names, not acronyms.
    static let shoutedNameLength = 6

    /// A number is its own lemma, written as UD English writes numbers: without thousands
    /// separators ("1,100" → "1100", "3,202.61" → "3202.61") and with a decimal point for a
    /// decimal comma ("1,8" → "1.8"). A number's ending is no guide to its lemma: the suffix
    /// rules learned "-,000" → "-000" would make "20.000" "20000".
    static func numberLemma(_ form: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var lemma: [UInt8] = []
        lemma.reserveCapacity(form.count)
        for (i, byte) in form.enumerated() {
            guard byte == UInt8(ascii: ","), i > 0, isDigit(form[i - 1]) else {
                lemma.append(byte)
                continue
            }
            let digitsAfter = form[(i + 1)...].prefix(while: isDigit).count
            let endsNumber = i + 1 + digitsAfter == form.count
            if digitsAfter == 3 {
                continue
            } else if (1...2).contains(digitsAfter) && endsNumber {
                lemma.append(UInt8(ascii: "."))
            } else {
                lemma.append(byte)
            }
        }
        return lemma
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The lemma the suffix rules give: the longest ending's, unless it is unknown and another
    /// rule's is a known lemma, or else a spelling variant of one of them, longest ending first
    /// ("subscribed": "-bed" as in "robbed" gives "subscri", "-ed" gives "subscrib", and its
    /// restored "e" the known "subscribe").
    private func byRules(_ form: UnsafeBufferPointer<UInt8>, lower: some Collection<UInt8>, tag: LemmaTag) -> [UInt8] {
        var candidates: [[UInt8]] = []
        for length in stride(from: min(Self.longestSuffix, form.count), through: 0, by: -1) {
            guard let rule = rules[tag.ruleKey(lower.suffix(length))] else { continue }
            let lemma = rule.apply(to: Array(form))
            if candidates.isEmpty && rule.strip == 0 { return lemma }
            if known.contains(Self.lemmaKey(lemma)) { return lemma }
            candidates.append(lemma)
        }
        guard let longest = candidates.first else { return Array(form) }
        for candidate in candidates {
            if let variant = Self.spellingVariants(of: candidate).first(where: { known.contains(Self.lemmaKey($0)) }) {
                return variant
            }
        }
        return longest
    }

    /// "provok" → "provoke"; "smel" → "smell"; "mimick" → "mimic", "stopp" → "stop" and
    /// "wilde" → "wild". Only a final "e", "k" after "c" or a doubled letter is dropped: dropping
    /// any letter turns whole stems into other known words ("shun" → "shu", "tempt" → "temp").
    private static func spellingVariants(of stem: [UInt8]) -> [[UInt8]] {
        guard let last = stem.last, stem.count > 2 else { return [] }
        let beforeLast = stem[stem.count - 2]
        let droppable = last == UInt8(ascii: "e") || last == beforeLast
            || (last == UInt8(ascii: "k") && beforeLast == UInt8(ascii: "c"))
        return [stem + [UInt8(ascii: "e")], stem + [last]] + (droppable ? [Array(stem.dropLast())] : [])
    }

    static func lemmaKey(_ lemma: some Sequence<UInt8>) -> UInt64 {
        var h = FeatureHash(template: 53)
        h.add(bytes: lemma)
        return h.value
    }
}

/// A tag's part of the lemmatizer's lookup keys, hashed once per tag rather than once per
/// word: the tagger keeps one for each of its classes.
struct LemmaTag: Sendable {
    private var form = FeatureHash(template: 50)
    private var lowercase = FeatureHash(template: 51)
    private var rule = FeatureHash(template: 52)
    /// Penn "CD": numbers, whose lemmas drop thousands separators.
    private(set) var isCardinal = false
    /// Penn "NNP" or "NNPS": names, whose capitals are kept.
    private(set) var isProperNoun = false

    init(upos: UPOS, xpos: String) {
        isCardinal = xpos == "CD"
        isProperNoun = xpos == "NNP" || xpos == "NNPS"
        form.add(upos.description)
        form.add(xpos)
        lowercase.add(upos.description)
        rule.add(xpos)
    }

    /// The tag of a rule line.
    init(xpos: some Sequence<UInt8>) {
        rule.add(bytes: xpos)
    }

    /// The tag of a form line.
    init(upos: some Sequence<UInt8>, xpos: some Sequence<UInt8>) {
        form.add(bytes: upos)
        form.add(bytes: xpos)
    }

    init(upos: some Sequence<UInt8>) {
        lowercase.add(bytes: upos)
    }

    func formKey(_ form: some Sequence<UInt8>) -> UInt64 {
        var h = self.form
        h.add(bytes: form)
        return h.value
    }

    func lowercaseKey(_ lower: some Sequence<UInt8>) -> UInt64 {
        var h = lowercase
        h.add(bytes: lower)
        return h.value
    }

    func ruleKey(_ suffix: some Sequence<UInt8>) -> UInt64 {
        var h = rule
        h.add(bytes: suffix)
        return h.value
    }
}

/// How a word becomes its lemma: optionally lowercase it, strip `strip` bytes, append `append`.
struct LemmaRule: Hashable, Sendable, Comparable {
    var lowercase: Bool
    var strip: Int
    var append: [UInt8]

    /// The rule that turns `form` into `lemma`, preferring lowercasing when both work, so
    /// capitalised common nouns at the start of a sentence get lowercase lemmas.
    init(form: [UInt8], lemma: [UInt8]) {
        let lower = form.map(TaggerFeatures.lowercased)
        let lowerShared = zip(lower, lemma).prefix(while: { $0.0 == $0.1 }).count
        let exactShared = zip(form, lemma).prefix(while: { $0.0 == $0.1 }).count
        lowercase = lowerShared >= exactShared
        let shared = max(lowerShared, exactShared)
        strip = form.count - shared
        append = Array(lemma[shared...])
    }

    init(lowercase: Bool, strip: Int, append: [UInt8]) {
        self.lowercase = lowercase
        self.strip = strip
        self.append = append
    }

    func apply(to form: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: apply(to: Array(form)), as: UTF8.self)
    }

    func apply(to form: [UInt8]) -> [UInt8] {
        guard strip <= form.count else { return form }
        var bytes = lowercase ? form.map(TaggerFeatures.lowercased) : form
        bytes.removeLast(strip)
        bytes.append(contentsOf: append)
        return bytes
    }

    /// An arbitrary but fixed order, to break ties between equally frequent rules.
    static func < (a: LemmaRule, b: LemmaRule) -> Bool {
        if a.lowercase != b.lowercase { return a.lowercase }
        if a.strip != b.strip { return a.strip < b.strip }
        return a.append.lexicographicallyPrecedes(b.append)
    }
}

/// What the lemmatizer learned, as lists: what the trainer builds and writes into a model
/// file's "lemmas" section, one entry per line, tab-separated fields, raw UTF-8.
struct LemmaLexicon: Sendable {
    struct Entry: Sendable {
        var form: [UInt8]
        var tag: [UInt8]
        var lemma: [UInt8]
        /// The UPOS beside the Penn `tag`, in `forms` only.
        var upos: [UInt8] = []
    }

    /// (form, UPOS, Penn tag) → lemma.
    var forms: [Entry] = []
    /// (lowercased form, UPOS) → lemma.
    var lowercase: [Entry] = []
    /// (Penn tag, lowercased ending) → rule.
    var rules: [(tag: [UInt8], suffix: [UInt8], rule: LemmaRule)] = []
    /// Every lemma seen in training, sorted.
    var vocabulary: [[UInt8]] = []

    func encoded() -> Data {
        var out: [UInt8] = []
        func line(_ fields: [[UInt8]]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x09) }
                out.append(contentsOf: field)
            }
            out.append(0x0a)
        }
        for entry in forms { line([Array("F".utf8), entry.form, entry.upos, entry.tag, entry.lemma]) }
        for entry in lowercase { line([Array("L".utf8), entry.form, entry.tag, entry.lemma]) }
        for (tag, suffix, rule) in rules {
            line([Array("R".utf8), tag, suffix, Array((rule.lowercase ? "1" : "0").utf8),
                  Array(String(rule.strip).utf8), rule.append])
        }
        for lemma in vocabulary { line([Array("V".utf8), lemma]) }
        return Data(out)
    }

    init() {}
}
