import Foundation
import Hummingbird
import SitrepStore

/// Turns every failure into a reply the caller can act on: JSON `{"error":{"message":…}}`
/// under `/api/`, a small escaped HTML page elsewhere. Store errors keep their own sentence
/// (which names the id and what to do); anything unexpected is a 500 without internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error)
            if request.uri.path.hasPrefix("/api/") {
                let headers = (error as? HTTPError)?.headers ?? [:]
                return try HTTPError(status, headers: headers, message: message).response(from: request, context: context)
            }
            let page = Layout.page(title: "\(status.code) \(status.reasonPhrase)", active: nil) {
                "<h1>\(status.code) \(HTML.escape(status.reasonPhrase))</h1><p>\(HTML.escape(message))</p>"
            }
            var response = Response.html(page)
            response.status = status
            return response
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as HTTPError:
            return (error.status, error.body ?? defaultMessage(error.status))
        case let error as StoreError:
            switch error {
            case .noSuchArticle: return (.notFound, error.description)
            case .ambiguousID: return (.badRequest, error.description)
            case .cannotOpen: return (.serviceUnavailable, "the database cannot be read")
            case .badAnalysis: return (.internalServerError, error.description)
            }
        case let error as RequestError:
            return (.badRequest, error.description)
        default:
            return (.internalServerError, "the server failed to answer this request; the server log has the details")
        }
    }

    private static func defaultMessage(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "no such page or endpoint; /api/openapi.json lists the API"
        case .unauthorized: "this needs the server's write token as `Authorization: Bearer TOKEN`"
        default: status.reasonPhrase
        }
    }
}

/// A request the server cannot answer as asked; the message names the parameter and the fix.
struct RequestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
