import ArgumentParser
import Foundation
import Sitrep
import SitrepSamples
import SitrepStore
import SitrepText

/// `sitrep demo`
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest the bundled sample articles into a fresh database and show what sitrep finds.",
        discussion: """
            Uses a new database in a temporary folder unless --db names one, and prints the \
            commands to explore it further.

            Example:
              sitrep demo
              sitrep demo --db demo.sqlite && sitrep articles --db demo.sqlite
            """)

    @Option(help: ArgumentHelp("Database file to fill (default: a fresh one in a temporary folder).", valueName: "path"))
    var db: String?

    func run() async throws {
        let path = db ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-demo-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent("demo.sqlite").path
        let samples = BundledSamples.articles
        guard !samples.isEmpty else { throw ValidationError("No bundled sample articles were found next to the sitrep binary.") }
        let store = try Store(path: path)
        let analyzer = try Analyzer()
        var run = IngestRun(store: store, analyzer: analyzer)
        try await run.ingest(paths: samples.map(\.path), readStandardInput: false)
        print("Ingested \(samples.count) sample article(s) into \(path): \(run.summary)\n")
        for id in run.articleIDs {
            let article = try store.article(id: id)
            let analysis = Analysis(try analyzer.analyze(article))
            print(Summary.text(of: analysis, width: Terminal.width))
            print("")
        }
        print("""
            Explore it:
              sitrep articles --db \(path)
              sitrep events --db \(path)
              sitrep quotes --db \(path)
              sitrep show \(run.articleIDs.first.map { String($0.prefix(8)) } ?? "ID") --db \(path)
              sitrep extract \(samples[0].path) --json
            """)
        if run.failed > 0 { throw ExitCode(1) }
    }
}
