import Foundation

/// Reads agents dictionaries in the PETRARCH/TABARI format (Phoenix.agents.txt and the
/// PETRARCH validation suite's), as `dictionaries.rst` describes it:
///
/// ```
/// !MINIST! = MINISTER, MINISTERS, MINISTRY          a substitution set
/// FOREIGN_!MINIST! [~GOV]                            phrase, code
/// ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]        explicit plurals; {} = none
/// PEACEKEEPING_TROOPS {} [IGO~]                     a whole code, not added to a country
/// SPOKES!PERSON! [~]                                 (sitrep) a role with no sector of its own
/// ```
/// Regular plurals are added (PETRARCH 0.5 does the same): -s, -es, -y → -ies, -man → -men.
/// `#` starts a comment, `<!-- … -->` blocks are comments.
public enum PhoenixAgentReader {
    public static func read(_ text: String, file: String) -> (agents: [Agent], problems: [DictionaryProblem]) {
        var agents: [Agent] = []
        var problems: [DictionaryProblem] = []
        var sets: [String: [String]] = [:]
        for (number, trimmed) in PetrarchLines.read(text) {
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("!"), let equals = trimmed.firstIndex(of: "=") {
                let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                sets[name] = trimmed[trimmed.index(after: equals)...].split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                continue
            }
            guard let open = trimmed.lastIndex(of: "["), let close = trimmed[open...].firstIndex(of: "]") else {
                problems.append(DictionaryProblem(file: file, line: number, problem: "no [~CODE] after the phrase"))
                continue
            }
            let code = trimmed[trimmed.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let letters = code.filter { $0 != "~" }
            guard code.filter({ $0 == "~" }).count == 1, letters.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
                problems.append(DictionaryProblem(file: file, line: number, problem: "'[\(code)]' is not an agent code [~CODE] or [CODE~]"))
                continue
            }
            var head = trimmed[..<open]
            var plurals: [String]?
            if let brace = head.firstIndex(of: "{"), let end = head[brace...].firstIndex(of: "}") {
                plurals = head[head.index(after: brace)..<end].split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                head = head[..<brace]
            }
            let phrase = head.trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else {
                problems.append(DictionaryProblem(file: file, line: number, problem: "no phrase before the code"))
                continue
            }
            let origin = "\(file):\(number)"
            var forms = expand(phrase, sets: sets)
            forms += plurals.map { $0.flatMap { expand($0, sets: sets) } } ?? forms.flatMap(regularPlurals)
            var seen: Set<String> = []
            for form in forms.map(words) where !form.isEmpty && seen.insert(form).inserted {
                agents.append(Agent(phrase: form, code: letters, isWhole: !code.hasPrefix("~"), origin: origin))
            }
        }
        return (agents, problems)
    }

    /// A phrase with each `!SET!` replaced by each of its members.
    static func expand(_ phrase: String, sets: [String: [String]]) -> [String] {
        guard let start = phrase.firstIndex(of: "!"),
              let end = phrase[phrase.index(after: start)...].firstIndex(of: "!") else { return [phrase] }
        let name = String(phrase[start...end])
        let rest = String(phrase[phrase.index(after: end)...])
        let members = sets[name] ?? [name.trimmingCharacters(in: CharacterSet(charactersIn: "!"))]
        return members.flatMap { member in expand(String(phrase[..<start]) + member + rest, sets: sets) }
    }

    /// `FOREIGN_MINISTER_` → "foreign minister".
    static func words(_ phrase: String) -> String {
        phrase.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " }).joined(separator: " ")
    }

    static func regularPlurals(_ phrase: String) -> [String] {
        let trimmed = phrase.trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
        let upper = trimmed.uppercased()
        guard let last = upper.last, last.isLetter else { return [] }
        if upper.hasSuffix("MAN") { return [String(trimmed.dropLast(3)) + "MEN"] }
        if upper.hasSuffix("S") || upper.hasSuffix("X") || upper.hasSuffix("CH") || upper.hasSuffix("SH") || upper.hasSuffix("Z") {
            return [trimmed + "ES"]
        }
        if upper.hasSuffix("Y"), let before = upper.dropLast().last, !"AEIOU".contains(before) {
            return [String(trimmed.dropLast()) + "IES"]
        }
        return [trimmed + "S"]
    }
}
