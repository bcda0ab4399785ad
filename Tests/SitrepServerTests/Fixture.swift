import Foundation
import SitrepStore
import SitrepText

/// A store holding hand-written articles and analyses: two on Iran, Israel and Gaza, and one
/// whose every field, name and quote is an injection attempt. Analyses are written as the
/// extraction JSON so the pages and the API have events, quotes, claims and numbers without
/// depending on what the pipeline finds today.
enum Fixture {
    static let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"

    static func published(_ day: String) -> Timestamp {
        Timestamp(instant: try! Date.ISO8601FormatStyle().parse(day + "T12:00:00Z"), precision: .minute, utcOffset: 0, original: day)
    }

    static let articles: [Article] = [
        Article(title: "Iran warns Israel over strikes", outlet: "Wire", url: "https://example.org/a", published: published("2023-10-26"),
                body: "TEHRAN — Iran's foreign minister warned Israel on Thursday that the strikes on Gaza must stop. \"We will not stand idle,\" he said. Israel denied that it had struck a hospital."),
        Article(title: "Talks resume in Doha", outlet: "Daily", url: "https://example.org/b", published: published("2023-10-27"),
                body: "Qatar hosted talks between Hamas and Israeli officials in Doha on Friday, a diplomat said. Israeli aircraft struck Gaza, killing 12 people."),
        Article(title: payload, outlet: payload, url: "javascript:alert(3)", section: payload, authors: [payload], published: published("2023-10-28"),
                dateline: payload, imageURL: "javascript:alert(4)",
                body: "Officials in \(payload) said 12 people were killed when Israel struck the town. \"\(payload)\" the mayor said."),
    ]

    static func store() throws -> Store {
        let store = try Store()
        _ = try store.save(articles)
        for (article, analysis) in zip(articles, analyses) {
            try store.saveAnalysis(try JSONSerialization.data(withJSONObject: analysis), of: article.id, version: 1)
        }
        return store
    }

    static func actor(_ name: String, _ code: String?) -> [String: Any] {
        ["name": name, "code": code as Any, "entity": name.lowercased(), "text": ["text": name, "start": 0, "end": 1], "inferred": false]
    }

