import Foundation
import Hummingbird
import SitrepStore
import SitrepText

/// The web UI: articles and the reader, events, timeline, network, map, quotes and claims,
/// the brief, and the static files every page loads.
struct PagesController {
    let store: Store
    let analyses: AnalysisSource

    func add(to routes: inout Routes) {
        routes.page("/") { request, _ in
            let query = Query(request: request).string("q")
            return .html(ArticlePages.list(try store.articles(matching: query, limit: 200), query: query))
        }
        routes.page("/articles/:id") { _, context in
            let article = try store.article(id: context.parameters.require("id"))
            let view = try JSONDecoder().decode(AnalysisView.self, from: try analyses.json(for: article, in: store))
            return .html(ArticlePages.reader(view, related: try related(to: article, entities: view.entities)))
        }
        routes.page("/events") { request, _ in
            let query = Query(request: request)
            let names = ["actor", "country", "root", "quadClass", "since", "until", "place", "modality"]
            let form = Dictionary(uniqueKeysWithValues: names.compactMap { name in query.string(name).map { (name, $0) } })
            return .html(RecordPages.events(try store.events(RecordsController.eventFilter(query)), form: form))
        }
        routes.page("/timeline") { request, _ in
            let filter = try RecordsController.aggregateFilter(Query(request: request))
            return .html(RecordPages.timeline(daily: try store.eventsPerDay(filter), dyadDays: try store.goldsteinPerDyadPerDay(filter),
                                              dyads: try store.topDyads(filter, limit: 6)))
        }
        routes.page("/network") { request, _ in
            .html(RecordPages.network(try store.topDyads(RecordsController.aggregateFilter(Query(request: request)), limit: 40)))
        }
        routes.page("/map") { request, _ in
            let query = Query(request: request)
            var filter = try RecordsController.eventFilter(query)
            filter.limit = Paging.maxLimit
            return .html(RecordPages.map(counts: try store.eventsPerCountry(RecordsController.aggregateFilter(query)),
                                         events: try store.events(filter)))
        }
        routes.page("/board") { _, _ in
            .html(RecordPages.board(quotes: try store.quotes(limit: 100), disputed: try store.claims(disputedOnly: true, limit: 100)))
        }
        routes.page("/brief") { request, _ in
            let query = Query(request: request)
            return .html(try Brief(store: store, since: try query.date("since"), actor: query.string("actor")).htmlDocument())
        }
        for file in StaticFiles.all {
            routes.page("/static/\(file.name)") { _, _ in .file(file.data, contentType: file.contentType) }
        }
    }

    /// Other stored articles that name this one's most-mentioned actors.
    func related(to article: Article, entities: [AnalysisView.Entity]) throws -> [Article] {
        var seen: Set<String> = [article.id]
        var related: [Article] = []
        for entity in entities.sorted(by: { $0.mentions.count > $1.mentions.count }).prefix(3) {
            for other in try store.articles(matching: entity.name, limit: 5) where seen.insert(other.id).inserted {
                related.append(other)
            }
        }
        return Array(related.prefix(8))
    }
}

/// The stylesheet, script and map shapes in `Public/`, read once at start-up.
struct StaticFiles {
    let name: String
    let contentType: String
    let data: Data

    static let all: [StaticFiles] = [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")]
        .map { name, type in StaticFiles(name: name, contentType: type, data: resource(name)) }

    static func resource(_ name: String) -> Data {
        guard let url = Bundle.module.url(forResource: "Public/\(name)", withExtension: nil), let data = try? Data(contentsOf: url) else {
            return Data()
        }
        return data
    }
}
