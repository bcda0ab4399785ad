import Foundation
import SitrepSamples

/// The texts `sitrep bench` runs on: plain-text documents, at least a megabyte in all.
public struct BenchCorpus: Sendable {
    public var documents: [String]
    /// Where the texts came from, for the report.
    public var origin: String

    public var byteCount: Int { documents.reduce(0) { $0 + $1.utf8.count } }

    public init(documents: [String], origin: String) {
        self.documents = documents
        self.origin = origin
    }

    /// The bundled sample articles, repeated until there is at least `minimumBytes` of text.
    public static func bundledSamples(minimumBytes: Int = 1 << 20) throws -> BenchCorpus {
        let articles = try BundledSamples.articles.map { try String(contentsOf: $0, encoding: .utf8) }
        guard !articles.isEmpty, articles.contains(where: { !$0.isEmpty }) else {
            throw BenchError.emptyCorpus("the bundled sample articles")
        }
        return BenchCorpus(documents: repeated(articles, minimumBytes: minimumBytes), origin: "bundled sample articles")
    }

    /// A plain-text file, one document per blank-line-separated block; or every `.txt` file
    /// of a folder, one document each. Repeated until there is at least `minimumBytes`.
    public static func load(_ url: URL, minimumBytes: Int = 1 << 20) throws -> BenchCorpus {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw BenchError.unreadable(url.path)
        }
        var documents: [String]
        if isFolder.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
            documents = try names.map { try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8) }
        } else {
            let text = try String(contentsOf: url, encoding: .utf8)
            documents = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
                .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
        guard !documents.isEmpty else { throw BenchError.emptyCorpus(url.path) }
        return BenchCorpus(documents: repeated(documents, minimumBytes: minimumBytes), origin: url.path)
    }

    private static func repeated(_ documents: [String], minimumBytes: Int) -> [String] {
        let bytes = max(1, documents.reduce(0) { $0 + $1.utf8.count })
        let copies = max(1, (minimumBytes + bytes - 1) / bytes)
        return Array((0..<copies).map { _ in documents }.joined())
    }
}

/// A benchmark that cannot start.
public enum BenchError: Error, CustomStringConvertible {
    case unreadable(String)
    case emptyCorpus(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path): give a plain-text file or a folder of .txt files with --corpus"
        case .emptyCorpus(let origin): "\(origin) holds no text to measure; give a corpus with some text"
        }
    }
}
