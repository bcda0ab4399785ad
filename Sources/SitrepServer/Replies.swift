import Foundation
import Hummingbird
import NIOCore

extension Response {
    /// An HTML page; the caller has escaped every piece of untrusted text in it.
    static func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// Bytes that are already JSON (a stored analysis), sent as they are.
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A value encoded as the API's JSON: keys sorted, dates ISO 8601, slashes unescaped.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        json(try APIJSON.encoder.encode(value), status: status)
    }

    static func file(_ data: Data, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType, .cacheControl: "max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

enum APIJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}

/// The query string of a request, read with the API's limits: a bad value is a 400 that names
/// the parameter, never a silent default.
struct Query {
    let request: Request

    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw RequestError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return value
    }

    /// A day (`2023-10-26`) or an instant (`2023-10-26T12:00:00Z`).
    func date(_ name: String) throws -> Date? {
        guard let text = string(name) else { return nil }
        if let day = try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().parse(text) { return day }
        if let instant = try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text) { return instant }
        throw RequestError("\(name) must be a date like 2023-10-26 or 2023-10-26T12:00:00Z, not \(text)")
    }

    /// A day as `yyyy-mm-dd`, the form event dates are stored in.
    func day(_ name: String) throws -> String? {
        try date(name).map { String(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().format($0).prefix(10)) }
    }

    /// `true`/`1`/`yes` or `false`/`0`/`no`; absent is false.
    func bool(_ name: String) throws -> Bool {
        guard let text = string(name)?.lowercased() else { return false }
        switch text {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw RequestError("\(name) must be true or false, not \(text)")
        }
    }

    /// `limit` and `offset`: pages of at most `Paging.maxLimit` rows, never deeper than
    /// `Paging.maxOffset`, so no request costs more than a bounded scan.
    func paging() throws -> Paging {
        Paging(limit: try int("limit", default: Paging.defaultLimit, range: 1...Paging.maxLimit),
               offset: try int("offset", default: 0, range: 0...Paging.maxOffset))
    }
}

struct Paging: Encodable {
    static let defaultLimit = 50
    static let maxLimit = 500
    static let maxOffset = 100_000
    var limit: Int
    var offset: Int
}
