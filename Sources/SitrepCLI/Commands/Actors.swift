import ArgumentParser
import Foundation
import SitrepIngest
import SitrepKnowledge
import SitrepStore
import SitrepText

/// `sitrep actors …`: the actor dictionaries.
struct Actors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actors in stored articles, or look names up in sitrep's dictionaries.",
        subcommands: [List.self, Lookup.self],
        defaultSubcommand: List.self)

    /// `sitrep actors [list] [--search TEXT] [--json]`
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors found in stored articles, most widely reported first.",
            discussion: """
                Each actor with its CAMEO code, type and role, the number of articles that \
                mention it, its mentions, and how many stored events it is the source or the \
                target of.

                Examples:
                  sitrep actors
                  sitrep actors --search IRN
                  sitrep actors --json
                """)

        @Option(help: ArgumentHelp("Part of a name or code.", valueName: "text"))
        var search: String?

        @Option(help: "At most this many actors.")
        var limit = 100

        @Flag(help: "Print JSON (an array of actor objects).")
        var json = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let actors = try store.open().actors(matching: search, limit: limit)
            if json { return try JSONOutput.print(actors) }
            if actors.isEmpty { return print("No actors stored yet. `sitrep ingest FILE` analyses articles as it stores them.") }
            print("articles  mentions  events(src/tgt)  code          actor")
            for actor in actors {
                let events = "\(actor.eventsAsSource)/\(actor.eventsAsTarget)"
                let code = (actor.code ?? "-").padding(toLength: 12, withPad: " ", startingAt: 0)
                let details = [actor.type, actor.role].compactMap { $0 }.joined(separator: ", ")
                let counts = [(actor.articles, 8), (actor.mentions, 8)].map { String(repeating: " ", count: max(0, $1 - String($0).count)) + String($0) }
                let eventColumn = String(repeating: " ", count: max(0, 15 - events.count)) + events
                print("\(counts.joined(separator: "  "))  \(eventColumn)  \(code)  \(actor.name) (\(details))")
            }
        }
    }

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
