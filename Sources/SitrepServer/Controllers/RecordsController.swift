import Foundation
import Hummingbird
import SitrepStore

/// The records read from stored analyses (`/api/events`, `/api/actors`, `/api/quotes`,
/// `/api/claims`, `/api/numbers`) and the aggregates over events (`/api/aggregates/…`).
struct RecordsController {
    let store: Store
    let cache: ResponseCache

    struct Page<Row: Encodable>: Encodable {
        var items: [Row]
        var limit: Int
        var offset: Int
    }

    /// A page of rows as JSON, from the cache when the same URI was answered a moment ago.
    func reply(_ request: Request, _ page: () throws -> some Encodable) throws -> Response {
        .json(try cache.data(for: request.uri.description) { try APIJSON.encoder.encode(try page()) })
    }

    func add(to routes: inout Routes) {
        routes.api(.get, "/api/events") { request, _ in
            let filter = try Self.eventFilter(Query(request: request))
            return try reply(request) { Page(items: try store.events(filter), limit: filter.limit, offset: filter.offset) }
        }
        routes.api(.get, "/api/actors") { request, _ in
            let query = Query(request: request)
            let limit = try query.int("limit", default: Paging.defaultLimit, range: 1...Paging.maxLimit)
            return try reply(request) { Page(items: try store.actors(matching: query.string("q"), limit: limit), limit: limit, offset: 0) }
        }
        routes.api(.get, "/api/quotes") { request, _ in
            let query = Query(request: request)
            let paging = try query.paging()
            return try reply(request) {
                Page(items: try store.quotes(speaker: query.string("speaker"), search: query.string("q"), limit: paging.limit, offset: paging.offset),
                     limit: paging.limit, offset: paging.offset)
            }
        }
        routes.api(.get, "/api/claims") { request, _ in
            let query = Query(request: request)
            let paging = try query.paging()
            let disputed = try query.bool("disputed")
            return try reply(request) {
                Page(items: try store.claims(disputedOnly: disputed, limit: paging.limit, offset: paging.offset), limit: paging.limit, offset: paging.offset)
            }
        }
        routes.api(.get, "/api/numbers") { request, _ in
            let query = Query(request: request)
            let paging = try query.paging()
            return try reply(request) {
                Page(items: try store.numbers(unit: query.string("unit"), limit: paging.limit, offset: paging.offset), limit: paging.limit, offset: paging.offset)
            }
        }
        routes.api(.get, "/api/aggregates/daily") { request, _ in
            try reply(request) { Page(items: try store.eventsPerDay(Self.aggregateFilter(Query(request: request))), limit: 20000, offset: 0) }
        }
        routes.api(.get, "/api/aggregates/dyads/daily") { request, _ in
            let query = Query(request: request)
            let limit = try query.int("limit", default: 5000, range: 1...5000)
            return try reply(request) { Page(items: try store.goldsteinPerDyadPerDay(Self.aggregateFilter(query), limit: limit), limit: limit, offset: 0) }
        }
        routes.api(.get, "/api/aggregates/dyads/top") { request, _ in
            let query = Query(request: request)
            let limit = try query.int("limit", default: 20, range: 1...Paging.maxLimit)
            return try reply(request) { Page(items: try store.topDyads(Self.aggregateFilter(query), limit: limit), limit: limit, offset: 0) }
        }
    }

    static func eventFilter(_ query: Query) throws -> EventFilter {
        let paging = try query.paging()
        let quadClass = try query.string("quadClass").map { _ in try query.int("quadClass", default: 0, range: 1...4) }
        return EventFilter(
            actor: query.string("actor"), country: query.string("country"), code: query.string("root") ?? query.string("code"),
            quadClass: quadClass, since: try query.day("since"), until: try query.day("until"), place: query.string("place"),
            modality: query.string("modality"), includeBackground: try query.bool("background"),
            onePerCluster: !(try query.bool("reports")), limit: paging.limit, offset: paging.offset)
    }

    static func aggregateFilter(_ query: Query) throws -> Store.AggregateFilter {
        Store.AggregateFilter(since: try query.day("since"), until: try query.day("until"), actor: query.string("actor"))
    }
}
