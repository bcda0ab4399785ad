import Foundation

/// Reads verb dictionaries in the TABARI/PETRARCH pattern format — the Phoenix
/// `CAMEO.verbpatterns` file and the PETRARCH validation suite's `PETR.Validate.verbs.txt`
/// share it (`dictionaries.rst`):
///
/// ```
/// &PREPOSIT1_            synset: + lines are its members, _ joins words
/// +AGAINST
/// --- ABANDON [080] ---  block: name and default code of its verbs
/// ABANDON                verbs of the block ({...} irregular forms, [code] own code)
/// +CORDON_OFF            multi-word verb, + marks the verb
/// - * OUTPOST IN + [0874] # comment     pattern: words before/after the verb (*),
///                                      $ source, + target, ^ skip, % compound, &SYNSET
/// ```
/// Word order becomes a dependency frame: a word right after `*` constrains the object, a
/// preposition followed by `+` names the target's preposition, words before `*` are
/// auxiliaries or governing verbs. Paired codes `[042:043]` also code the reverse event.
public enum TabariVerbReader {
    public static func read(_ text: String, file: String, idPrefix: String) -> (patterns: [EventPattern], problems: [DictionaryProblem]) {
        var synsets: [String: [String]] = [:]
        var openSynset: String?
        var blockCode: String?? = .none
        var blockVerbs: [(lemma: String, code: String??, elements: [EventPattern.Element])] = []
        var patterns: [EventPattern] = []
        var problems: [DictionaryProblem] = []
        for (number, trimmed) in PetrarchLines.read(text) {
            if trimmed.isEmpty {
                openSynset = nil
                continue
            }
            if trimmed.hasPrefix("&") {
                let name = synsetName(trimmed)
                openSynset = name
                synsets[name] = []
            } else if let name = openSynset, trimmed.hasPrefix("+") {
                let member = String(trimmed.dropFirst())
                if member.hasPrefix("&") {
                    synsets[name, default: []] += synsets[synsetName(member)] ?? []
                } else {
                    synsets[name, default: []].append(words(member).joined(separator: " "))
                }
            } else if trimmed.hasPrefix("---") {
                openSynset = nil
                blockCode = code(in: trimmed) ?? .none
                blockVerbs = []
            } else if trimmed.hasPrefix("-") {
                guard let patternCode = code(in: trimmed) else {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "a pattern without a [code]"))
                    continue
                }
                let body = trimmed.dropFirst().prefix { $0 != "[" }
                let frame = elements(of: body, synsets: synsets)
                for verb in blockVerbs {
                    patterns.append(pattern(verb.lemma, patternCode, verb.elements + frame, "\(idPrefix):\(number)"))
                }
            } else {
                openSynset = nil
                guard let verb = verbLine(trimmed) else {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "cannot read a verb in \"\(trimmed)\""))
                    continue
                }
                let own = code(in: trimmed)
                blockVerbs.append((verb.lemma, own, verb.elements))
                if let isolated = own ?? blockCode {
                    patterns.append(pattern(verb.lemma, isolated, verb.elements, "\(idPrefix):\(number)"))
                }
            }
        }
        return (patterns, problems)
    }

    /// `[190]` → "190", `[042:043]` → "042:043", `[---]` → nil; no brackets → no code.
    static func code(in line: some StringProtocol) -> String?? {
        guard let open = line.lastIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return .none }
        let value = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return value.isEmpty || value.hasPrefix("---") ? .some(nil) : .some(value)
    }

    private static func pattern(_ lemma: String, _ code: String?, _ elements: [EventPattern.Element], _ id: String) -> EventPattern {
        let parts = code?.split(separator: ":").map(String.init) ?? []
        let forward = parts.first.flatMap { $0.hasPrefix("---") ? nil : $0 }
        let reverse = parts.count > 1 && !parts[1].hasPrefix("---") ? parts[1] : nil
        return EventPattern(lemma: lemma, code: forward, reverseCode: reverse, elements: elements, id: id)
    }

    private static func synsetName(_ token: some StringProtocol) -> String {
        String(token.drop { $0 == "&" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }).trimmingCharacters(in: ["_"]).uppercased()
    }

    /// Lowercased words of a phrase, underscores as spaces, empty pieces dropped.
    private static func words(_ phrase: some StringProtocol) -> [String] {
        phrase.split(whereSeparator: { $0 == "_" || $0 == " " }).map { $0.lowercased() }
    }

    /// A verb line: the verb (marked by `+` in a multi-word entry) and its other words as
    /// particles after it or words before it.
    private static func verbLine(_ line: String) -> (lemma: String, elements: [EventPattern.Element])? {
        let entry = line.prefix { $0 != "{" && $0 != "[" && $0 != " " && $0 != "\t" }
        let parts = entry.split(separator: "_", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return nil }
        let verbIndex = parts.firstIndex { $0.hasPrefix("+") } ?? 0
        let lemma = parts[verbIndex].drop { $0 == "+" }.lowercased()
        guard !lemma.isEmpty, lemma.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { return nil }
        var elements: [EventPattern.Element] = []
        for (offset, part) in parts.enumerated() where offset != verbIndex {
            let word = part.drop { $0 == "+" }.lowercased()
            elements.append(EventPattern.Element(slot: offset < verbIndex ? .before : .particle, words: [word]))
        }
        return (lemma, elements)
    }

    private static let prepositions: Set<String> = [
        "against", "on", "to", "with", "for", "in", "at", "from", "by", "into", "over", "upon", "about", "of",
        "toward", "towards", "between", "among", "after", "under", "through", "across", "onto", "within", "amid",
        "near", "behind", "during", "despite", "without",
    ]
    private static let particles: Set<String> = ["up", "out", "off", "down", "back", "away"]

    /// The frame of a pattern's words: see the type's documentation.
    static func elements(of body: some StringProtocol, synsets: [String: [String]]) -> [EventPattern.Element] {
        var elements: [EventPattern.Element] = []
        var beforeVerb = true
        var preposition: String?
        var objectSeen = false
        var justAfterVerb = false
        var skipped = false
        func members(_ token: some StringProtocol) -> [String] {
            guard token.hasPrefix("&") else { return [token.lowercased()] }
            var seen = Set<String>()
            return (synsets[synsetName(token)] ?? []).filter { seen.insert($0).inserted }
        }
        // "&TIETYPES_MEMOS": words joined by `_` are adjacent, one phrase per choice of members.
        func alternatives(_ token: String) -> [String] {
            token.split(separator: "_").reduce([""]) { phrases, part in
                phrases.flatMap { phrase in members(part).map { phrase.isEmpty ? $0 : phrase + " " + $0 } }
            }
        }
        func isPreposition(_ part: String) -> Bool {
            guard !part.contains("_") else { return false }
            let words = members(part)
            return !words.isEmpty && words.allSatisfy(prepositions.contains)
        }
        func flushPreposition() {
            if let pending = preposition { elements.append(.init(slot: .preposition(pending))) }
            preposition = nil
        }
        let tokens = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).flatMap { piece -> [String] in
            let parts = piece.split(separator: "_", omittingEmptySubsequences: true).flatMap { part -> [String] in
                // "IN_*" and "*_OUT" glue words to the verb mark.
                var pieces: [String] = []
                var rest = Substring(part)
                while let star = rest.firstIndex(of: "*") {
                    if star > rest.startIndex { pieces.append(String(rest[..<star])) }
                    pieces.append("*")
                    rest = rest[rest.index(after: star)...]
                }
                if !rest.isEmpty { pieces.append(String(rest)) }
                return pieces
            }
            return adjacentPhrases(parts, isPreposition: isPreposition)
        }
        for token in tokens {
            switch token {
            case "*":
                beforeVerb = false
                justAfterVerb = true
                continue
            case "%":
                if beforeVerb { elements.append(.init(slot: .coordinatedSubject)) }
                continue
            case "^":
                // "IFTAR IN ^ +": the phrase after the preposition is skipped, so the actor
                // named next is no object of it; who it is, the clause's own reading decides.
                if preposition != nil {
                    flushPreposition()
                    skipped = true
                }
                continue
            case "+", "$":
                let role: EventPattern.Role = token == "+" ? .target : .source
                if skipped, preposition == nil {
                    continue
                } else if beforeVerb {
                    elements.append(.init(slot: .subject, role: role))
                } else if let pending = preposition {
                    elements.append(.init(slot: .preposition(pending), role: role))
                    preposition = nil
                } else if objectSeen {
                    // "+ * MONEY $": the actor named after the object's words.
                    elements.append(.init(slot: .after, role: role))
                } else {
                    elements.append(.init(slot: .object, role: role))
                    objectSeen = true
                }
            default:
                let words = alternatives(token)
                guard !words.isEmpty else { continue }
                if beforeVerb {
                    elements.append(.init(slot: .before, words: words))
                } else if isPreposition(token) {
                    // A synset of prepositions ("&PREPOSIT1") is one preposition slot with alternatives.
                    flushPreposition()
                    preposition = words.joined(separator: "|")
                } else if justAfterVerb && particles.contains(token.lowercased()) {
                    elements.append(.init(slot: .particle, words: words))
                } else if let pending = preposition {
                    elements.append(.init(slot: .preposition(pending), words: words))
                    preposition = nil
                } else if !objectSeen {
                    elements.append(.init(slot: .object, words: words))
                    objectSeen = true
                } else {
                    elements.append(.init(slot: .after, words: words))
                }
            }
            justAfterVerb = false
        }
        flushPreposition()
        return elements
    }

    /// The words of one `_`-joined piece, runs of plain words glued back with `_` into one
    /// phrase. A preposition stays a word of its own at either end of a run ("ASSURANCES_ON"
    /// is an object and a preposition), inside one it is part of the phrase ("MEMOS_ON_ECONOMIC").
    private static func adjacentPhrases(_ parts: [String], isPreposition: (String) -> Bool) -> [String] {
        var result: [String] = []
        var run: [String] = []
        func flush() {
            var words = run[...]
            var trailing: [String] = []
            while let first = words.first, isPreposition(first) { result.append(first); words = words.dropFirst() }
            while let last = words.last, isPreposition(last) { trailing.insert(last, at: 0); words = words.dropLast() }
            if !words.isEmpty { result.append(words.joined(separator: "_")) }
            result += trailing
            run = []
        }
        for part in parts {
            if ["*", "+", "$", "^", "%"].contains(part) {
                flush()
                result.append(part)
            } else {
                run.append(part)
            }
        }
        flush()
        return result
    }
}
