import ArgumentParser
import Foundation
import SitrepServer

/// `sitrep serve [--host H] [--port P] [--token T]`
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API and the web UI over the database.",
        discussion: """
            Listens on 127.0.0.1:8080 unless told otherwise; open the address in a browser for \
            the articles, events, timeline, actor network, map, quotes and claims, and the \
            situation report. The API is described at /api/openapi.json.

            The server is read-only unless started with a write token (--token or \
            $SITREP_TOKEN); then POST /api/articles ingests text, HTML or JSON sent with \
            `Authorization: Bearer TOKEN`.

            Examples:
              sitrep serve
              SITREP_TOKEN=secret sitrep serve --port 9000
              curl -H 'Authorization: Bearer secret' --data-binary @story.txt http://127.0.0.1:9000/api/articles
            """)

    @Option(help: "Address to listen on; 0.0.0.0 makes the server reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: ArgumentHelp("Bearer token that allows POST /api/articles (default: $SITREP_TOKEN; none: read-only).", valueName: "token"))
    var token: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535, not \(port).") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment["SITREP_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let options = ServerOptions(host: host, port: port, token: token ?? environment)
        let database = try store.open()
        print("sitrep is serving \(store.path) at http://\(host):\(port)/ (\(options.token == nil ? "read-only" : "writes need the token"))")
        try await runServer(store: database, options: options, analyses: AnalysisSource())
    }
}
