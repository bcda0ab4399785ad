import Foundation

/// Every event pattern sitrep knows, by trigger lemma: the converted Phoenix verb patterns,
/// sitrep's own patterns for event nouns and what the base misses, and any the user adds.
///
/// ```swift
/// let dictionary = try EventDictionary.bundled()
/// dictionary.patterns(for: "warn", .verb)   // the frames that code "warn", most specific first
/// ```
/// A user's file hides the bundled patterns of every lemma it defines, so `--verbs FILE` can
/// replace a verb's coding without editing the bundled files.
public struct EventDictionary: Sendable {
    private var verbs: [String: PatternList] = [:]
    private var nouns: [String: PatternList] = [:]
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    public init(_ patterns: [EventPattern]) {
        add(patterns)
    }

    public var count: Int { verbs.values.reduce(0) { $0 + $1.patterns.count } + nouns.values.reduce(0) { $0 + $1.patterns.count } }

    /// The patterns of a trigger lemma, most specific first (ties keep file order).
    public func patterns(for lemma: String, _ partOfSpeech: EventPattern.PartOfSpeech) -> [EventPattern] {
        (partOfSpeech == .verb ? verbs : nouns)[lemma]?.patterns ?? []
    }

    /// The first of a lemma's patterns, in order, that `matches` accepts, among those that
    /// may match in a sentence with these word keys: found through the words they name,
    /// without looking at the hundreds of patterns some verbs have, and without asking
    /// `matches` about a pattern that names a word the sentence lacks.
    public func firstPattern(for lemma: String, _ partOfSpeech: EventPattern.PartOfSpeech, among keys: SentenceKeys,
                             where matches: (EventPattern) -> Bool) -> EventPattern? {
        guard let list = (partOfSpeech == .verb ? verbs : nouns)[lemma] else { return nil }
        for (word, var bits) in list.indices(among: keys).enumerated() {
            while bits != 0 {
                let pattern = list.patterns[word << 6 | bits.trailingZeroBitCount]
                bits &= bits - 1
                guard pattern.elements.allSatisfy({ $0.keys.isEmpty || $0.keys.contains(where: keys.contains) }) else { continue }
                if matches(pattern) { return pattern }
            }
        }
        return nil
    }

    /// A lemma's ordered patterns, indexed by the words of each one's rarest worded element.
    struct PatternList: Sendable {
        var patterns: [EventPattern]
        /// The anchor words' keys, ascending, and beside each the patterns it anchors.
        var anchorKeys: [Int] = []
        var anchored: [[Int]] = []
        /// One bit per pattern, set for those without a worded element.
        var unanchored: [UInt64]

        init(_ patterns: [EventPattern]) {
            self.patterns = patterns
            unanchored = [UInt64](repeating: 0, count: (patterns.count + 63) / 64)
            var anchors: [Int: [Int]] = [:]
            for (index, pattern) in patterns.enumerated() {
                // The element whose words are likeliest rare: a pattern anchored on "to" or "the"
                // would be a candidate in every sentence.
                guard let anchor = pattern.elements.filter({ !$0.keys.isEmpty }).max(by: { Self.rarity($0) < Self.rarity($1) }) else {
                    unanchored[index >> 6] |= 1 << UInt64(index & 63)
                    continue
                }
                for key in Set(anchor.keys) { anchors[key, default: []].append(index) }
            }
            anchorKeys = anchors.keys.sorted()
            anchored = anchorKeys.map { anchors[$0] ?? [] }
        }

        /// Longer words are rarer: an element is as rare as its shortest word is long.
        static func rarity(_ element: EventPattern.Element) -> Int {
            element.words.map(\.utf8.count).min() ?? 0
        }

        /// The patterns that are unanchored or anchored by one of the keys, as bits in
        /// pattern order: a set needs neither sorting nor removing duplicates.
        func indices(among keys: SentenceKeys) -> [UInt64] {
            var bits = unanchored
            bits.withUnsafeMutableBufferPointer { bits in
                func add(_ position: Int) {
                    for index in anchored[position] { bits[index >> 6] |= 1 << UInt64(index & 63) }
                }
                // Walk whichever side is shorter, asking the other.
                if anchorKeys.count < keys.count {
                    for (position, key) in anchorKeys.enumerated() where keys.contains(key) { add(position) }
                } else {
                    for key in keys.sorted { if let position = SentenceKeys.search(key, in: anchorKeys) { add(position) } }
                }
            }
            return bits
        }
    }

    public func knows(_ lemma: String, _ partOfSpeech: EventPattern.PartOfSpeech) -> Bool {
        (partOfSpeech == .verb ? verbs : nouns)[lemma] != nil
    }

    /// Adds patterns; the lemmas they name lose the patterns added before.
    public mutating func add(_ patterns: [EventPattern], problems: [DictionaryProblem] = []) {
        var fresh: [String: [EventPattern]] = [:]
        var freshNouns: [String: [EventPattern]] = [:]
        for pattern in patterns {
            if pattern.partOfSpeech == .verb { fresh[pattern.lemma, default: []].append(pattern) }
            else { freshNouns[pattern.lemma, default: []].append(pattern) }
        }
        for (lemma, list) in fresh { verbs[lemma] = PatternList(Self.ordered(list)) }
        for (lemma, list) in freshNouns { nouns[lemma] = PatternList(Self.ordered(list)) }
        self.problems += problems
    }

    /// Adds a pattern file: the TABARI/PETRARCH format when it has `---` block lines, else
    /// sitrep's notation (`EventPatternFormat`).
    public mutating func add(contentsOf url: URL, as name: String? = nil) throws {
        let file = name ?? url.path
        let text = try DictionaryProblem.text(of: url, file: file, kind: "verb pattern file")
        let prefix = url.deletingPathExtension().lastPathComponent
        let isTabari = text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("---") }
        let read = isTabari ? TabariVerbReader.read(text, file: file, idPrefix: prefix)
                            : EventPatternFormat.read(text, file: file, idPrefix: prefix)
        add(read.patterns, problems: read.problems)
    }

    /// The bundled dictionaries: sitrep's own patterns, tried before Phoenix's converted verb
    /// patterns when both are as specific.
    public static func bundled() throws -> EventDictionary {
        var patterns: [EventPattern] = []
        var problems: [DictionaryProblem] = []
        for name in ["sitrep.events", "phoenix.verbs"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources") else {
                throw DictionaryProblem(file: "\(name).txt", line: 0, problem: "not in the SitrepKnowledge bundle; rebuild sitrep")
            }
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let read = EventPatternFormat.read(text, file: "\(name).txt", idPrefix: name.components(separatedBy: ".").first ?? name)
            patterns += read.patterns
            problems += read.problems
        }
        var dictionary = EventDictionary()
        dictionary.add(patterns, problems: problems)
        return dictionary
    }

    /// Frames sitrep wrote for a lemma come first (they fix what the base codes too broadly),
    /// then the rest by specificity, then file order.
    private static func ordered(_ patterns: [EventPattern]) -> [EventPattern] {
        func rank(_ pattern: EventPattern) -> Int { pattern.id.hasPrefix("sitrep:") && !pattern.elements.isEmpty ? 1 : 0 }
        return patterns.enumerated().sorted {
            (rank($0.element), $0.element.specificity, -$0.offset) > (rank($1.element), $1.element.specificity, -$1.offset)
        }.map(\.element)
    }
}
