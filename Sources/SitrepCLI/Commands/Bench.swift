import ArgumentParser
import Foundation
import Sitrep
import SitrepNLP

/// `sitrep bench`: how fast each stage runs, next to a baseline measured in the same run.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the throughput of each pipeline stage (build with -c release).",
        discussion: """
            Runs each stage over a corpus of at least 1 MB and reports MB/s, tokens/s and \
            articles/s per stage, a naive whitespace split over the same text as a baseline, \
            their ratio, the parser's time against the tagger's (ratio.parse_vs_tag: parse \
            tokens/s over tag tokens/s), news pages read per second (HTML → article) next to \
            a plain tag scan of the same pages, the CPU milliseconds each bundled model takes to \
            load (load_ms.tagger, load_ms.parser, load_ms.recognizer), and the peak resident \
            memory (rss_mb, MiB). \
            Times are the CPU time of the measuring thread (so figures are per core and hold \
            on a shared machine), each the fastest of --runs runs.

              swift build -c release --product sitrep
              .build/release/sitrep bench
              .build/release/sitrep bench --corpus ~/news/ --json
              .build/release/sitrep bench --parser-model beam8.model
            """)

    @Option(help: "A plain-text file (documents separated by blank lines) or a folder of .txt files; default: the bundled sample articles.")
    var corpus: String?

    @Option(help: ArgumentHelp("A folder of .html news pages for the page-reading measurement (default: the test fixture pages of this checkout, when present).", valueName: "dir"))
    var pages: String?

    @Option(help: ArgumentHelp("A parser model to measure in place of the bundled one (e.g. one trained with `sitrep train parser --beam 8`; it parses with the width it was trained for).", valueName: "file"))
    var parserModel: String?

    @Option(help: "Runs per measurement; the fastest counts.")
    var runs = 5

    @Flag(help: "Print {\"metrics\": {…}}.")
    var json = false

    /// The HTML fixtures of the checkout this binary was built from, if it is still there.
    static var fixturePages: URL? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/SitrepIngestTests/Fixtures/html")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    func run() throws {
        let texts = try corpus.map { try BenchCorpus.load(URL(fileURLWithPath: $0)) } ?? BenchCorpus.bundledSamples()
        var benchmark = try Benchmark.standard(parser: parserModel.map { try Parser(file: URL(fileURLWithPath: $0)) })
        benchmark.runs = max(1, runs)
        var report = try benchmark.run(on: texts)
        try benchmark.measureModelLoads(into: &report)
        if let folder = pages.map({ URL(fileURLWithPath: $0) }) ?? Self.fixturePages {
            var pageBenchmark = try PageBenchmark.load(folder)
            pageBenchmark.runs = max(1, runs)
            try pageBenchmark.run(into: &report)
        }
        report.recordPeakMemory()
        if json {
            let fields = report.metrics.map { "\"\($0.name)\": \(String(format: "%.2f", $0.value))" }
            print("{\"metrics\": {" + fields.joined(separator: ", ") + "}}")
        } else {
            print(String(format: "%@: %d documents, %.2f MB", report.corpus, report.documents, report.megabytes))
            let width = report.metrics.map(\.name.count).max() ?? 0
            for metric in report.metrics {
                print(metric.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(format: "%14.2f", metric.value))
            }
        }
    }
}
