import Foundation

/// Builds the bundled event knowledge from the shared data folder: the Phoenix verb patterns
/// in sitrep's notation (`phoenix.verbs.txt`) and the CAMEO codebook joined with the PLOVER
/// mapping (`cameo.events.tsv`). `sitrep train verbs` runs it.
public enum EventConversion {
    public struct Output: Sendable {
        public var verbs: String
        public var ontology: String
        public var patterns: Int
        public var problems: [DictionaryProblem]
    }

    public static func convert(data folder: URL, command: String) throws -> Output {
        let verbsURL = folder.appendingPathComponent("phoenix/CAMEO.verbpatterns.150430.txt")
        let verbsText = String(decoding: try Data(contentsOf: verbsURL), as: UTF8.self)
        let read = TabariVerbReader.read(verbsText, file: verbsURL.lastPathComponent, idPrefix: "phoenix")
        let header = """
            # Phoenix CAMEO verb patterns (PETRARCH2, openeventdata/petrarch2 commit 676801cd,
            # CAMEO.verbpatterns.150430.txt, MIT licence, (c) Open Event Data Alliance), converted to
            # sitrep's pattern notation (Sources/SitrepKnowledge/Events/EventPatternFormat.swift).
            # Each line keeps the source line number as its id. Rebuild: \(command)

            """
        let events = String(decoding: try Data(contentsOf: folder.appendingPathComponent("ontology/cameo_events.csv")), as: UTF8.self)
        let plover = String(decoding: try Data(contentsOf: folder.appendingPathComponent("ontology/CAMEO2PLOVER-2021.txt")), as: UTF8.self)
        return Output(verbs: header + EventPatternFormat.write(read.patterns), ontology: ontology(events: events, plover: plover, command: command),
                      patterns: read.patterns.count, problems: read.problems)
    }

    /// `code name goldstein plover-type plover-mode`, tab-separated.
    static func ontology(events: String, plover: String, command: String) -> String {
        var mapping: [String: (type: String, mode: String)] = [:]
        for line in plover.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let body = line.split(separator: "#", maxSplits: 1).first ?? line
            guard let colon = body.firstIndex(of: ":") else { continue }
            let code = body[..<colon].trimmingCharacters(in: .whitespaces)
            let fields = body[body.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let type = fields.first, !type.isEmpty else { continue }
            mapping[code] = (type, fields.count > 1 ? fields[1] : "")
        }
        var lines = [
            "# CAMEO event codes: GDELT lookup names and Goldstein values (../shared/data/ontology/README.md),",
            "# with the PLOVER event type and mode from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0).",
            "# code<TAB>name<TAB>goldstein<TAB>plover type<TAB>plover mode. Rebuild: \(command)",
        ]
        for row in csvRows(events).dropFirst() where row.count >= 3 {
            let code = row[0]
            var key = code
            while mapping[key] == nil && key.count > 2 { key.removeLast() }
            let plover = mapping[key]
            lines.append([code, row[1], row[2], plover?.type ?? "", plover?.mode ?? ""].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows of a CSV file with double-quoted fields.
    private static func csvRows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() }
                else if character == ",", !quoted { fields.append(field); field = "" }
                else { field.append(character) }
            }
            fields.append(field)
            return fields
        }
    }
}
