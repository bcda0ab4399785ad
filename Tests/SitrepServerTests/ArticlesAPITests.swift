import Foundation
import Hummingbird
import SitrepStore
import SitrepText
import Testing

@Suite("Articles API")
struct ArticlesAPITests {
    @Test("articles are listed newest first without their bodies, searchable, and paged")
    func listing() async throws {
        let client = TestClient(store: try Fixture.store())
        let all = try await client.request("/api/articles").json()
        let articles = try #require(all["articles"] as? [[String: Any]])
        #expect(articles.count == 3)
        #expect(articles.first?["title"] as? String == Fixture.payload)
        #expect(articles.allSatisfy { ($0["body"] as? String) == "" })
        let found = try await client.request("/api/articles?q=doha").json()
        #expect((found["articles"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Talks resume in Doha"])
        let second = try await client.request("/api/articles?limit=1&offset=1").json()
        #expect((second["articles"] as? [[String: Any]])?.count == 1)
    }

    @Test("a page larger than the limit, or a bad date, is a 400 that names the parameter")
    func limits() async throws {
        let client = TestClient(store: try Fixture.store())
        for (uri, word) in [("/api/articles?limit=100000", "limit"), ("/api/articles?since=yesterday", "since"), ("/api/articles?offset=-1", "offset")] {
            let reply = try await client.request(uri)
            #expect(reply.status == .badRequest)
            let message = try #require((try reply.json()["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains(word))
        }
    }

    @Test("one article comes with its full analysis; an unknown id is a JSON 404")
    func oneArticle() async throws {
        let store = try Fixture.store()
        let client = TestClient(store: store)
        let id = Fixture.articles[0].id
        let analysis = try await client.request("/api/articles/\(id.prefix(10))").json()
        #expect(Set(analysis.keys).isSuperset(of: ["article", "sentences", "entities", "places", "events", "quotes", "claims", "numbers"]))
        #expect((analysis["article"] as? [String: Any])?["id"] as? String == id)
        let missing = try await client.request("/api/articles/ffffffffffff")
        #expect(missing.status == .notFound)
        #expect(missing.headers[.contentType]?.hasPrefix("application/json") == true)
    }

    @Test("posting needs the write token: 403 on a read-only server, 401 with a wrong one")
    func writeToken() async throws {
        let readOnly = try await TestClient(store: try Fixture.store()).request("/api/articles", method: .post, body: "Some text.")
        #expect(readOnly.status == .forbidden)
        let client = TestClient(store: try Fixture.store(), token: "s3cret")
        let wrong = try await client.request("/api/articles", method: .post, headers: [.authorization: "Bearer nope"], body: "Some text.")
        #expect(wrong.status == .unauthorized)
        #expect(wrong.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("posted text, HTML and JSON are stored once; the same body again is a duplicate")
    func posting() async throws {
        let store = try Fixture.store()
        let client = TestClient(store: store, token: "s3cret")
        let auth: HTTPFields = [.authorization: "Bearer s3cret"]
        let text = try await client.request("/api/articles", method: .post, headers: auth, body: "Rockets were fired at Haifa on Monday, police said.")
        #expect(text.status == .created)
        let again = try await client.request("/api/articles", method: .post, headers: auth, body: "Rockets were fired at Haifa on Monday, police said.")
        #expect(again.status == .ok)
        #expect(((try again.json()["articles"] as? [[String: Any]])?.first?["outcome"] as? String) == "duplicate")
        var htmlHeaders = auth
        htmlHeaders[.contentType] = "text/html"
        let html = try await client.request("/api/articles", method: .post, headers: htmlHeaders, body: """
            <html><head><title>Ceasefire talks</title></head><body><article><h1>Ceasefire talks</h1>\
            <p>Egyptian mediators met delegations in Cairo on Sunday to discuss a ceasefire, officials said.</p></article></body></html>
            """)
        #expect(html.status == .created)
        var jsonHeaders = auth
        jsonHeaders[.contentType] = "application/json"
        let json = try await client.request("/api/articles", method: .post, headers: jsonHeaders,
                                            body: #"{"title": "Aid convoy", "text": "An aid convoy entered Gaza through Rafah on Tuesday."}"#)
        #expect(json.status == .created)
        #expect(try store.articleCount() == 6)
        let garbage = try await client.request("/api/articles", method: .post, headers: jsonHeaders, body: "{not json")
        #expect(garbage.status == .badRequest)
    }

    @Test("an unknown address is a JSON 404 under /api and an HTML page elsewhere")
    func notFound() async throws {
        let client = TestClient(store: try Fixture.store())
        let api = try await client.request("/api/nothing")
        #expect(api.status == .notFound)
        #expect(try api.json()["error"] != nil)
        let page = try await client.request("/nothing")
        #expect(page.status == .notFound)
        #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
    }

    @Test("every reply carries the security headers: CSP without inline script, nosniff")
    func securityHeaders() async throws {
        let client = TestClient(store: try Fixture.store())
        for uri in ["/", "/api/articles", "/nothing", "/static/app.css"] {
            let reply = try await client.request(uri)
            let policy = try #require(reply.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
            #expect(reply.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
