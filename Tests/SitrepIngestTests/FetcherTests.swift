import Foundation
import SitrepTestSupport
import Testing

@testable import SitrepIngest

@Suite("fetching pages and feeds from a local server")
struct FetcherTests {
    static let bomb = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/gzip-bomb.gz")

    let server: LocalHTTPServer

    init() throws {
        let bomb = try Data(contentsOf: Self.bomb)
        server = try LocalHTTPServer { path, headers in
            switch path {
            case "/page":
                if headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(headers: ["ETag": "\"v1\"", "Content-Type": "text/html"],
                             body: Data("<p>agent \(headers["user-agent"] ?? "none")</p>".utf8))
            case "/missing": return .init(status: 404)
            case "/loop": return .init(status: 302, headers: ["Location": "/loop"])
            case "/moved": return .init(status: 301, headers: ["Location": "/page"])
            case "/slow": return .init(body: Data("late".utf8), delay: 3)
            case "/huge": return .init(body: Data(count: 50_000_000))
            case "/bomb": return .init(headers: ["Content-Encoding": "gzip"], body: bomb)
            default: return .init(status: 500)
            }
        }
    }

    func fetcher(timeout: Double = 10) -> Fetcher {
        var policy = Fetcher.Policy()
        policy.timeout = timeout
        policy.politeness = 0
        return Fetcher(policy: policy)
    }

    @Test("a page comes back with its validators, and names sitrep as the agent")
    func page() async throws {
        defer { server.stop() }
        let response = try await fetcher().fetch(server.url("/page"))
        #expect(response.status == 200)
        #expect(response.etag == "\"v1\"")
        #expect(String(decoding: response.data, as: UTF8.self).contains("sitrep/"))
        let again = try await fetcher().fetch(server.url("/page"), etag: "\"v1\"")
        #expect(again.notModified)
    }

    @Test("a redirect is followed")
    func redirect() async throws {
        defer { server.stop() }
        let response = try await fetcher().fetch(server.url("/moved"))
        #expect(response.url.path == "/page")
    }

    @Test("failures name the address and the reason", arguments: [
        ("/missing", "HTTP 404"), ("/loop", "redirects"), ("/huge", "larger than"), ("/bomb", "larger than"),
    ])
    func failures(path: String, reason: String) async throws {
        defer { server.stop() }
        await #expect { try await fetcher().fetch(server.url(path)) } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains(path)
        }
    }

    @Test("a server slower than the timeout is given up on")
    func slow() async throws {
        defer { server.stop() }
        await #expect { try await fetcher(timeout: 1).fetch(server.url("/slow")) } throws: { error in
            if case FetchError.timedOut = error { return true }
            return false
        }
    }

    @Test("only web addresses are fetched")
    func unsupported() async {
        defer { server.stop() }
        await #expect(throws: FetchError.unsupported(url: "file:///etc/passwd")) {
            try await fetcher().fetch(URL(fileURLWithPath: "/etc/passwd"))
        }
    }
}