    static func span(_ body: String, _ text: String) -> [String: Any] {
        let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle } ?? 0
        return ["text": text, "start": start, "end": start + needle.count]
    }

    static func event(_ body: String, id: String, code: String, source: [String: Any], target: [String: Any], trigger: String,
                      sentence: String, date: String, place: String?, location: String?, goldstein: Double) -> [String: Any] {
        ["id": id, "code": code, "source": source, "target": target, "trigger": span(body, trigger), "sentence": span(body, sentence),
         "modality": "asserted", "background": false, "date": ["value": date, "precision": "day"], "location": location as Any,
         "place": place as Any, "numbers": [String](), "pattern": "fixture", "confidence": 0.9, "goldstein": goldstein]
    }

    static func section(_ article: Article, entities: [[String: Any]] = [], places: [[String: Any]] = [], events: [[String: Any]] = [],
                        quotes: [[String: Any]] = [], claims: [[String: Any]] = [], numbers: [[String: Any]] = []) -> [String: Any] {
        ["article": ["id": article.id, "title": article.title as Any, "source": article.outlet as Any, "section": article.section as Any,
                     "url": article.url as Any, "authors": article.authors, "published": article.published?.iso8601 as Any,
                     "dateline": article.dateline as Any, "image_url": article.imageURL as Any, "language": "en", "body": article.body],
         "sentences": [[String: Any]](), "entities": entities, "places": places, "events": events, "quotes": quotes, "claims": claims,
         "numbers": numbers]
    }

    static var analyses: [[String: Any]] {
        let (first, second, third) = (articles[0], articles[1], articles[2])
        let iran = actor("Iran", "IRN"), israel = actor("Israel", "ISR"), hamas = actor("Hamas", "PSEREB"), qatar = actor("Qatar", "QAT")
        let hostile = actor(payload, "IRN" + payload)
        return [
            section(first,
                    entities: [["id": "iran", "name": "Iran", "type": "GPE", "code": "IRN", "mentions": [span(first.body, "Iran")]],
                               ["id": "israel", "name": "Israel", "type": "GPE", "code": "ISR", "mentions": [span(first.body, "Israel")]]],
                    places: [["id": "p1", "name": "Gaza", "kind": "region", "country": "PSE", "latitude": 31.5, "longitude": 34.45, "mentions": []]],
                    events: [event(first.body, id: "ev1", code: "138", source: iran, target: israel, trigger: "warned",
                                   sentence: "Iran's foreign minister warned Israel on Thursday that the strikes on Gaza must stop.",
                                   date: "2023-10-26", place: "p1", location: "Gaza", goldstein: -7)],
                    quotes: [["id": "q1", "kind": "direct", "speaker": ["name": "Iran", "code": "IRN"], "verb": "said",
                              "text": "We will not stand idle,", "start": 97, "end": 120]],
                    claims: [["id": "c1", "claimant": ["name": "Iran", "code": "IRN"], "text": "the strikes on Gaza must stop", "stance": "asserts",
                              "start": 60, "end": 89, "quotes": [String]()],
                             ["id": "c2", "claimant": ["name": "Israel", "code": "ISR"], "text": "it had struck a hospital", "stance": "denies",
                              "disputes": "c1", "start": 150, "end": 174, "quotes": [String]()]]),
            section(second,
                    places: [["id": "p1", "name": "Doha", "kind": "city", "country": "QAT", "latitude": 25.29, "longitude": 51.53, "mentions": []],
                             ["id": "p2", "name": "Gaza", "kind": "region", "country": "PSE", "latitude": 31.5, "longitude": 34.45, "mentions": []]],
                    events: [event(second.body, id: "ev1", code: "040", source: qatar, target: hamas, trigger: "hosted",
                                   sentence: "Qatar hosted talks between Hamas and Israeli officials in Doha on Friday, a diplomat said.",
                                   date: "2023-10-27", place: "p1", location: "Doha", goldstein: 1),
                             event(second.body, id: "ev2", code: "195", source: israel, target: hamas, trigger: "struck",
                                   sentence: "Israeli aircraft struck Gaza, killing 12 people.", date: "2023-10-27", place: "p2", location: "Gaza",
                                   goldstein: -10)],
                    numbers: [["id": "n1", "value": 12, "unit": "killed", "text": "12 people", "start": 126, "end": 135, "event": "ev2"]]),
            section(third,
                    entities: [["id": "payload", "name": payload, "type": "ORG", "code": payload, "mentions": [span(third.body, payload)]]],
                    places: [["id": "p1", "name": payload, "kind": "city", "country": "ISR", "latitude": 32.0, "longitude": 34.8, "mentions": []]],
                    events: [event(third.body, id: "ev1", code: "190", source: hostile, target: actor(payload, nil), trigger: "struck",
                                   sentence: "Officials in \(payload) said 12 people were killed when Israel struck the town.",
                                   date: "2023-10-28", place: "p1", location: payload, goldstein: -10)],
                    quotes: [["id": "q1", "kind": "direct", "speaker": ["name": payload, "code": "ISR"], "verb": payload, "text": payload,
                              "start": 3, "end": 20]],
                    claims: [["id": "c1", "claimant": ["name": payload], "text": payload, "stance": "asserts", "start": 0, "end": 5,
                              "quotes": [String]()],
                             ["id": "c2", "claimant": ["name": payload], "text": payload, "stance": "disputes", "disputes": "c1",
                              "start": 6, "end": 9, "quotes": [String]()]],
                    numbers: [["id": "n1", "value": 12, "unit": "killed " + payload, "text": "12 people", "start": 60, "end": 69]]),
        ]
    }
}
