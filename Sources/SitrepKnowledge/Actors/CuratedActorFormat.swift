import Foundation
import SitrepText

/// sitrep's own actor dictionary format: one actor per line, six fields, reviewable in a diff.
///
/// ```
/// # name | aliases | type | codes | country | title
/// Ebrahim Raisi | Raisi; Ebrahim Raeisi | PER | IRNJUD 2019-03-07..2021-07-01; IRNGOV 2021-08-03..2024-05-19 | IRN | President of Iran
/// ```
/// Aliases and codes are separated by "; "; a code is `CODE` or `CODE FROM..TO` with either
/// end open. Blank lines and lines starting with `#` are comments. The bundled Phoenix
/// conversion and users' own files (`--actors FILE`) use the same format.
public enum CuratedActorFormat {
    public static func read(_ text: String, file: String) -> (actors: [Actor], problems: [DictionaryProblem]) {
        var actors: [Actor] = []
        var problems: [DictionaryProblem] = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                actors.append(try actor(line, origin: "\(file):\(index + 1)"))
            } catch {
                problems.append(DictionaryProblem(file: file, line: index + 1, problem: "\(error)"))
            }
        }
        return (actors, problems)
    }

    /// One line in the format, the inverse of `read`; separators inside names become spaces.
    public static func line(_ actor: Actor) -> String {
        func clean(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: " ").replacingOccurrences(of: ";", with: " ")
        }
        return [clean(actor.name), actor.aliases.map(clean).joined(separator: "; "), actor.type?.rawValue ?? "",
                actor.codes.map(\.description).joined(separator: "; "), actor.country ?? "", clean(actor.title ?? "")]
            .joined(separator: " | ")
    }

    static func actor(_ line: String, origin: String) throws -> Actor {
        let fields = line.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 6 else { throw FormatError("expected 6 fields separated by '|', found \(fields.count)") }
        guard !fields[0].isEmpty else { throw FormatError("the name is empty") }
        var type: EntityType?
        if !fields[2].isEmpty {
            guard let known = EntityType(rawValue: fields[2]) else { throw FormatError("unknown type '\(fields[2])' (PER, ORG, LOC or OTH)") }
            type = known
        }
        let codes = try list(fields[3]).map(code)
        guard !codes.isEmpty else { throw FormatError("no code") }
        return Actor(name: fields[0], aliases: list(fields[1]), type: type, codes: codes,
                     country: fields[4].isEmpty ? nil : fields[4], title: fields[5].isEmpty ? nil : fields[5], origin: origin)
    }

    private static func list(_ field: String) -> [String] {
        field.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `IRNGOV`, `IRNGOV 2021-08-03..2024-05-19`, `IRNGOV 2021-08-03..`, `IRNGOV ..2024-05-19`.
    static func code(_ text: String) throws -> DatedCode {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let code = parts.first, code.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
            throw FormatError("'\(text)' is not CODE or CODE FROM..TO")
        }
        guard parts.count > 1 else { return DatedCode(code: String(code)) }
        guard parts.count == 2, let dots = parts[1].range(of: "..") else { throw FormatError("'\(text)': dates are FROM..TO") }
        let from = parts[1][..<dots.lowerBound]
        let to = parts[1][dots.upperBound...]
        return DatedCode(code: String(code), from: from.isEmpty ? nil : try day(from), to: to.isEmpty ? nil : try day(to))
    }

    /// `2021-08-03` as a `Day`.
    static func day(_ text: Substring) throws -> Day {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let date = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(month), (1...31).contains(date) else {
            throw FormatError("'\(text)' is not a date (YYYY-MM-DD)")
        }
        return year * 10_000 + month * 100 + date
    }

    struct FormatError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
