import Foundation
import SitrepText

/// Reads articles from JSON objects as dumps and APIs write them:
/// `{title, text|body|content|articleBody, published|date|datePublished, source|outlet|publisher,
/// url|link, section|category, authors|author, image|image_url}`. Values may be strings, or
/// objects with a `name` (publisher, author) or `url` (image).
public enum JSONArticleReader {
    /// One article from one JSON object; `origin` and `line` name it in errors.
    public static func article(from object: Any, origin: String, line: Int?) throws(IngestError) -> (Article, [IngestWarning]) {
        guard let fields = object as? [String: Any] else {
            throw .malformedJSON(file: origin, line: line, reason: "expected an object with a text field")
        }
        guard let text = string(fields, "text", "body", "content", "articleBody", "article"),
              !text.allSatisfy(\.isWhitespace) else {
            throw .malformedJSON(file: origin, line: line, reason: "no 'text', 'body' or 'content' field")
        }
        var warnings: [IngestWarning] = []
        var published: Timestamp?
        if let date = string(fields, "published", "date", "datePublished", "published_at", "pubDate", "publish_date") {
            do {
                published = try TimestampParser().parse(date)
                if published == nil {
                    warnings.append(IngestWarning(file: origin, line: line, message: "unrecognised date '\(date)'; publication time left empty"))
                }
            } catch {
                warnings.append(IngestWarning(file: origin, line: line, message: "'\(date)' is not a real date; publication time left empty"))
            }
        }
        let lines = TextDecoding.normaliseLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let cleaned = BodyCleaner.clean(TextArticleReader.paragraphs(of: lines))
        guard !cleaned.paragraphs.isEmpty else { throw .noBody(file: origin) }
        let article = Article(
            title: string(fields, "title", "headline"),
            outlet: string(fields, "source", "outlet", "publisher", "site_name", "domain"),
            url: string(fields, "url", "link"),
            section: string(fields, "section", "category"),
            authors: strings(fields, "authors", "author", "byline"),
            published: published,
            dateline: string(fields, "dateline") ?? cleaned.dateline,
            imageURL: string(fields, "image_url", "image", "imageURL", "top_image"),
            body: cleaned.paragraphs.joined(separator: "\n\n"),
            language: string(fields, "language", "lang") ?? "en",
            origin: line.map { "\(origin):\($0)" } ?? origin)
        return (article, warnings)
    }

    /// The first of `keys` holding a non-empty text.
    static func string(_ fields: [String: Any], _ keys: String...) -> String? {
        keys.lazy.compactMap { JSONText.text(fields[$0]) }.first
    }

    /// The texts of the first of `keys` that has any.
    static func strings(_ fields: [String: Any], _ keys: String...) -> [String] {
        keys.lazy.map { JSONText.texts(fields[$0]) }.first { !$0.isEmpty } ?? []
    }
}
