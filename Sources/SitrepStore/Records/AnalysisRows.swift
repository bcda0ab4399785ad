import Foundation
import GRDB

/// Splits an article's analysis (the JSON `sitrep extract --json` prints) into the rows of
/// the `actor`, `event`, `quote`, `claim` and `number` tables, so queries need no JSON.
///
/// The JSON is the contract (README, "JSON schema"); reading it here rather than the Swift
/// types keeps the store independent of the pipeline, and lets `sitrep analyze` rebuild
/// rows from stored analyses alone.
struct AnalysisRows {
    let articleID: String
    let object: [String: Any]

    init(articleID: String, json: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw StoreError.badAnalysis(articleID: articleID, reason: "not a JSON object")
        }
        self.articleID = articleID
        self.object = object
    }

    /// Replaces the article's rows in every record table.
    func write(_ db: Database, published: String?) throws {
        for table in ["actor", "event", "quote", "claim", "number"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE articleId = ?", arguments: [articleID])
        }
        for entity in section("entities") {
            try insert(db, "actor", [
                "id": entity["id"], "name": entity["name"], "type": entity["type"], "code": entity["code"],
                "role": entity["role"], "country": entity["country"], "mentions": (entity["mentions"] as? [Any])?.count ?? 0,
            ])
        }
        let places = Dictionary(section("places").compactMap { place in (place["id"] as? String).map { ($0, place) } },
                                uniquingKeysWith: { first, _ in first })
        for event in section("events") {
            try insertEvent(db, event, places: places, published: published)
        }
        for quote in section("quotes") {
            let speaker = quote["speaker"] as? [String: Any]
            try insert(db, "quote", [
                "id": quote["id"], "kind": quote["kind"], "speakerName": speaker?["name"] ?? "",
                "speakerCode": speaker?["code"], "via": (speaker?["via"] as? [String: Any])?["name"],
                "verb": quote["verb"], "text": quote["text"], "start": quote["start"], "end": quote["end"],
            ])
        }
        for claim in section("claims") {
            let claimant = claim["claimant"] as? [String: Any]
            try insert(db, "claim", [
                "id": claim["id"], "claimantName": claimant?["name"] ?? "", "claimantCode": claimant?["code"],
                "text": claim["text"], "stance": claim["stance"], "disputes": claim["disputes"],
                "start": claim["start"], "end": claim["end"],
            ])
        }
        for number in section("numbers") {
            try insert(db, "number", [
                "id": number["id"], "value": number["value"], "upper": number["upper"], "qualifier": number["qualifier"],
                "unit": number["unit"], "text": number["text"], "event": number["event"], "start": number["start"],
                "end": number["end"],
            ])
        }
    }

    private func insertEvent(_ db: Database, _ event: [String: Any], places: [String: [String: Any]], published: String?) throws {
        let code = event["code"] as? String ?? ""
        let root = String(code.prefix(2))
        let source = event["source"] as? [String: Any]
        let target = event["target"] as? [String: Any]
        let sentence = event["sentence"] as? [String: Any]
        let place = (event["place"] as? String).flatMap { places[$0] }
        let date = (event["date"] as? [String: Any])?["value"] as? String ?? published.map { String($0.prefix(10)) }
        let plover = event["plover"] as? [String: Any]
        let json = try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys, .withoutEscapingSlashes])
        let id = event["id"] as? String ?? ""
        let background = event["background"] as? Bool ?? false
        let report = EventCluster.Report(
            root: root, source: source.flatMap { ($0["code"] ?? $0["name"]) as? String },
            target: target.flatMap { ($0["code"] ?? $0["name"]) as? String }, location: event["location"] as? String,
            date: date, background: background)
        let cluster = try EventCluster.cluster(of: report, article: articleID, in: db) ?? "\(articleID)/\(id)"
        try insert(db, "event", [
            "id": event["id"], "code": code, "root": root, "quadClass": StoredEvent.quadClass(ofRoot: root),
            "goldstein": event["goldstein"], "ploverType": plover?["type"] ?? plover?["event"], "ploverMode": plover?["mode"],
            "sourceEntity": source?["entity"], "sourceName": source?["name"], "sourceCode": source?["code"],
            "targetEntity": target?["entity"], "targetName": target?["name"], "targetCode": target?["code"],
            "modality": event["modality"] ?? "asserted", "background": background,
            "date": date, "location": event["location"], "country": place?["country"],
            "latitude": place?["latitude"], "longitude": place?["longitude"],
            "trigger": (event["trigger"] as? [String: Any])?["text"] ?? "",
            "sentence": sentence?["text"] ?? "", "sentenceStart": sentence?["start"] ?? 0, "sentenceEnd": sentence?["end"] ?? 0,
            "confidence": event["confidence"] ?? 1.0, "json": String(decoding: json, as: UTF8.self), "cluster": cluster,
        ])
    }

    private func section(_ name: String) -> [[String: Any]] {
        object[name] as? [[String: Any]] ?? []
    }

    /// One row; JSON nulls and missing keys become SQL NULL, numbers and strings stay typed.
    private func insert(_ db: Database, _ table: String, _ values: [String: Any?]) throws {
        let columns = ["articleId"] + values.keys.sorted()
        var arguments: [(any DatabaseValueConvertible)?] = [articleID]
        for key in values.keys.sorted() { arguments.append(Self.databaseValue(values[key] ?? nil)) }
        try db.execute(
            sql: "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(arguments))
    }

    /// SQLite's column affinity does the rest: an INTEGER column stores 12.0 as 12.
    private static func databaseValue(_ value: Any?) -> (any DatabaseValueConvertible)? {
        switch value {
        case let string as String: string
        case let bool as Bool: bool
        case let int as Int: int
        case let double as Double: double
        case let number as NSNumber: number.doubleValue
        default: nil
        }
    }
}
