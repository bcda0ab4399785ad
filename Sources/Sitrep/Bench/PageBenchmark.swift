import Foundation
import SitrepIngest

/// Throughput of reading news pages (HTML → article: parsing, main-content extraction,
/// metadata), next to a baseline that only scans the same bytes for tags.
public struct PageBenchmark: Sendable {
    public var pages: [Data]
    public var runs: Int

    public init(pages: [Data], runs: Int = 5) {
        self.pages = pages
        self.runs = max(1, runs)
    }

    /// The `.html` files of a folder.
    public static func load(_ folder: URL) throws -> PageBenchmark {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        guard !names.isEmpty else { throw BenchError.emptyCorpus(folder.path) }
        return PageBenchmark(pages: try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) })
    }

    /// Adds `articles_per_s.html`, `mb_per_s.html` and the ratio to the tag-scan baseline.
    public func run(into report: inout BenchReport) throws {
        let rounds = max(1, 1_000_000 / max(1, pages.reduce(0) { $0 + $1.count }))
        let megabytes = Double(pages.reduce(0) { $0 + $1.count } * rounds) / 1_000_000
        let baseline = Benchmark.fastest(runs: runs) {
            var tags = 0
            for _ in 0..<rounds {
                for page in pages { tags += page.reduce(0) { $0 + ($1 == 0x3C ? 1 : 0) } }
            }
            return tags
        }
        let reading = try Benchmark.fastest(runs: runs) {
            var articles = 0
            for _ in 0..<rounds {
                for page in pages {
                    try ArticleFiles.read(page, origin: "bench", format: .html) { if case .article = $0 { articles += 1 } }
                }
            }
            return articles
        }
        report.add("articles_per_s.html", Double(reading.value) / reading.seconds)
        report.add("mb_per_s.html", megabytes / reading.seconds)
        report.add("ratio.html_vs_baseline", baseline.seconds / reading.seconds)
    }
}
