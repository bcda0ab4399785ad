import ArgumentParser
import Foundation
import SitrepIngest
import SitrepKnowledge
import SitrepText

/// `sitrep actors …`: the actor dictionaries.
struct Actors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look up actors and their CAMEO codes in sitrep's dictionaries.",
        subcommands: [Lookup.self])

    /// `sitrep actors lookup NAME [--date D] [--actors FILE]`
    struct Lookup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which actors a name denotes and the code each carries on a date.",
            discussion: """
                Names match whatever their case, accents and punctuation ("Amir-Abdollahian", \
                "AMIRABDOLLAHIAN"). Entries from --actors files come first, then sitrep's \
                curated dictionary, then Phoenix.

                Examples:
                  sitrep actors lookup "Ebrahim Raisi" --date 2023-10-26
                  sitrep actors lookup Hezbollah
                  sitrep actors lookup "Minister Smith" --actors my-actors.txt
                """)

        @Argument(help: "The name to look up.")
        var name: String

        @Option(help: ArgumentHelp("The day the code should hold (default: the most recent code).", valueName: "date"))
        var date: String?

        @Option(name: .customLong("actors"), help: ArgumentHelp("Extra dictionary files, in sitrep's or PETRARCH's format.", valueName: "file"))
        var files: [String] = []

        func run() async throws {
            var dictionary = try ActorDictionary.bundled()
            for file in files {
                guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such file") }
                try dictionary.add(contentsOf: URL(fileURLWithPath: file))
            }
            for problem in dictionary.problems where files.contains(where: { problem.file == $0 || problem.file.hasSuffix($0) }) {
                Terminal.error("warning: \(problem)")
            }
            let day = try date.map { text -> Day in
                let instant = try Dates.parse(text)
                let parts = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: instant)
                return (parts.year ?? 0) * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
            }
            let matches = dictionary.lookup(name, on: day)
            guard !matches.isEmpty else {
                print("No actor is called \"\(name)\" in the dictionaries.")
                throw ExitCode(1)
            }
            for (rank, match) in matches.enumerated() {
                let actor = match.actor
                let details = [actor.type?.rawValue, actor.country, actor.title].compactMap { $0 }.joined(separator: ", ")
                print("\(rank == 0 ? "→" : " ") \(match.code ?? "(no code on that date)")  \(actor.name)\(details.isEmpty ? "" : " — \(details)")")
                print("    codes: \(actor.codes.map(\.description).joined(separator: "; "))   from \(actor.origin)")
            }
        }
    }
}
