import ArgumentParser
import Foundation
import SitrepServer

/// `sitrep brief [--since 24h] [--actor IRN] [--format md|html]`
struct BriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a one-page situation report from the database.",
        discussion: """
            Top developments (each real-world event once, with how many articles and \
            independent outlets report it), escalation by dyad (the latest day's Goldstein sum \
            against the days before), key quotes, disputed claims and casualty figures; every \
            line links to its evidence in the web UI (`sitrep serve`).

            Examples:
              sitrep brief
              sitrep brief --since 24h --actor IRN
              sitrep brief --since 2023-10-20 --format html > brief.html
            """)

    @Option(help: ArgumentHelp("Only what was published since then: a duration back from now (24h, 7d) or a date.", valueName: "when"))
    var since: String?

    @Option(help: ArgumentHelp("Only events, quotes and claims involving this actor (a code prefix like IRN, or part of a name).", valueName: "actor"))
    var actor: String?

    @Option(help: "md or html.")
    var format = "md"

    @Option(help: ArgumentHelp("Where evidence links point: the address `sitrep serve` listens on.", valueName: "url"))
    var linkBase = "http://127.0.0.1:8080"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard ["md", "html"].contains(format) else { throw ValidationError("--format must be md or html, not \(format).") }
    }

    func run() async throws {
        let brief = try Brief(store: try store.open(), since: try since.map(Self.instant), actor: actor)
        print(format == "html" ? brief.htmlDocument() : brief.markdown(linkBase: linkBase))
    }

    /// `24h`, `7d`, `90m` back from now, or any date sitrep reads.
    static func instant(_ text: String) throws -> Date {
        let units: [Character: Double] = ["m": 60, "h": 3_600, "d": 86_400, "w": 604_800]
        if let unit = text.last.flatMap({ units[$0] }), let count = Double(text.dropLast()), count >= 0 {
            return Date().addingTimeInterval(-count * unit)
        }
        return try Dates.parse(text)
    }
}
