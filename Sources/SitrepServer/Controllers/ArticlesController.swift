import Foundation
import Hummingbird
import Sitrep
import SitrepIngest
import SitrepStore
import SitrepText

/// `/api/articles`: list and search stored articles, read one with its analysis, and (with the
/// write token) ingest new ones.
struct ArticlesController {
    let store: Store
    let token: String?
    let analyses: AnalysisSource
    /// Emptied when a post stores something, so the API shows it at once.
    let cache: ResponseCache
    /// The largest body `POST /api/articles` reads.
    static let maxUpload = 5_000_000

    func add(to routes: inout Routes) {
        routes.api(.get, "/api/articles") { request, _ in try list(request) }
        routes.api(.get, "/api/articles/:id") { _, context in
            let article = try store.article(id: context.parameters.require("id"))
            return .json(try analyses.json(for: article, in: store))
        }
        routes.api(.post, "/api/articles") { request, _ in try await ingest(request) }
    }

    struct ArticleList: Encodable {
        var articles: [ArticleJSON]
        var limit: Int
        var offset: Int
    }

    /// Newest first, bodies left out; `q` is a full-text search (all words, prefixes match).
    func list(_ request: Request) throws -> Response {
        let query = Query(request: request)
        let paging = try query.paging()
        let articles = try store.articles(matching: query.string("q"), since: query.date("since"), limit: paging.limit, offset: paging.offset)
        return try .json(ArticleList(articles: articles.map(Self.summary), limit: paging.limit, offset: paging.offset))
    }

    static func summary(_ article: Article) -> ArticleJSON {
        var json = ArticleJSON(article)
        json.body = ""
        return json
    }

    struct IngestReply: Encodable {
        struct Item: Encodable {
            var id: String
            var title: String?
            /// stored, copy or duplicate.
            var outcome: String
            var copyOf: String?
        }
        var articles: [Item]
        var failures: [String]
        var warnings: [String]
    }

    /// Reads the body as the scraped-text format, HTML, JSON or JSON Lines (by Content-Type,
    /// else sniffed) and stores what it holds; 201 when something new was stored.
    func ingest(_ request: Request) async throws -> Response {
        try authorize(request)
        let buffer = try await request.body.collect(upTo: Self.maxUpload)
        let data = Data(buffer.readableBytesView)
        var articles: [Article] = []
        var failures: [String] = []
        var warnings: [String] = []
        try ArticleFiles.read(data, origin: "POST /api/articles", format: Self.format(request.headers[.contentType])) { event in
            switch event {
            case .article(let article): articles.append(article)
            case .failure(let error): failures.append("\(error)")
            case .warning(let warning): warnings.append("\(warning)")
            case .link(let link): warnings.append("\(link) carries only a teaser; post the page itself")
            }
        }
        guard !articles.isEmpty else {
            throw RequestError(failures.first ?? "the body holds no article; send text, HTML, JSON or JSON Lines")
        }
        let outcomes = try store.save(articles, analyzing: analyses.analyzing)
        let items = zip(articles, outcomes).map { article, outcome in
            switch outcome {
            case .stored: IngestReply.Item(id: article.id, title: article.title, outcome: "stored")
            case .storedCopy(let original): IngestReply.Item(id: article.id, title: article.title, outcome: "copy", copyOf: original)
            case .alreadyStored: IngestReply.Item(id: article.id, title: article.title, outcome: "duplicate")
            }
        }
        let stored = items.contains { $0.outcome != "duplicate" }
        if stored { cache.removeAll() }
        return try .json(IngestReply(articles: items, failures: failures, warnings: warnings), status: stored ? .created : .ok)
    }

    /// Writes need the token the server was started with, as `Authorization: Bearer TOKEN`;
    /// a server started without one takes no writes at all.
    func authorize(_ request: Request) throws {
        guard let token else {
            throw HTTPError(.forbidden, message: "this server is read-only; start it with --token or SITREP_TOKEN to accept articles")
        }
        let given = request.headers[.authorization].map { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : "" } ?? ""
        guard Self.constantTimeEqual(given, token) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"],
                            message: "this needs the server's write token as `Authorization: Bearer TOKEN`")
        }
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }

    static func format(_ contentType: String?) -> ArticleFiles.Format {
        let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        switch type {
        case "text/html", "application/xhtml+xml": return .html
        case "application/json": return .json
        case "application/x-ndjson", "application/jsonl", "application/x-jsonlines": return .jsonLines
        case "application/rss+xml", "application/atom+xml", "application/feed+json": return .feed
        default: return .sniff
        }
    }
}
