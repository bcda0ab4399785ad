import Foundation
import GRDB
import SitrepText

/// One row of the `article` table; converts to and from `Article`.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"

    var id: String
    var title: String?
    var outlet: String?
    var url: String?
    var section: String?
    /// JSON array of names.
    var authors: String
    /// The instant in UTC (`2023-10-26T22:41:00Z`), so text order is time order.
    var published: String?
    var publishedPrecision: String?
    var publishedOffset: Int?
    var publishedOriginal: String?
    var dateline: String?
    var imageURL: String?
    var body: String
    var language: String
    var origin: String?
    var ingestedAt: String
    var normalizedURL: String?
    /// The article this one is a syndicated copy of.
    var copyOf: String?
    /// `MinHash.values` as little-endian bytes.
    var minhash: Data?

    init(_ article: Article, ingestedAt: Date, signature: MinHash, copyOf: String?) {
        id = article.id
        title = article.title
        outlet = article.outlet
        url = article.url
        section = article.section
        authors = String(decoding: (try? JSONEncoder().encode(article.authors)) ?? Data("[]".utf8), as: UTF8.self)
        published = article.published.map { UTCTime.string(from: $0.instant) }
        publishedPrecision = article.published?.precision.rawValue
        publishedOffset = article.published?.utcOffset
        publishedOriginal = article.published?.original
        dateline = article.dateline
        imageURL = article.imageURL
        body = article.body
        language = article.language
        origin = article.origin
        self.ingestedAt = UTCTime.string(from: ingestedAt)
        normalizedURL = article.url.map(URLNormalizer.normalise)
        self.copyOf = copyOf
        minhash = signature.values.withUnsafeBufferPointer { Data(buffer: $0) }
    }

    var signature: MinHash? {
        guard let minhash, minhash.count == MinHash.size * 8 else { return nil }
        return MinHash(values: minhash.withUnsafeBytes { Array($0.bindMemory(to: UInt64.self)) })
    }

    var article: Article {
        var article = Article(
            title: title, outlet: outlet, url: url, section: section,
            authors: (try? JSONDecoder().decode([String].self, from: Data(authors.utf8))) ?? [],
            published: timestamp, dateline: dateline, imageURL: imageURL, body: body,
            language: language, origin: origin)
        article.id = id
        return article
    }

    private var timestamp: Timestamp? {
        guard let published, let instant = UTCTime.date(from: published),
              let precision = publishedPrecision.flatMap(Timestamp.Precision.init(rawValue:)) else { return nil }
        return Timestamp(instant: instant, precision: precision, utcOffset: publishedOffset, original: publishedOriginal ?? published)
    }

}

/// Instants as the store writes them: ISO 8601 in UTC, so text order is time order.
enum UTCTime {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)

    static func string(from date: Date) -> String { style.format(date) }
    static func date(from text: String) -> Date? { try? style.parse(text) }
}
