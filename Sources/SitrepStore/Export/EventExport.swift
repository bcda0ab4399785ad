import Foundation

/// Writes stored events in the formats other tools read: CSV and JSON Lines of sitrep's own
/// fields, GDELT 2.0's event table, and PLOVER JSON records.
public enum EventExportFormat: String, CaseIterable, Sendable {
    case csv, jsonl, gdelt, plover

    /// The header line, when the format has one (GDELT's table has none).
    public var header: String? {
        switch self {
        case .csv: EventExport.csvColumns.joined(separator: ",")
        case .jsonl, .gdelt, .plover: nil
        }
    }

    public func line(_ event: StoredEvent, sequence: Int) throws -> String {
        switch self {
        case .csv: EventExport.csv(event)
        case .jsonl: try EventExport.json(event)
        case .gdelt: EventExport.gdelt(event, sequence: sequence)
        case .plover: try EventExport.plover(event)
        }
    }
}

enum EventExport {
    static let csvColumns = [
        "article", "id", "date", "code", "root", "quad_class", "goldstein", "plover_type", "plover_mode",
        "source_name", "source_code", "target_name", "target_code", "modality", "location", "country", "latitude",
        "longitude", "trigger", "sentence", "sentence_start", "sentence_end", "confidence", "url",
    ]

    static func csv(_ event: StoredEvent) -> String {
        let fields: [String?] = [
            event.articleId, event.id, event.date, event.code, event.root, String(event.quadClass),
            event.goldstein.map(number), event.ploverType, event.ploverMode, event.source?.name, event.source?.code,
            event.target?.name, event.target?.code, event.modality, event.location, event.country,
            event.latitude.map(number), event.longitude.map(number), event.trigger, event.sentence,
            String(event.sentenceStart), String(event.sentenceEnd), number(event.confidence), event.url,
        ]
        return fields.map { quoteCSV($0 ?? "") }.joined(separator: ",")
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
    static func quoteCSV(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func json(_ event: StoredEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }

    /// The 61 tab-separated columns of GDELT 2.0's event table, in its order. Counts of
    /// mentions, sources and articles are 1 (one article's event); tone and the actors' own
    /// geography are empty; country codes are CAMEO's (ISO-3166 alpha-3 style), where GDELT's
    /// geography columns use FIPS 10-4.
    static func gdelt(_ event: StoredEvent, sequence: Int) -> String {
        let day = (event.date ?? event.published ?? "").filter(\.isNumber)
        let fullDay = day.count >= 8 ? String(day.prefix(8)) : day.padding(toLength: 8, withPad: "0", startingAt: 0)
        let year = String(fullDay.prefix(4))
        let month = Int(fullDay.dropFirst(4).prefix(2)) ?? 0
        let dayOfMonth = Int(fullDay.dropFirst(6).prefix(2)) ?? 0
        let fraction = (Double(year) ?? 0) + (Double(max(month, 1) - 1) * 30.4375 + Double(max(dayOfMonth, 1))) / 365.25
        var columns: [String] = [String(sequence), fullDay, String(fullDay.prefix(6)), year, String(format: "%.4f", fraction)]
        columns += actorColumns(event.source)
        columns += actorColumns(event.target)
        columns += ["1", event.code, String(event.code.prefix(3)), event.root, String(event.quadClass),
                    event.goldstein.map(number) ?? "", "1", "1", "1", ""]
        columns += Array(repeating: "", count: 16)
        columns += actionGeography(event)
        let added = (event.analyzedAt ?? "").filter(\.isNumber).prefix(14)
        columns += [String(added), event.url ?? ""]
        return columns.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\t")
    }

    /// Code, name, country, known group, ethnic, religion 1 and 2, types 1–3.
    private static func actorColumns(_ actor: ActorReference?) -> [String] {
        guard let actor else { return Array(repeating: "", count: 10) }
        let code = actor.code.map(ActorCode.init)
        let types = (code?.types ?? []) + ["", "", ""]
        return [actor.code ?? "", actor.name.uppercased(), code?.country ?? "", code?.knownGroup ?? "", "", "", ""]
            + types.prefix(3)
    }

    /// Type (1 country, 4 world city, 5 world state; 0 unknown), full name, country, ADM1,
    /// ADM2, latitude, longitude, feature id.
    private static func actionGeography(_ event: StoredEvent) -> [String] {
        guard let location = event.location else { return ["0", "", "", "", "", "", "", ""] }
        let type = event.country != nil && event.latitude != nil ? (location == event.country ? "1" : "4") : "0"
        return [type, location, event.country ?? "", "", "", event.latitude.map(number) ?? "",
                event.longitude.map(number) ?? "", ""]
    }

    /// PLOVER's JSON record (manual, "PLOVER JSON"): id, date, actor, recipient, event, mode,
    /// event_loc, quad_code, event_scale, event_text, text, cite_info, coder.
    static func plover(_ event: StoredEvent) throws -> String {
        var record: [String: Any] = [
            "id": "sitrep-\(event.articleId)-\(event.id)",
            "date": String((event.date ?? event.published ?? "").prefix(10)),
            "actor": event.source.map { [entity($0)] } ?? [],
            "event": event.ploverType.map { [$0] } ?? [],
            "quad_code": event.quadClass,
            "event_text": [event.trigger],
            "text": event.sentence,
            "coder": "sitrep",
            "comment": "CAMEO \(event.code); modality \(event.modality)",
        ]
        if let target = event.target { record["recipient"] = [entity(target)] }
        if let mode = event.ploverMode { record["mode"] = [mode] }
        if let goldstein = event.goldstein { record["event_scale"] = goldstein }
        if let location = event.location {
            var place: [String: Any] = ["name": location]
            if let country = event.country { place["country_code"] = country }
            if let latitude = event.latitude, let longitude = event.longitude {
                place["lat"] = latitude
                place["lon"] = longitude
            }
            record["event_loc"] = place
        }
        if let url = event.url { record["cite_info"] = ["url": url, "article": event.articleId] }
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func entity(_ actor: ActorReference) -> [String: Any] {
        var entity: [String: Any] = ["name": actor.name]
        if let code = actor.code { entity["code"] = code }
        return entity
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
