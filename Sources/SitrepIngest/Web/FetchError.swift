/// Why a page or feed could not be fetched; each case names the address.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    case unsupported(url: String)
    case status(url: String, code: Int)
    case tooLarge(url: String, limit: Int)
    case tooManyRedirects(url: String, limit: Int)
    case timedOut(url: String, seconds: Double)
    case network(url: String, reason: String)

    public var description: String {
        switch self {
        case .unsupported(let url): "\(url): only http and https addresses can be fetched"
        case .status(let url, let code): "\(url): the server answered HTTP \(code)"
        case .tooLarge(let url, let limit): "\(url): larger than \(limit / 1_000_000) MB; not read"
        case .tooManyRedirects(let url, let limit): "\(url): more than \(limit) redirects (a redirect loop?)"
        case .timedOut(let url, let seconds): "\(url): no complete answer within \(Int(seconds)) s"
        case .network(let url, let reason): "\(url): \(reason)"
        }
    }
}
