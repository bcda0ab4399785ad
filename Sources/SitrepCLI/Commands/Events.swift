import ArgumentParser
import Foundation
import SitrepStore

/// `sitrep events [--actor CODE] [--code ROOT] [--since D] [--json]`
struct Events: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored events: who did what to whom, when and where, newest first.",
        discussion: """
            Each event shows its date, CAMEO code, source → target with their actor codes, \
            its modality when it is not a plain assertion, and the sentence it was read from. \
            Background events (dated well before their article) are left out unless \
            --background is given. Reports of one event by several articles (same actors, \
            CAMEO root and place, within a day) are one line with its counts of reports and \
            independent sources (syndicated copies add reports, not sources).

            Examples:
              sitrep events
              sitrep events --actor IRN --since 2023-10-01      # Iran on either side
              sitrep events --code 19 --country SYR             # fighting in or with Syria
              sitrep events --quad 4 --json                     # material conflict, as JSON
            """)

    @Option(help: ArgumentHelp("An actor code prefix (IRN, USAGOV) or part of a name, on either side.", valueName: "code-or-name"))
    var actor: String?

    @Option(help: ArgumentHelp("A country code: events with it on either side or taking place there.", valueName: "code"))
    var country: String?

    @Option(help: ArgumentHelp("A CAMEO root (19) or code prefix (138).", valueName: "code"))
    var code: String?

    @Option(help: ArgumentHelp("QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.", valueName: "n"))
    var quad: Int?

    @Option(help: ArgumentHelp("Only events on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only events on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Part of the place name.", valueName: "name"))
    var place: String?

    @Option(help: ArgumentHelp("asserted, threatened, conditional, planned, denied, negated, reported or hypothetical.", valueName: "modality"))
    var modality: String?

    @Flag(help: "Include background events (dated well before the article that mentions them).")
    var background = false

    @Flag(help: "List every report of an event, not one line per event with its counts.")
    var everyReport = false

    @Option(help: "At most this many events.")
    var limit = 100

    @Flag(help: "Print JSON (an array of event objects).")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let quad, !(1...4).contains(quad) { throw ValidationError("--quad takes 1, 2, 3 or 4, not \(quad).") }
        try Self.checkDays(since: since, until: until)
    }

    /// `--since` and `--until` take days as YYYY-MM-DD (or a month or year); shared with export.
    static func checkDays(since: String?, until: String?) throws {
        for (name, day) in [("--since", since), ("--until", until)] {
            if let day, day.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) == nil {
                throw ValidationError("\(name) takes a day as YYYY-MM-DD, not \"\(day)\".")
            }
        }
    }

    func run() async throws {
        let filter = EventFilter(actor: actor, country: country, code: code, quadClass: quad, since: since, until: until,
                                 place: place, modality: modality, includeBackground: background,
                                 onePerCluster: !everyReport, limit: limit)
        let events = try store.open().events(filter)
        if json { return try JSONOutput.print(events) }
        if events.isEmpty {
            print("No stored event matches. `sitrep ingest FILE` analyses articles as it stores them; `sitrep analyze` does it for older ones.")
            return
        }
        for event in events { print(Self.line(event)) }
    }

    /// `2023-10-26  138  Joe Biden (USAGOV) → Ali Khamenei (IRNGOV)  [conditional]` then the sentence.
    static func line(_ event: StoredEvent) -> String {
        func actor(_ reference: ActorReference?) -> String {
            guard let reference else { return "—" }
            return reference.code.map { "\(reference.name) (\($0))" } ?? reference.name
        }
        let modality = event.modality == "asserted" ? "" : "  [\(event.modality)]"
        let place = event.location.map { "  in \($0)" } ?? ""
        let counts = event.reports > 1 ? "  (\(event.reports) reports, \(event.sources) sources)" : ""
        let header = "\(event.date ?? "          ")  \(event.code)  \(actor(event.source)) → \(actor(event.target))\(place)\(modality)\(counts)"
        return header + "\n    " + event.sentence + "\n    " + "article \(event.articleId.prefix(10))" + (event.outlet.map { ", \($0)" } ?? "")
    }
}
