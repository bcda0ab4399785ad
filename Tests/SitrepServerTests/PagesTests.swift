import Foundation
import Hummingbird
import SitrepText
import Testing
@testable import SitrepServer

@Suite("Web UI pages")
struct PagesTests {
    static var pages: [String] {
        ["/", "/?q=iran", "/articles/\(Fixture.articles[0].id)", "/articles/\(Fixture.articles[2].id)", "/events", "/events?actor=IRN&quadClass=3",
         "/timeline", "/network", "/map", "/board", "/brief", "/brief?actor=ISR&since=2023-10-01"]
    }

    @Test("every page renders as HTML with the shared frame")
    func pagesRender() async throws {
        let client = TestClient(store: try Fixture.store())
        for page in Self.pages {
            let reply = try await client.request(page)
            #expect(reply.status == .ok, "\(page): \(reply.body.prefix(300))")
            #expect(reply.headers[.contentType] == "text/html; charset=utf-8")
            #expect(reply.body.hasPrefix("<!doctype html>") && reply.body.contains("</html>"), "\(page)")
        }
    }

    @Test("script and onerror payloads in articles and records reach no page unescaped")
    func payloadsAreEscaped() async throws {
        let client = TestClient(store: try Fixture.store())
        for page in Self.pages + ["/?q=\(HTML.queryValue(Fixture.payload))", "/events?actor=\(HTML.queryValue(Fixture.payload))",
                                  "/nothing\(HTML.queryValue(Fixture.payload))"] {
            let body = try await client.request(page).body
            #expect(!body.contains("<script>alert"), "\(page)")
            #expect(!body.contains("<img src=x"), "\(page)")
            let markup = body.replacingOccurrences(of: "\"[^\"]*\"", with: "\"\"", options: .regularExpression)
            #expect(markup.range(of: "<[a-zA-Z][^>]*onerror", options: [.regularExpression, .caseInsensitive]) == nil, "\(page): an onerror attribute")
            #expect(!body.contains("javascript:"), "\(page)")
            #expect(body.components(separatedBy: "<script").count == 2, "\(page): only the page's own script tag")
        }
        let reader = try await client.request("/articles/\(Fixture.articles[2].id)").body
        #expect(reader.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("the reader highlights actors, event triggers, quotes, claims and numbers and lists them in the sidebar")
    func readerHighlights() async throws {
        let body = try await TestClient(store: try Fixture.store()).request("/articles/\(Fixture.articles[0].id)").body
        #expect(body.contains("data-r=\"r-ev1"))
        #expect(body.contains("class=\"trig\""))
        #expect(body.contains("id=\"r-ev1\"") && body.contains("id=\"r-q1\"") && body.contains("id=\"r-c2\""))
        #expect(body.contains("<span class=\"ent\" data-r=\"r-iran\""))
    }

    @Test("the brief links every development to its evidence and lists the disputed claim and casualty figure")
    func brief() async throws {
        let body = try await TestClient(store: try Fixture.store()).request("/brief").body
        #expect(body.contains("/articles/\(Fixture.articles[1].id)#r-ev2"))
        #expect(body.contains("it had struck a hospital"))
        #expect(body.contains("12 people"))
    }
}
