import Foundation
import SitrepText

/// What reading a source produced, one item at a time, so a large dump never has to sit in
/// memory and one bad item never stops the rest.
public enum ReadEvent: Sendable {
    case article(Article)
    case failure(IngestError)
    case warning(IngestWarning)
    /// A feed item that carries only a teaser: its story is on the page at this address.
    case link(String)
}

/// Finds article files and reads each in the format it is in: the scraped-text format, a
/// JSON object or array, or JSON Lines.
public enum ArticleFiles {
    /// The largest text or JSON file read as one article or one array.
    public static let singleFileLimit = 20_000_000
    /// Extensions taken from folders; named files are read whatever their extension.
    public static let folderExtensions: Set<String> = ["txt", "text", "json", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml", "gz", ""]

    /// The files to read for the paths the user named: files as given, folders recursively
    /// (hidden files skipped, only `folderExtensions`), in a stable order. Paths that do not
    /// exist come back as failures.
    public static func expand(_ paths: [String]) -> (files: [URL], failures: [IngestError]) {
        var files: [URL] = []
        var failures: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                failures.append(.unreadable(file: path, reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            guard isFolder.boolValue else {
                files.append(url)
                continue
            }
            var found: [URL] = []
            let enumerator = manager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                options: [.skipsHiddenFiles])
            while let item = enumerator?.nextObject() as? URL {
                guard folderExtensions.contains(item.pathExtension.lowercased()) else { continue }
                let values = try? item.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
                if values?.isRegularFile == true || values?.isSymbolicLink == true { found.append(item) }
            }
            files.append(contentsOf: found.sorted { $0.path < $1.path })
        }
        return (files, failures)
    }

    /// Reads one file, calling `handle` for each article, failure and warning in order.
    public static func read(_ url: URL, handle: (ReadEvent) throws -> Void) throws {
        let name = url.path
        let format = Format(url)
        if format == .jsonLines {
            try readJSONLines(url, handle: handle)
            return
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: name)[.size] as? Int) ?? 0
        guard size <= singleFileLimit else {
            try handle(.failure(.tooLarge(file: name, bytes: size, limit: singleFileLimit)))
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            try handle(.failure(.unreadable(file: name, reason: reason(error))))
            return
        }
        guard url.pathExtension.lowercased() == "gz", Gzip.isCompressed(data) else {
            try read(data, origin: name, format: format, handle: handle)
            return
        }
        let inner: Data
        do {
            inner = try Gzip.decompress(data, file: name, limit: singleFileLimit)
        } catch {
            try handle(.failure(error))
            return
        }
        try read(inner, origin: name, format: Format(url.deletingPathExtension()), handle: handle)
    }

    /// Reads bytes that came from `origin` (a file name, or "stdin"); the format is sniffed
    /// from the content unless the file name said it.
    public static func read(_ data: Data, origin: String, format: Format = .sniff, handle: (ReadEvent) throws -> Void) throws {
        if let kind = TextDecoding.binaryKind([UInt8](data.prefix(8192))), !data.starts(with: [0xFF, 0xFE]), !data.starts(with: [0xFE, 0xFF]) {
            try handle(.failure(.binary(file: origin, kind: kind)))
            return
        }
        if format == .feed || (format == .sniff && FeedReader.looksLikeFeed(data)) {
            do {
                let (articles, warnings, teasers) = try FeedReader.read(data, origin: origin).articles(origin: origin)
                for warning in warnings { try handle(.warning(warning)) }
                for article in articles { try handle(.article(article)) }
                for link in teasers { try handle(.link(link)) }
            } catch let error as IngestError {
                try handle(.failure(error))
            }
            return
        }
        if format == .html || (format == .sniff && looksLikeHTML(data)) {
            do {
                let (article, warnings) = try HTMLArticleReader.read(HTMLArticleReader.decode(data), origin: origin)
                for warning in warnings { try handle(.warning(warning)) }
                try handle(.article(article))
            } catch let error as IngestError {
                try handle(.failure(error))
            }
            return
        }
        let decoded: (text: String, lenient: Bool)
        do {
            decoded = try TextDecoding.decode(data, file: origin)
        } catch {
            try handle(.failure(error))
            return
        }
        if decoded.lenient {
            try handle(.warning(IngestWarning(file: origin, message: "not valid UTF-8; decoded leniently (invalid bytes became U+FFFD)")))
        }
        let text = decoded.text
        let first = text.first(where: { !$0.isWhitespace })
        if format == .jsonLines {
            try readJSONLines(lines(of: text), origin: origin, handle: handle)
            return
        }
        let isJSON = format == .json || (format == .sniff && (first == "{" || first == "["))
        guard isJSON else {
            do {
                let (article, warnings) = try TextArticleReader.read(text, origin: origin)
                for warning in warnings { try handle(.warning(warning)) }
                try handle(.article(article))
            } catch let error as IngestError {
                try handle(.failure(error))
            }
            return
        }
        if let whole = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
            let items = (whole as? [Any]) ?? [whole]
            for item in items { try emit(item, origin: origin, line: nil, handle: handle) }
        } else if first == "{" && text.contains("\n") {
            try readJSONLines(lines(of: text), origin: origin, handle: handle)
        } else {
            try handle(.failure(.malformedJSON(file: origin, line: nil, reason: "the file is not valid JSON")))
        }
    }

    /// How a file's name says to read it.
    public enum Format: Sendable, Equatable {
        case sniff, json, jsonLines, html, feed

        init(_ url: URL) {
            switch url.pathExtension.lowercased() {
            case "json": self = .json
            case "html", "htm", "xhtml": self = .html
            case "rss", "atom", "xml": self = .feed
            case "jsonl", "ndjson": self = .jsonLines
            default: self = .sniff
            }
        }
    }

    private static func readJSONLines(_ url: URL, handle: (ReadEvent) throws -> Void) throws {
        let lines: LineReader
        do {
            lines = try LineReader(url)
        } catch {
            try handle(.failure(.unreadable(file: url.path, reason: reason(error))))
            return
        }
        try readJSONLines(lines, origin: url.path, handle: handle)
    }

    private static func readJSONLines(_ lines: some Sequence<Data>, origin: String, handle: (ReadEvent) throws -> Void) throws {
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let object = try JSONSerialization.jsonObject(with: line)
                try emit(object, origin: origin, line: number, handle: handle)
            } catch let error as IngestError {
                try handle(.failure(error))
            } catch {
                try handle(.failure(.malformedJSON(file: origin, line: number, reason: "the line is not valid JSON")))
            }
        }
    }

    private static func emit(_ object: Any, origin: String, line: Int?, handle: (ReadEvent) throws -> Void) throws {
        do {
            let (article, warnings) = try JSONArticleReader.article(from: object, origin: origin, line: line)
            for warning in warnings { try handle(.warning(warning)) }
            try handle(.article(article))
        } catch let error as IngestError {
            try handle(.failure(error))
        }
    }

    /// A page starts with a doctype or an `<html>` / `<head>` tag, after optional white space.
    private static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
            || (head.hasPrefix("<!--") && head.contains("<html"))
    }

    private static func lines(of text: String) -> some Sequence<Data> {
        text.split(separator: "\n", omittingEmptySubsequences: false).lazy.map { Data($0.utf8) }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
