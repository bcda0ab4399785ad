import Foundation

/// Converts the Phoenix actor dictionaries (PETRARCH2, MIT) into sitrep's own format, the
/// bundled `phoenix.actors.txt`; `sitrep train actors` runs it from `../shared/data`.
public enum PhoenixConversion {
    /// The Phoenix files read, relative to the data folder.
    public static let files = [
        "phoenix/Phoenix.Countries.actors.txt", "phoenix/Phoenix.International.actors.txt",
        "phoenix/Phoenix.MilNonState.actors.txt",
    ]

    /// The converted dictionary's text and the lines that could not be read.
    public static func convert(data: URL, command: String) throws -> (text: String, actors: Int, problems: [DictionaryProblem]) {
        var lines = [
            "# Phoenix actor dictionaries (PETRARCH2, github.com/openeventdata/petrarch2, MIT licence,",
            "# Copyright (c) Open Event Data Alliance; built by the Computational Event Data System project),",
            "# converted to sitrep's actor format by: \(command)",
            "# Files: \(files.joined(separator: ", ")). Dates in the originals are YYMMDD or YYYYMMDD.",
            "# name | aliases | type | codes | country | title",
        ]
        var count = 0
        var problems: [DictionaryProblem] = []
        for file in files {
            let url = data.appendingPathComponent(file)
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let read = PhoenixActorReader.read(text, file: file)
            lines.append("# --- \(file)")
            lines += read.actors.map(CuratedActorFormat.line)
            count += read.actors.count
            problems += read.problems
        }
        return (lines.joined(separator: "\n") + "\n", count, problems)
    }
}
