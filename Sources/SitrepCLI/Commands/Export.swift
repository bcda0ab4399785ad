import ArgumentParser
import Foundation
import SitrepStore

/// `sitrep export events --format csv|jsonl|gdelt|plover [--since D]`
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored records in formats other tools read.",
        subcommands: [ExportEvents.self])
}

extension EventExportFormat: ExpressibleByArgument {}

struct ExportEvents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Write stored events as CSV, JSON Lines, GDELT 2.0 event rows or PLOVER records.",
        discussion: """
            csv     sitrep's fields with a header line (RFC 4180 quoting)
            jsonl   one event object per line, the fields `sitrep events --json` prints
            gdelt   GDELT 2.0's event table: 61 tab-separated columns in its order, no header, \
            empty where sitrep has no value, so GDELT scripts read it unchanged (country \
            codes are CAMEO's three letters; GDELT's geography columns use FIPS)
            plover  PLOVER JSON records, one per line (id, date, actor, recipient, event, \
            mode, event_loc, quad_code, event_scale, text)

            Background events are included and so marked (csv/jsonl) — filter with \
            `sitrep events` options if you need them out.

            Examples:
              sitrep export events --format csv > events.csv
              sitrep export events --format gdelt --since 2023-10-01 > events.tsv
              sitrep export events --format plover --out events.jsonl
            """)

    @Option(help: ArgumentHelp("csv, jsonl, gdelt or plover.", valueName: "format"))
    var format: EventExportFormat = .csv

    @Option(help: ArgumentHelp("Only events on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only events on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try Events.checkDays(since: since, until: until)
    }

    func run() async throws {
        let database = try store.open()
        var output = ""
        if let header = format.header { output += header + "\n" }
        var filter = EventFilter(since: since, until: until, includeBackground: true, onePerCluster: false, limit: 1000)
        var sequence = 0
        while true {
            let page = try database.events(filter)
            for event in page {
                sequence += 1
                output += try format.line(event, sequence: sequence) + "\n"
            }
            if page.count < filter.limit { break }
            filter.offset += filter.limit
        }
        if let out {
            do {
                try output.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("\(out): cannot write: \(error.localizedDescription)")
            }
            Terminal.error("\(sequence) events written to \(out)")
        } else {
            print(output, terminator: "")
        }
    }
}
