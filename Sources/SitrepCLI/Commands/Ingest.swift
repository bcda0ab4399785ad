import ArgumentParser
import Foundation
import Sitrep

/// `sitrep ingest PATH... [-]`
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles from files, folders, web addresses or standard input into the database.",
        discussion: """
            Reads the scraped-article text format (headline, image URL, outlet, section, \
            timestamp, body), JSON (one article object or an array), JSON Lines (one article \
            per line: title, text|body|content, published|date, source|outlet, url, section, \
            authors), HTML pages (the main text, with metadata from JSON-LD and meta tags) and \
            RSS, Atom and JSON feeds. Folders are read recursively (.txt, .json, .jsonl, \
            .ndjson, .html, .htm, .rss, .atom, .xml and files without an extension).

            Web addresses are fetched politely (a User-Agent naming sitrep, 20 s timeout, \
            5 redirects, 20 MB at most, one request per host per second); for a feed, the \
            pages of items that carry only a teaser are fetched too.

            Storing the same article twice (same body, or same address once tracking \
            parameters are removed) stores it once; a near-copy of a stored article (another \
            headline, a trimmed ending) is stored and linked to it as a syndicated copy.

            Examples:
              sitrep ingest story.txt
              sitrep ingest ~/news/ dump.jsonl
              sitrep ingest https://example.org/world/rss.xml
              curl -s https://example.org/a.json | sitrep ingest -

            Each new article is analysed as it is stored (entities, events, quotes, claims, \
            numbers), so `sitrep events`, `quotes`, `claims` and `actors` can query it; \
            --no-analyze stores articles only, for `sitrep analyze` to do later. Your own \
            dictionaries (--actors, --agents, --verbs, or files in the dictionaries folder \
            beside the database) are used in the analysis.

            Every file that fails is named with the reason; the rest are still stored, and \
            the exit status is 1 when anything failed.
            """)

    @Argument(help: ArgumentHelp("Files, folders and web addresses to read; '-' reads standard input.", valueName: "source"))
    var paths: [String]

    @Flag(help: "Store articles without analysing them (faster; run `sitrep analyze` later).")
    var noAnalyze = false

    @OptionGroup var dictionaries: DictionaryOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file or folder, or '-' for standard input.") }
    }

    func run() async throws {
        let analyzer = noAnalyze ? nil : try dictionaries.analyzer(folder: DictionaryOptions.folder(forDatabase: store.path))
        var run = IngestRun(store: try store.open(), analyzer: analyzer)
        try await run.ingest(paths: paths.filter { $0 != "-" }, readStandardInput: paths.contains("-"))
        print(run.summary)
        if run.failed > 0 { throw ExitCode(1) }
    }
}
