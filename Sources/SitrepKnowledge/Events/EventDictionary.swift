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
    private var verbs: [String: [EventPattern]] = [:]
    private var nouns: [String: [EventPattern]] = [:]
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    public init(_ patterns: [EventPattern]) {
        add(patterns)
    }

    public var count: Int { verbs.values.reduce(0) { $0 + $1.count } + nouns.values.reduce(0) { $0 + $1.count } }

    /// The patterns of a trigger lemma, most specific first (ties keep file order).
    public func patterns(for lemma: String, _ partOfSpeech: EventPattern.PartOfSpeech) -> [EventPattern] {
        (partOfSpeech == .verb ? verbs : nouns)[lemma] ?? []
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
        for (lemma, list) in fresh { verbs[lemma] = Self.ordered(list) }
        for (lemma, list) in freshNouns { nouns[lemma] = Self.ordered(list) }
        self.problems += problems
    }

    /// Adds a pattern file: the TABARI/PETRARCH format when it has `---` block lines, else
    /// sitrep's notation (`EventPatternFormat`).
    public mutating func add(contentsOf url: URL, as name: String? = nil) throws {
        let file = name ?? url.path
        guard let data = try? Data(contentsOf: url) else {
            throw DictionaryProblem(file: file, line: 0, problem: "cannot read the verb pattern file; check the path")
        }
        let text = String(decoding: data, as: UTF8.self)
        let prefix = url.deletingPathExtension().lastPathComponent
        let isTabari = text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("---") }
        let read = isTabari ? TabariVerbReader.read(text, file: file, idPrefix: prefix)
                            : EventPatternFormat.read(text, file: file, idPrefix: prefix)
        add(read.patterns, problems: read.problems)
    }

    /// The bundled dictionaries: sitrep's own patterns, tried before Phoenix's converted verb
    /// patterns when both are as specific.
    public static func bundled() throws -> EventDictionary {
        var dictionary = EventDictionary()
        for name in ["sitrep.events", "phoenix.verbs"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources") else {
                throw DictionaryProblem(file: "\(name).txt", line: 0, problem: "not in the SitrepKnowledge bundle; rebuild sitrep")
            }
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let read = EventPatternFormat.read(text, file: "\(name).txt", idPrefix: name.components(separatedBy: ".").first ?? name)
            dictionary.merge(read.patterns, problems: read.problems)
        }
        return dictionary
    }

    /// Adds patterns next to those already there (bundled files complement each other).
    private mutating func merge(_ patterns: [EventPattern], problems: [DictionaryProblem]) {
        for pattern in patterns {
            if pattern.partOfSpeech == .verb { verbs[pattern.lemma, default: []].append(pattern) }
            else { nouns[pattern.lemma, default: []].append(pattern) }
        }
        for key in verbs.keys { verbs[key] = Self.ordered(verbs[key] ?? []) }
        for key in nouns.keys { nouns[key] = Self.ordered(nouns[key] ?? []) }
        self.problems += problems
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
