import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Sitrep
import SitrepServer
import SitrepStore
import SitrepTestSupport
import SitrepText

/// Calls the server's router in process, as a browser or script would over HTTP, without
/// opening a socket: the same router `sitrep serve` runs.
struct TestClient {
    struct Reply {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        }
    }

    let responder: RouterResponder<BasicRequestContext>
    let operations: [String]

    init(store: Store, token: String? = nil) {
        let routes = buildRouter(store: store, token: token, analyses: AnalysisSource { try SharedAnalyzer.analyzer.get() })
        responder = routes.router.buildResponder()
        operations = routes.operations
    }

    func request(_ method: HTTPRequest.Method = .get, _ uri: String, headers: HTTPFields = [:], body: String = "") async throws -> Reply {
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
            body: RequestBody(buffer: ByteBuffer(string: body)))
        let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: Logger(label: "test")))
        let response = try await responder.respond(to: request, context: context)
        let collector = Collector()
        try await response.body.write(CollectingWriter(collector: collector))
        return Reply(status: response.status, headers: response.headers, body: String(buffer: collector.buffer))
    }

    private final class Collector: @unchecked Sendable {
        var buffer = ByteBuffer()
    }

    private struct CollectingWriter: ResponseBodyWriter {
        let collector: Collector

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collector.buffer.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// A store holding hand-written articles: two on Iran and Israel, one whose every field is an
/// injection attempt.
enum Fixture {
    static let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"

    static let articles: [Article] = [
        Article(title: "Iran warns Israel over strikes", outlet: "Wire", url: "https://example.org/a",
                published: Timestamp(instant: Date(timeIntervalSince1970: 1_698_300_000), precision: .minute, utcOffset: 0, original: "2023-10-26"),
                body: "TEHRAN — Iran's foreign minister warned Israel on Thursday that the strikes on Gaza must stop. \"We will not stand idle,\" he said. Israel denied that it had struck a hospital."),
        Article(title: "Talks resume in Doha", outlet: "Daily", url: "https://example.org/b",
                published: Timestamp(instant: Date(timeIntervalSince1970: 1_698_400_000), precision: .minute, utcOffset: 0, original: "2023-10-27"),
                body: "Qatar hosted talks between Hamas and Israeli officials in Doha on Friday, a diplomat said."),
        Article(title: payload, outlet: payload, url: "javascript:alert(3)", section: payload, authors: [payload],
                published: Timestamp(instant: Date(timeIntervalSince1970: 1_698_500_000), precision: .minute, utcOffset: 0, original: "2023-10-28"),
                dateline: payload, imageURL: "javascript:alert(4)",
                body: "Officials in \(payload) said 12 people were killed when Israel struck the town. \"\(payload)\" the mayor said."),
    ]

    static func store() throws -> Store {
        let store = try Store()
        _ = try store.save(articles)
        return store
    }
}
