import SitrepText

/// The article's metadata and body, as the schema names them.
public struct ArticleJSON: Encodable, Sendable {
    public var id: String
    public var title: String?
    public var source: String?
    public var section: String?
    public var url: String?
    public var authors: [String]
    /// ISO 8601 at the source's precision; wall time as written, a zone only when given.
    public var published: String?
    public var publishedPrecision: String?
    public var publishedNote: String?
    public var publishedOriginal: String?
    public var dateline: String?
    public var imageURL: String?
    public var language: String
    public var origin: String?
    public var body: String

    public init(_ article: Article) {
        id = article.id
        title = article.title
        source = article.outlet
        section = article.section
        url = article.url
        authors = article.authors
        published = article.published?.iso8601
        publishedPrecision = article.published?.precision.rawValue
        publishedNote = article.published?.timeZoneNote
        publishedOriginal = article.published?.original
        dateline = article.dateline
        imageURL = article.imageURL
        language = article.language
        origin = article.origin
        body = article.body
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source, section, url, authors, published, dateline, language, origin, body
        case publishedPrecision = "published_precision"
        case publishedNote = "published_note"
        case publishedOriginal = "published_original"
        case imageURL = "image_url"
    }
}
