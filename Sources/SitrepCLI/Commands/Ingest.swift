import ArgumentParser
import Foundation

/// `sitrep ingest PATH... [-]`
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles from files, folders or standard input into the database.",
        discussion: """
            Reads the scraped-article text format (headline, image URL, outlet, section,
            timestamp, body), JSON (one article object or an array) and JSON Lines (one
            article per line: title, text|body|content, published|date, source|outlet, url,
            section, authors). Folders are read recursively (.txt, .json, .jsonl, .ndjson and
            files without an extension). Storing the same article twice stores it once.

            Examples:
              sitrep ingest story.txt
              sitrep ingest ~/news/ dump.jsonl
              curl -s https://example.org/a.json | sitrep ingest -

            Every file that fails is named with the reason; the rest are still stored, and
            the exit status is 1 when anything failed.
            """)

    @Argument(help: ArgumentHelp("Files and folders to read; '-' reads standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file or folder, or '-' for standard input.") }
    }

    func run() async throws {
        var run = IngestRun(store: try store.open())
        try run.ingest(paths: paths.filter { $0 != "-" }, readStandardInput: paths.contains("-"))
        print(run.summary)
        if run.failed > 0 { throw ExitCode(1) }
    }
}
