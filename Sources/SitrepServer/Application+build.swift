import Hummingbird
import Logging
import SitrepStore

/// Where `sitrep serve` listens and who may write.
public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// The bearer token `POST /api/articles` requires; without one the server is read-only.
    public var token: String?

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil) {
        self.host = host
        self.port = port
        self.token = token
    }
}

/// The whole server: the router over the store, on a socket. `sitrep serve` runs it; the
/// tests build the same router with `buildRouter` and call it without a socket.
public func buildApplication(
    store: Store, options: ServerOptions, analyses: AnalysisSource, logger: Logger = Logger(label: "sitrep.serve")
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(store: store, token: options.token, analyses: analyses).router,
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "sitrep"),
        logger: logger)
}

/// Every route of the JSON API and the web UI, behind the error and security-header
/// middleware.
public func buildRouter(store: Store, token: String?, analyses: AnalysisSource) -> Routes {
    var routes = Routes(router: Router())
    routes.router.add(middleware: SecurityHeadersMiddleware())
    routes.router.add(middleware: ErrorMiddleware())
    let document = StaticFiles.resource("openapi.json")
    routes.api(.get, "/api/openapi.json") { _, _ in .json(document) }
    let cache = ResponseCache()
    ArticlesController(store: store, token: token, analyses: analyses, cache: cache).add(to: &routes)
    RecordsController(store: store, cache: cache).add(to: &routes)
    PagesController(store: store, analyses: analyses).add(to: &routes)
    return routes
}

/// Runs the server until SIGINT or SIGTERM, then lets requests in flight finish.
public func runServer(store: Store, options: ServerOptions, analyses: AnalysisSource) async throws {
    try await buildApplication(store: store, options: options, analyses: analyses).runService()
}
