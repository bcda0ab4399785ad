import Foundation

/// The parts of an article's analysis JSON (`extract --json`) the reader page shows, decoded
/// leniently: a section or field the page does not know is ignored, one it needs but is
/// missing is empty, so the page keeps working as the extraction grows.
struct AnalysisView: Decodable {
    struct ArticlePart: Decodable {
        var id: String
        var title: String?
        var source: String?
        var section: String?
        var url: String?
        var authors: [String]?
        var published: String?
        var dateline: String?
        var imageURL: String?
        var body: String

        enum CodingKeys: String, CodingKey {
            case id, title, source, section, url, authors, published, dateline, body
            case imageURL = "image_url"
        }
    }

    struct Span: Decodable {
        var text: String
        var start: Int
        var end: Int
    }

    struct Actor: Decodable {
        var name: String
        var code: String?
    }

    struct Entity: Decodable {
        var id: String
        var name: String
        var type: String
        var code: String?
        var mentions: [Span]
    }

    struct Event: Decodable {
        struct DateValue: Decodable { var value: String }
        var id: String
        var code: String
        var source: Actor?
        var target: Actor?
        var trigger: Span
        var sentence: Span
        var modality: String?
        var date: DateValue?
        var location: String?
    }

    struct Quote: Decodable {
        var id: String
        var kind: String
        var speaker: Actor
        var text: String
        var start: Int
        var end: Int
    }

    struct Claim: Decodable {
        var id: String
        var claimant: Actor
        var text: String
        var start: Int
        var end: Int
        var stance: String
        var disputes: String?
    }

    struct Number: Decodable {
        var id: String
        var value: Double
        var unit: String?
        var text: String
        var start: Int
        var end: Int
        var event: String?
    }

    var article: ArticlePart
    var entities: [Entity]
    var events: [Event]
    var quotes: [Quote]
    var claims: [Claim]
    var numbers: [Number]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(ArticlePart.self, forKey: .article)
        entities = (try? container.decode([Entity].self, forKey: .entities)) ?? []
        events = (try? container.decode([Event].self, forKey: .events)) ?? []
        quotes = (try? container.decode([Quote].self, forKey: .quotes)) ?? []
        claims = (try? container.decode([Claim].self, forKey: .claims)) ?? []
        numbers = (try? container.decode([Number].self, forKey: .numbers)) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case article, entities, events, quotes, claims, numbers
    }
}
