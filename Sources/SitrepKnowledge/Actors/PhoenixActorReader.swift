import Foundation
import SitrepText

/// Reads actor dictionaries in the PETRARCH/TABARI format (the Phoenix dictionaries and the
/// PETRARCH validation suite's), as `dictionaries.rst` describes it:
///
/// ```
/// ALI_KHAMENEI_  ; CountryInfo.txt        primary phrase, optional [default code], ; or # comment
/// +SAYYID_ALI_KHAMENEI_                   synonyms
///     [IRNGOV >19890604]                  date restrictions: >after, <before, from-to, or none
/// ```
/// Synonyms and restrictions belong to the record above them; `<!-- … -->` blocks are
/// comments. Dates are YYYYMMDD or YYMMDD (years below 30 read as 20YY).
public enum PhoenixActorReader {
    public static func read(_ text: String, file: String) -> (actors: [Actor], problems: [DictionaryProblem]) {
        var actors: [Actor] = []
        var problems: [DictionaryProblem] = []
        var current: Actor?
        func finish() {
            if let record = current, !record.codes.isEmpty { actors.append(record) }
            current = nil
        }
        for (number, trimmed) in PetrarchLines.read(text) {
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") {
                guard current != nil else {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "a date restriction with no record above it"))
                    continue
                }
                do {
                    if let code = try restriction(trimmed) { current?.codes.append(code) }
                } catch {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "\(error)"))
                }
                continue
            }
            let isSynonym = trimmed.hasPrefix("+")
            let body = isSynonym ? trimmed.dropFirst() : Substring(trimmed)
            let phraseEnd = body.firstIndex(where: { $0 == "[" || $0 == ";" }) ?? body.endIndex
            let phrase = displayName(body[..<phraseEnd])
            guard !phrase.isEmpty else {
                problems.append(DictionaryProblem(file: file, line: number, problem: "no phrase before the code"))
                continue
            }
            var inlineCode: DatedCode?
            if let open = body.firstIndex(of: "["), let close = body[open...].firstIndex(of: "]") {
                do {
                    inlineCode = try restriction(String(body[open...close]))
                } catch {
                    problems.append(DictionaryProblem(file: file, line: number, problem: "\(error)"))
                }
            }
            if isSynonym, current != nil {
                current?.aliases.append(phrase)
                if let inlineCode { current?.codes.append(inlineCode) }
            } else {
                finish()
                current = Actor(name: phrase, codes: inlineCode.map { [$0] } ?? [], origin: "\(file):\(number)")
            }
        }
        finish()
        return (actors, problems)
    }

    /// `[IRNGOV >19890604]` → IRNGOV from 1989-06-04; `[X 320101-331108]`, `[X <900823]`,
    /// `[X]`, and the open `[X 20121204-]`; nil for the null code `[---]`. A phrase that names
    /// several actors at once keeps their codes joined by `/` (`THE_SHIRE [FRO/BIL/SAM]`).
    static func restriction(_ text: String) throws -> DatedCode? {
        let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
        let parts = inner.split(separator: " ", omittingEmptySubsequences: true)
        guard let code = parts.first else { throw RestrictionError("'\(text)' has no code") }
        if code.allSatisfy({ $0 == "-" }) { return nil }
        guard code.split(separator: "/", omittingEmptySubsequences: false).allSatisfy({ part in
            !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "~" }
        }) else {
            throw RestrictionError("'\(text)' is not [CODE] or [CODE dates]")
        }
        let range = parts.dropFirst().joined()
        if range.isEmpty { return DatedCode(code: String(code)) }
        if range.hasPrefix(">") { return DatedCode(code: String(code), from: try day(range.dropFirst())) }
        if range.hasPrefix("<") { return DatedCode(code: String(code), to: try day(range.dropFirst())) }
        let ends = range.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2 else { throw RestrictionError("'\(range)' is not >DATE, <DATE or DATE-DATE") }
        return DatedCode(code: String(code), from: ends[0].isEmpty ? nil : try day(ends[0]),
                         to: ends[1].isEmpty ? nil : try day(ends[1]))
    }

    /// YYYYMMDD or YYMMDD as a `Day`.
    static func day(_ text: Substring) throws -> Day {
        guard text.allSatisfy(\.isNumber), let value = Int(text), text.count == 8 || text.count == 6 else {
            throw RestrictionError("'\(text)' is not a date (YYYYMMDD or YYMMDD)")
        }
        if text.count == 8 { return value }
        let year = value / 10_000
        return (year < 30 ? 2000 + year : 1900 + year) * 10_000 + value % 10_000
    }

    /// `ALI_KHAMENEI_` → "Ali Khamenei", `UNITED_STATES_OF_AMERICA` → "United States of America";
    /// short upper-case words that are not function words stay acronyms ("UN", "U.S.").
    static func displayName(_ phrase: Substring) -> String {
        phrase.replacingOccurrences(of: "_", with: " ")
            .split(separator: " ")
            .enumerated()
            .map { position, word in
                let lower = word.lowercased()
                if position > 0 && smallWords.contains(lower) { return lower }
                if word.contains(".") || (word.count <= 2 && word.allSatisfy(\.isUppercase) && !smallWords.contains(lower)) {
                    return String(word)
                }
                return word.capitalized
            }
            .joined(separator: " ")
    }

    private static let smallWords: Set<String> = ["of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "la", "le", "el", "al", "an", "a", "by", "or"]

    struct RestrictionError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
