import Hummingbird

/// The router being built, and the JSON API operations added to it, written as the OpenAPI
/// document writes them ("GET /api/articles/{id}"), so a test can hold the two side by side.
public struct Routes {
    public let router: Router<BasicRequestContext>
    public private(set) var operations: [String] = []

    init(router: Router<BasicRequestContext>) {
        self.router = router
    }

    /// Adds an API operation; `:name` path segments are parameters.
    mutating func api(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
    ) {
        router.on(RouterPath(path), method: method, use: handler)
        let documented = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
        operations.append("\(method.rawValue) /\(documented.joined(separator: "/"))")
    }

    /// Adds a web page or a static file: not part of the API document.
    func page(_ path: String, _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
        router.on(RouterPath(path), method: .get, use: handler)
    }
}
