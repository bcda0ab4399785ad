import Foundation
import SitrepText

/// Measures main-content extraction the way article-extraction benchmarks do: per page,
/// precision and recall of the extracted body's words against the reference body, averaged
/// over pages.
///
/// Reads either sitrep's fixture layout (`NAME.html` beside `NAME.expected.txt`) or the
/// layout of the public article-extraction benchmark (`html/ID.html.gz` and a
/// `ground-truth.json` mapping each ID to an object with `articleBody`).
public enum ExtractionEvaluation {
    public struct Result: Sendable {
        public var pages: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Pages sorted from worst F1, for inspection.
        public var worst: [(page: String, f1: Double)]
    }

    public static func run(folder: URL) throws -> Result {
        var scores: [(page: String, precision: Double, recall: Double, f1: Double)] = []
        for (name, html, expected) in try pairs(in: folder) {
            var body = ""
            try ArticleFiles.read(html, origin: name, format: .html) { event in
                if case .article(let article) = event { body = article.body }
            }
            let (precision, recall) = overlap(extracted: body, reference: expected)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            scores.append((name, precision, recall, f1))
        }
        let count = Double(max(scores.count, 1))
        return Result(
            pages: scores.count,
            precision: scores.map(\.precision).reduce(0, +) / count,
            recall: scores.map(\.recall).reduce(0, +) / count,
            f1: scores.map(\.f1).reduce(0, +) / count,
            worst: scores.sorted { $0.f1 < $1.f1 }.prefix(5).map { ($0.page, $0.f1) })
    }

    /// Word-bag precision and recall of `extracted` against `reference`; words are what lies
    /// between separators (white space unless told otherwise).
    static func overlap(extracted: String, reference: String,
                        separator: (Character) -> Bool = { $0.isWhitespace }) -> (precision: Double, recall: Double) {
        func bag(_ text: String) -> [Substring: Int] {
            var counts: [Substring: Int] = [:]
            for word in text.split(whereSeparator: separator) { counts[word, default: 0] += 1 }
            return counts
        }
        let left = bag(extracted)
        let right = bag(reference)
        let common = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        let extractedCount = left.values.reduce(0, +)
        let referenceCount = right.values.reduce(0, +)
        if extractedCount == 0 && referenceCount == 0 { return (1, 1) }
        return (extractedCount == 0 ? 0 : Double(common) / Double(extractedCount),
                referenceCount == 0 ? 0 : Double(common) / Double(referenceCount))
    }

    private static func pairs(in folder: URL) throws -> [(String, Data, String)] {
        let manager = FileManager.default
        let truth = folder.appendingPathComponent("ground-truth.json")
        if manager.fileExists(atPath: truth.path) {
            guard let entries = try JSONSerialization.jsonObject(with: Data(contentsOf: truth)) as? [String: [String: Any]] else {
                throw IngestError.malformedJSON(file: truth.path, line: nil, reason: "expected an object of page id → {articleBody}")
            }
            return try entries.keys.sorted().compactMap { id in
                let gz = folder.appendingPathComponent("html/\(id).html.gz")
                let plain = folder.appendingPathComponent("html/\(id).html")
                let data: Data
                if manager.fileExists(atPath: gz.path) {
                    data = try Gzip.decompress(try Data(contentsOf: gz), file: gz.path, limit: ArticleFiles.singleFileLimit)
                } else if manager.fileExists(atPath: plain.path) {
                    data = try Data(contentsOf: plain)
                } else {
                    return nil
                }
                return (id, data, entries[id]?["articleBody"] as? String ?? "")
            }
        }
        return try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted().map { name in
            let page = folder.appendingPathComponent(name)
            let expected = page.deletingPathExtension().appendingPathExtension("expected.txt")
            return (name, try Data(contentsOf: page), try String(contentsOf: expected, encoding: .utf8))
        }
    }
}
