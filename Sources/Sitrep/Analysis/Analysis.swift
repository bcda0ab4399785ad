import Foundation
import SitrepText

/// What `sitrep extract --json` prints for one article: the contract scripts and dashboards
/// read (see README, "JSON schema"). Offsets are Unicode scalar offsets into `article.body`.
///
/// Every section is always present (empty when nothing was found), so readers can rely on it.
/// Records point at each other by id: an event's `source.entity` is an entity's `id`.
public struct Analysis: Encodable, Sendable {
    /// Bumped when the pipeline's output changes enough that stored analyses should be
    /// redone (`sitrep analyze`).
    public static let version = 1

    public var article: ArticleJSON
    public var sentences: [SentenceJSON]
    public var entities: [EntityJSON]
    public var places: [PlaceJSON]
    public var events: [EventJSON]
    public var quotes: [QuoteJSON]
    public var claims: [ClaimJSON]
    public var numbers: [NumberJSON]
    /// Tokens with their tags, lemmas and dependencies; only with `--debug`.
    public var tokens: [TokenJSON]?

    public init(_ document: Document, debug: Bool = false) {
        let ids = RecordIDs(document)
        article = ArticleJSON(document.article ?? Article(body: document.text))
        sentences = document.sentences.map { SentenceJSON(document, $0) }
        entities = EntityJSON.all(document, ids)
        places = document.places.indices.map { PlaceJSON(document, $0, ids) }
        events = document.events.indices.map { EventJSON(document, $0, ids) }
        quotes = document.quotes.indices.map { QuoteJSON(document, $0, ids) }
        claims = document.claims.indices.map { ClaimJSON(document, $0, ids) }
        numbers = document.quantities.indices.map { NumberJSON(document, $0, ids) }
        tokens = debug ? document.tokens.indices.map { TokenJSON(document, $0) } : nil
    }

    /// Compact, stable JSON: keys sorted, no escaped slashes.
    public func json(pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
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
