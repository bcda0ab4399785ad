import ArgumentParser
import Foundation
import Sitrep
import SitrepStore

/// `sitrep watch SOURCE... [--every 10m]`
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Poll feeds and pages and ingest what is new, until stopped.",
        discussion: """
            Each source is fetched with the ETag and Last-Modified of its previous fetch, so \
            an unchanged feed costs one short request; only items not stored yet are fetched \
            and stored. What was fetched when is kept in the database, so a restarted watch \
            continues where it stopped. A source that fails is retried after a wait that \
            doubles with each failure in a row (at most 6 hours); failures are logged, never \
            fatal.

            Examples:
              sitrep watch https://example.org/world/rss.xml --every 10m
              sitrep watch https://a.example/feed https://b.example/atom.xml --once
            """)

    @Argument(help: ArgumentHelp("Feed or page addresses (files are re-read each round).", valueName: "source"))
    var sources: [String]

    @Option(help: ArgumentHelp("How often to poll each source: 90s, 10m, 1h.", valueName: "interval"))
    var every = "10m"

    @Flag(help: "Poll every source once and stop.")
    var once = false

    @OptionGroup var dictionaries: DictionaryOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if sources.isEmpty { throw ValidationError("Name at least one feed or page address to watch.") }
        _ = try interval
    }

    var interval: TimeInterval {
        get throws {
            let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
            guard let unit = every.last.flatMap({ units[$0] }), let count = Double(every.dropLast()), count > 0 else {
                throw ValidationError("--every takes a number and a unit: 90s, 10m, 1h, 1d (got '\(every)').")
            }
            return count * unit
        }
    }

    func run() async throws {
        let interval = try self.interval
        let database = try store.open()
        let analyzer = try dictionaries.analyzer(folder: DictionaryOptions.folder(forDatabase: store.path))
        var run = IngestRun(store: database, analyzer: analyzer, pollInterval: interval)
        while true {
            let now = Date()
            var nextWake = now.addingTimeInterval(interval)
            for source in sources {
                let state = try database.sourceState(source)
                if let due = state.nextCheckDate, due > now {
                    nextWake = min(nextWake, due)
                    continue
                }
                let before = run.stored
                try await run.ingest(paths: [source], readStandardInput: false)
                let after = try database.sourceState(source)
                let time = Date().formatted(date: .omitted, time: .standard)
                let note = after.lastError == nil ? "" : " (failed \(after.failures)×, retry after \(after.nextCheck ?? "?"))"
                print("\(time) \(source): \(run.stored - before) new\(note)")
                if let due = after.nextCheckDate { nextWake = min(nextWake, due) }
            }
            if once { break }
            let wait = max(1, nextWake.timeIntervalSinceNow)
            try await Task.sleep(for: .seconds(wait))
        }
        print(run.summary)
    }
}
