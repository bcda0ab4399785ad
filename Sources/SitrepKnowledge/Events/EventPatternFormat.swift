import Foundation

/// sitrep's own event pattern notation: the bundled `phoenix.verbs.txt` (converted by
/// `sitrep train verbs`) and the hand-written `sitrep.events.txt` use it.
///
/// ```
/// # comment
/// noun: attack|assault|raid [190] # sitrep:attack      words line: lemmas, the code when no
///     [190] by=$ on=+ # sitrep:attack-on                 pattern below matches; indented
///     [190] poss=$ against=+                              lines are frames for those words
/// say|express=0110|fight+back [010]                        own code (=), particle (+)
/// ```
/// Frame elements: `obj`, `subj`, `xcomp`, `prt`, `poss` (a possessor or nationality
/// adjective), any preposition (`against`, `to`, …), `~word` (a word after the trigger in
/// its clause), `^word` (an auxiliary or governing verb); `=+` marks the target, `=$` the
/// source, `=a|b` the lemmas allowed. `[---]` is the null code: the frame is no event.
public enum EventPatternFormat {
    public static func read(_ text: String, file: String, idPrefix: String) -> (patterns: [EventPattern], problems: [DictionaryProblem]) {
        var patterns: [EventPattern] = []
        var problems: [DictionaryProblem] = []
        var words: [(lemma: String, code: String??, particle: String?)] = []
        var partOfSpeech = EventPattern.PartOfSpeech.verb
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            var line = Substring(rawLine)
            var id = "\(idPrefix):\(number)"
            if let hash = line.firstIndex(of: "#") {
                let note = line[line.index(after: hash)...].split(separator: " ").first.map(String.init)
                if let note, note.contains(":") { id = note }
                line = line[..<hash]
            }
            let isIndented = line.first == " " || line.first == "\t"
            var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !fields.isEmpty else { continue }
            if !isIndented {
                partOfSpeech = fields.first == "noun:" ? .noun : .verb
                if fields.first == "noun:" || fields.first == "verb:" { fields.removeFirst() }
                guard let entry = fields.first, !entry.hasPrefix("[") else {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "a words line must start with lemmas (a|b|c)"))
                    continue
                }
                words = entry.split(separator: "|").map(word)
                fields.removeFirst()
            }
            guard let codeField = fields.first, codeField.hasPrefix("[") else {
                problems.append(DictionaryProblem(file: file, line: number, problem: "expected a [code] (use [---] for no event)"))
                continue
            }
            let code = TabariVerbReader.code(in: codeField) ?? .none
            let elements = fields.dropFirst().map(element)
            for word in words {
                patterns.append(make(word, isIndented ? code : word.code ?? code, elements, partOfSpeech, id))
            }
        }
        return (patterns, problems)
    }

    private static func make(_ word: (lemma: String, code: String??, particle: String?), _ code: String??,
                             _ elements: [EventPattern.Element], _ partOfSpeech: EventPattern.PartOfSpeech, _ id: String) -> EventPattern {
        let particle = word.particle.map { [EventPattern.Element(slot: .particle, words: [$0])] } ?? []
        let parts = (code ?? nil)?.split(separator: ":").map(String.init) ?? []
        return EventPattern(lemma: word.lemma, partOfSpeech: partOfSpeech, code: parts.first,
                            reverseCode: parts.count > 1 ? parts[1] : nil, elements: particle + elements, id: id)
    }

    private static func word(_ entry: Substring) -> (lemma: String, code: String??, particle: String?) {
        var text = entry
        var code: String?? = .none
        if let equals = text.firstIndex(of: "=") {
            let value = String(text[text.index(after: equals)...])
            code = .some(value == "---" ? nil : value)
            text = text[..<equals]
        }
        let parts = text.split(separator: "+", maxSplits: 1)
        return (parts.first.map { $0.lowercased() } ?? "", code, parts.count > 1 ? parts[1].lowercased() : nil)
    }

    private static func element(_ field: Substring) -> EventPattern.Element {
        if field.hasPrefix("~") { return .init(slot: .after, words: alternatives(field.dropFirst())) }
        if field.hasPrefix("^") { return .init(slot: .before, words: alternatives(field.dropFirst())) }
        let parts = field.split(separator: "=", maxSplits: 1)
        let name = parts[0].lowercased()
        let slot: EventPattern.Element.Slot = switch name {
        case "obj": .object
        case "subj": .subject
        case "subj-and": .coordinatedSubject
        case "xcomp": .xcomp
        case "prt": .particle
        case "poss": .possessor
        default: .preposition(name)
        }
        guard parts.count > 1 else { return .init(slot: slot) }
        switch parts[1] {
        case "+": return .init(slot: slot, role: .target)
        case "$": return .init(slot: slot, role: .source)
        default: return .init(slot: slot, words: alternatives(parts[1]))
        }
    }

    /// Alternatives by their head (last) word: "military_aid" is matched as "aid".
    private static func alternatives(_ text: some StringProtocol) -> [String] {
        text.split(separator: "|").map { piece in (piece.split(separator: Character("_")).last.map { String($0) } ?? String(piece)).lowercased() }
    }

    /// Writes patterns in this notation, one line per run of patterns that differ only in
    /// their words (as a converted TABARI block's verbs do), so `read` gives them back.
    public static func write(_ patterns: [EventPattern]) -> String {
        struct Line: Equatable {
            var partOfSpeech: EventPattern.PartOfSpeech
            var code: String
            var frame: [String]
            var id: String
        }
        var lines: [String] = []
        var current: (line: Line, words: [String])?
        func flush() {
            guard let (line, words) = current else { return }
            let noun = line.partOfSpeech == .noun ? "noun: " : ""
            lines.append(([noun + words.joined(separator: "|"), line.code] + line.frame + ["# \(line.id)"]).joined(separator: " "))
        }
        for pattern in patterns {
            var elements = pattern.elements[...]
            var word = pattern.lemma
            if let first = elements.first, first.slot == .particle, first.role == nil, let particle = first.words.first {
                word += "+" + particle
                elements = elements.dropFirst()
            }
            let code = "[\(pattern.code.map { $0 + (pattern.reverseCode.map { ":" + $0 } ?? "") } ?? "---")]"
            let line = Line(partOfSpeech: pattern.partOfSpeech, code: code, frame: elements.map(text), id: pattern.id)
            if current?.line == line {
                current?.words.append(word)
            } else {
                flush()
                current = (line, [word])
            }
        }
        flush()
        return lines.joined(separator: "\n") + "\n"
    }

    private static func text(_ element: EventPattern.Element) -> String {
        let value = element.role.map { $0 == .source ? "$" : "+" } ?? element.words.joined(separator: "|")
        let name: String
        switch element.slot {
        case .after: return "~" + value
        case .before: return "^" + value
        case .object: name = "obj"
        case .subject: name = "subj"
        case .coordinatedSubject: name = "subj-and"
        case .xcomp: name = "xcomp"
        case .particle: name = "prt"
        case .possessor: name = "poss"
        case .preposition(let word): name = word
        }
        return value.isEmpty ? name : name + "=" + value
    }
}
