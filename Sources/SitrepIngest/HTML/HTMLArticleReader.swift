import Foundation
import SitrepText

/// Reads a news web page into an article: metadata from JSON-LD and meta tags, the body from
/// the page's main content (paragraph breaks kept; navigation, captions, share bars and
/// "Read more" removed), with the dateline and trailing boilerplate cleaned as for text.
public enum HTMLArticleReader {
    public static func read(_ html: String, origin: String) throws(IngestError) -> (Article, [IngestWarning]) {
        let document = HTMLParser.parse(html)
        let metadata = PageMetadata(document)
        var paragraphs = ContentExtractor.paragraphs(of: document)
        if let linked = metadata.articleBody, linked.utf8.count > 200, agreement(paragraphs.joined(separator: " "), linked) < 0.5 {
            paragraphs = linked.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let title = metadata.title, paragraphs.first == title { paragraphs.removeFirst() }
        let cleaned = BodyCleaner.clean(paragraphs)
        guard !cleaned.paragraphs.isEmpty else { throw .noBody(file: origin) }
        var warnings: [IngestWarning] = []
        var published: Timestamp?
        if let date = metadata.published {
            do {
                published = try TimestampParser().parse(date)
            } catch {
                warnings.append(IngestWarning(file: origin, message: "'\(date)' is not a real date; publication time left empty"))
            }
        }
        let article = Article(
            title: metadata.title, outlet: metadata.outlet, url: metadata.url, section: metadata.section,
            authors: metadata.authors, published: published, dateline: cleaned.dateline, imageURL: metadata.imageURL,
            body: cleaned.paragraphs.joined(separator: "\n\n"), origin: origin)
        return (article, warnings)
    }

    /// Token F1 between two texts (bags of lower-case words), the measure article-extraction
    /// benchmarks use. Words are runs of letters and digits; read on UTF-8 bytes (any
    /// non-ASCII byte counts as a letter), since this runs on every page with JSON-LD.
    public static func agreement(_ a: String, _ b: String) -> Double {
        let left = wordCounts(a)
        let right = wordCounts(b)
        let common = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        let leftCount = left.values.reduce(0, +)
        let rightCount = right.values.reduce(0, +)
        guard leftCount > 0, rightCount > 0, common > 0 else { return leftCount == 0 && rightCount == 0 ? 1 : 0 }
        let precision = Double(common) / Double(leftCount)
        let recall = Double(common) / Double(rightCount)
        return 2 * precision * recall / (precision + recall)
    }

    private static func wordCounts(_ text: String) -> [[UInt8]: Int] {
        var counts: [[UInt8]: Int] = [:]
        var word: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower >= 0x80 {
                word.append(lower)
            } else if !word.isEmpty {
                counts[word, default: 0] += 1
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { counts[word, default: 0] += 1 }
        return counts
    }

    /// Decodes a page's bytes by its byte-order mark or declared charset (`<meta charset>`,
    /// `http-equiv` content type); Windows-1252 for ISO-8859-1 and for undeclared pages that
    /// are not valid UTF-8.
    static func decode(_ data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: data.dropFirst(3), as: UTF8.self) }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16) ?? String(decoding: data, as: UTF8.self)
        }
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        let declared = head.range(of: "charset=").map { range -> String in
            head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                .prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }).lowercased()
        }
        let single = ["windows-1252", "cp1252", "iso-8859-1", "latin1", "iso-8859-15", "us-ascii", "ascii"]
        if let declared, single.contains(declared) { return Windows1252.decode(data) }
        if let valid = String(validating: data, as: UTF8.self) { return valid }
        return declared == nil ? Windows1252.decode(data) : String(decoding: data, as: UTF8.self)
    }
}
