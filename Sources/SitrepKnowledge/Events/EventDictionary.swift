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

    /// The patterns of a lemma that may match in a sentence with these word keys
    /// (`EventPattern.Element.key`), in the same order: found through the words they name,
    /// without looking at the hundreds of patterns some verbs have.
    /// Lazy: a caller that stops at the first pattern whose frame matches pays for no more.
    public func candidates(for lemma: String, _ partOfSpeech: EventPattern.PartOfSpeech, vocabulary: Set<Int>)
        -> LazyMapSequence<LazyFilterSequence<[Int]>, EventPattern> {
        let list = (partOfSpeech == .verb ? verbs : nouns)[lemma]
        var indices = list?.unanchored ?? []
        if let list, list.anchors.count < vocabulary.count {
            for (key, found) in list.anchors where vocabulary.contains(key) { indices += found }
        } else if let list {
            for key in vocabulary { if let found = list.anchors[key] { indices += found } }
        }
        indices.sort()
        var previous = -1
        indices.removeAll { index in
            defer { previous = index }
            return index == previous
        }
        let patterns = list?.patterns ?? []
        return indices.lazy
            .filter { patterns[$0].elements.allSatisfy { $0.keys.isEmpty || $0.keys.contains(where: vocabulary.contains) } }
            .map { patterns[$0] }
    }

    /// A lemma's ordered patterns, indexed by the words of each one's first worded element.
    struct PatternList: Sendable {
        var patterns: [EventPattern]
        var anchors: [Int: [Int]] = [:]
        var unanchored: [Int] = []

        init(_ patterns: [EventPattern]) {
            self.patterns = patterns
            for (index, pattern) in patterns.enumerated() {
                guard let anchor = pattern.elements.first(where: { !$0.keys.isEmpty }) else {
                    unanchored.append(index)
                    continue
                }
                for key in Set(anchor.keys) { anchors[key, default: []].append(index) }
            }
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
