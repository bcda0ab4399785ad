import Foundation
import SitrepExtract
import SitrepNLP
import SitrepText

/// Throughput of each pipeline stage on one corpus, measured in one run next to a naive
/// baseline, so figures from a noisy shared machine can be compared by their ratio. Times are
/// CPU time of the measuring thread, so each figure is per core.
///
/// Each stage is one `Benchmark.Entry`; stage k is timed on the documents stage k - 1 left,
/// so adding a stage is adding an entry:
///
/// ```swift
/// let report = try Benchmark(entries: [.init(key: "segment", stage: try Segmenter.english())]).run(on: corpus)
/// report.metrics   // [("mb_per_s.segment", 61.2), ("tokens_per_s.segment", 1.3e7), …]
/// ```
public struct Benchmark: Sendable {
    public struct Entry: Sendable {
        /// The metric suffix: `tokens_per_s.<key>`.
        public var key: String
        public var stage: any Stage

        public init(key: String, stage: any Stage) {
            self.key = key
            self.stage = stage
        }
    }

    public var entries: [Entry]
    /// Each measurement is the fastest of this many runs.
    public var runs: Int

    public init(entries: [Entry], runs: Int = 3) {
        self.entries = entries
        self.runs = max(1, runs)
    }

    /// The stages sitrep ships, with their bundled models, in pipeline order; `parser` in
    /// place of the bundled one (a beam-trained model, to measure what its beam costs).
    public static func standard(parser: Parser? = nil) throws -> Benchmark {
        Benchmark(entries: [
            Entry(key: "segment", stage: try Segmenter.english()),
            Entry(key: "tag", stage: try Tagger.english()),
            Entry(key: "parse", stage: try parser ?? Parser.english()),
            Entry(key: "recognize", stage: try EntityRecognizer.english()),
            Entry(key: "resolve", stage: try Resolver.english()),
            Entry(key: "events", stage: try EventExtractor.english()),
        ])
    }

    public func run(on corpus: BenchCorpus) throws -> BenchReport {
        let megabytes = Double(corpus.byteCount) / 1_000_000
        var report = BenchReport(corpus: corpus.origin, documents: corpus.documents.count, megabytes: megabytes)

        var documents = corpus.documents.map { Document(text: $0) }
        let baseline = fastest { Self.whitespaceTokens(documents) }
        report.add("mb_per_s.baseline", megabytes / baseline.seconds)
        report.add("tokens_per_s.baseline", Double(baseline.value) / baseline.seconds)

        var seconds: [(key: String, seconds: Double)] = []
        for entry in entries {
            var output = documents
            let timing = try fastest {
                var working = documents
                for index in working.indices { try entry.stage.process(&working[index]) }
                output = working
                return 0
            }
            documents = output
            let tokens = documents.reduce(0) { $0 + $1.tokens.count }
            report.add("mb_per_s.\(entry.key)", megabytes / timing.seconds)
            report.add("tokens_per_s.\(entry.key)", Double(tokens) / timing.seconds)
            report.add("articles_per_s.\(entry.key)", Double(documents.count) / timing.seconds)
            if entry.key == entries.first?.key {
                report.add("ratio.\(entry.key)_vs_baseline", baseline.seconds / timing.seconds)
            }
            seconds.append((entry.key, timing.seconds))
        }
        // Each stage's share of the whole pipeline's time, in percent: what a stage costs
        // next to the others (resolution's target is under 5%).
        let total = seconds.reduce(0) { $0 + $1.seconds }
        for (key, stageSeconds) in seconds where total > 0 {
            report.add("percent_of_pipeline.\(key)", 100 * stageSeconds / total)
        }
        let stageSeconds = Dictionary(seconds, uniquingKeysWith: { first, _ in first })
        if let tag = stageSeconds["tag"], let parse = stageSeconds["parse"] {
            // The parser's speed target is relative to the tagger's: tokens/s of parse over tag.
            report.add("ratio.parse_vs_tag", tag / parse)
        }
        if let events = stageSeconds["events"], let tag = stageSeconds["tag"], let parse = stageSeconds["parse"] {
            // Event extraction's budget: under 20% of what tagging and parsing cost.
            report.add("ratio.events_vs_tag_parse", events / (tag + parse))
        }
        return report
    }

    /// Milliseconds of this thread's CPU time to load each bundled model from its file, the
    /// fastest of `runs` loads (`load_ms.tagger`, …): the models' bound is 100 ms each.
    public func measureModelLoads(into report: inout BenchReport) throws {
        let loads: [(key: String, load: () throws -> Any)] = [
            ("tagger", { try Tagger.english() }),
            ("parser", { try Parser.english() }),
            ("recognizer", { try EntityRecognizer.english() }),
        ]
        for (key, load) in loads {
            let timing = try fastest {
                _ = try load()
                return 0
            }
            report.add("load_ms.\(key)", 1000 * timing.seconds)
        }
    }

    /// The baseline: byte ranges of whitespace-separated words, the least a tokenizer does.
    static func whitespaceTokens(_ documents: [Document]) -> Int {
        var total = 0
        var ranges: [Range<Int>] = []
        for document in documents {
            ranges.removeAll(keepingCapacity: true)
            var start = -1
            for (index, byte) in document.utf8.enumerated() {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if space {
                    if start >= 0 { ranges.append(start..<index) }
                    start = -1
                } else if start < 0 {
                    start = index
                }
            }
            if start >= 0 { ranges.append(start..<document.utf8.count) }
            total += ranges.count
        }
        return total
    }

    /// The fastest of `runs` runs of `body`, in seconds of this thread's CPU time, so that
    /// other processes on a shared machine do not count against it.
    private func fastest(_ body: () throws -> Int) rethrows -> (seconds: Double, value: Int) {
        try Self.fastest(runs: runs, body)
    }

    static func fastest(runs: Int, _ body: () throws -> Int) rethrows -> (seconds: Double, value: Int) {
        var best = Double.infinity
        var value = 0
        for _ in 0..<runs {
            let start = Self.threadCPUSeconds()
            value = try body()
            best = min(best, max(Self.threadCPUSeconds() - start, 1e-9))
        }
        return (best, value)
    }

    /// CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

/// What `Benchmark.run` measured, in the order it measured it.
public struct BenchReport: Sendable {
    public var corpus: String
    public var documents: Int
    public var megabytes: Double
    public private(set) var metrics: [(name: String, value: Double)] = []

    mutating func add(_ name: String, _ value: Double) {
        metrics.append((name, value))
    }

    /// Adds `rss_mb`, the peak resident memory so far; call it after the last measurement.
    public mutating func recordPeakMemory() {
        add("rss_mb", PeakMemory.megabytes ?? 0)
    }
}

/// Peak resident memory of this process.
enum PeakMemory {
    /// VmHWM from /proc/self/status in MiB; nil where there is no /proc.
    static var megabytes: Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
