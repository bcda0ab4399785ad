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
import Testing

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

    func request(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String = "") async throws -> Reply {
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
