import Foundation
import SitrepText

/// What `sitrep extract --json` prints for one article: the contract scripts and dashboards
/// read (see README, "JSON schema"). Offsets are Unicode scalar offsets into `article.body`.
///
/// Sections the pipeline does not fill yet are present and empty, so readers can rely on them.
public struct Analysis: Encodable, Sendable {
    public var article: ArticleJSON
    public var entities: [EntityJSON]
    public var sentences: [SentenceJSON]
    /// Tokens with their tags, lemmas and dependencies; only with `--debug`.
    public var tokens: [TokenJSON]?

    public init(_ document: Document, debug: Bool = false) {
        article = ArticleJSON(document.article ?? Article(body: document.text))
        sentences = document.sentences.map { SentenceJSON(document, $0) }
        entities = document.entities.enumerated().map { index, span in EntityJSON(document, span, index: index) }
        tokens = debug ? document.tokens.indices.map { TokenJSON(document, $0) } : nil
    }

    /// Sections no stage fills yet; written as empty arrays so readers can rely on them.
    public static let unfilledSections = ["places", "events", "quotes", "claims", "numbers"]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(article, forKey: Key("article"))
        try container.encode(entities, forKey: Key("entities"))
        try container.encode(sentences, forKey: Key("sentences"))
        try container.encodeIfPresent(tokens, forKey: Key("tokens"))
        for section in Self.unfilledSections {
            try container.encode([String](), forKey: Key(section))
        }
    }

    /// Compact, stable JSON: keys sorted, no escaped slashes.
    public func json(pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

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

/// A sentence's place in the body.
public struct SentenceJSON: Encodable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    init(_ document: Document, _ tokens: Range<Int>) {
        let range = document.scalarRange(of: tokens)
        start = range.lowerBound
        end = range.upperBound
        text = document.text(of: tokens)
    }
}

/// A recognised entity and its mentions; resolution to actors fills `code` and merges
/// mentions of one actor.
public struct EntityJSON: Encodable, Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var code: String?
    public var mentions: [MentionJSON]

    init(_ document: Document, _ span: Span<EntityType>, index: Int) {
        let range = document.scalarRange(of: span.tokens)
        let text = document.text(of: span.tokens)
        id = "e\(index + 1)"
        name = text
        type = span.label.rawValue
        mentions = [MentionJSON(text: text, start: range.lowerBound, end: range.upperBound)]
    }
}

public struct MentionJSON: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
}

/// One token with what the statistical stages said about it (`--debug`).
public struct TokenJSON: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var upos: String?
    public var xpos: String?
    public var lemma: String?
    public var head: Int?
    public var relation: String?

    init(_ document: Document, _ index: Int) {
        text = document.text(of: index)
        start = document.tokens[index].scalars.lowerBound
        end = document.tokens[index].scalars.upperBound
        upos = document.upos.indices.contains(index) ? document.upos[index].description : nil
        xpos = document.xpos.indices.contains(index) ? document.xpos[index] : nil
        lemma = document.lemmas.indices.contains(index) ? document.lemmas[index] : nil
        head = document.heads.indices.contains(index) ? document.heads[index] : nil
        relation = document.relations.indices.contains(index) ? document.relations[index].rawValue : nil
    }
}
