import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches pages and feeds politely and within limits: a User-Agent that names sitrep, a
/// timeout, a cap on redirects and on (decompressed) size, conditional GET with the ETag and
/// Last-Modified of the previous fetch, and a pause between requests to the same host.
public actor Fetcher {
    public struct Policy: Sendable {
        public var userAgent = "sitrep/0.1 (+offline news analysis; polite fetcher)"
        public var timeout: Double = 20
        public var maximumBytes = 20_000_000
        public var maximumRedirects = 5
        /// Seconds between two requests to one host.
        public var politeness: Double = 1

        public init() {}
    }

    /// What a fetch returned; `notModified` when the server says the copy we have is current.
    public struct Response: Sendable {
        public var url: URL
        public var status: Int
        public var data: Data
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?
        public var notModified: Bool { status == 304 }
    }

    public let policy: Policy
    private var lastRequest: [String: ContinuousClock.Instant] = [:]

    public init(policy: Policy = Policy()) {
        self.policy = policy
    }

    public func fetch(_ url: URL, etag: String? = nil, lastModified: String? = nil) async throws -> Response {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host else {
            throw FetchError.unsupported(url: url.absoluteString)
        }
        if let last = lastRequest[host] {
            let wait = Duration.seconds(policy.politeness) - (ContinuousClock.now - last)
            if wait > .zero { try await Task.sleep(for: wait) }
        }
        lastRequest[host] = ContinuousClock.now
        var request = URLRequest(url: url, timeoutInterval: policy.timeout)
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let download = Download(url: url, policy: policy)
        return try await download.run(request)
    }
}

/// One request, streamed so the size cap holds before the whole body is in memory.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let url: URL
    private let policy: Fetcher.Policy
    private let lock = NSLock()
    private var received = Data()
    private var redirects = 0
    private var failure: FetchError?
    private var continuation: CheckedContinuation<Fetcher.Response, any Error>?

    init(url: URL, policy: Fetcher.Policy) {
        self.url = url
        self.policy = policy
    }

    func run(_ request: URLRequest) async throws -> Fetcher.Response {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = policy.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        return try await withCheckedThrowingContinuation { continuation in
            lock.withLock { self.continuation = continuation }
            let task = session.dataTask(with: request)
            // The session's own timeouts count idle time between packets; this one bounds
            // the whole exchange, so a server that trickles or stalls is given up on.
            DispatchQueue.global().asyncAfter(deadline: .now() + policy.timeout) { [self] in
                let pending = lock.withLock { () -> Bool in
                    guard self.continuation != nil, failure == nil else { return false }
                    failure = .timedOut(url: url.absoluteString, seconds: policy.timeout)
                    return true
                }
                if pending { task.cancel() }
            }
            task.resume()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed = lock.withLock { () -> Bool in
            redirects += 1
            if redirects > policy.maximumRedirects {
                failure = .tooManyRedirects(url: url.absoluteString, limit: policy.maximumRedirects)
                return false
            }
            return true
        }
        if allowed {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            received.append(data)
            if received.count > policy.maximumBytes {
                failure = .tooLarge(url: url.absoluteString, limit: policy.maximumBytes)
                return true
            }
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, outcome): (CheckedContinuation<Fetcher.Response, any Error>?, Result<Fetcher.Response, FetchError>) = lock.withLock {
            defer { self.continuation = nil }
            return (self.continuation, result(task: task, error: error))
        }
        continuation?.resume(with: outcome.mapError { $0 as any Error })
    }

    private func result(task: URLSessionTask, error: (any Error)?) -> Result<Fetcher.Response, FetchError> {
        if let failure { return .failure(failure) }
        if let error {
            let code = (error as NSError).code
            if code == NSURLErrorTimedOut { return .failure(.timedOut(url: url.absoluteString, seconds: policy.timeout)) }
            if code == NSURLErrorHTTPTooManyRedirects {
                return .failure(.tooManyRedirects(url: url.absoluteString, limit: policy.maximumRedirects))
            }
            return .failure(.network(url: url.absoluteString, reason: error.localizedDescription))
        }
        guard let http = task.response as? HTTPURLResponse else {
            return .failure(.network(url: url.absoluteString, reason: "no HTTP response"))
        }
        guard (200..<300).contains(http.statusCode) || http.statusCode == 304 else {
            return .failure(.status(url: url.absoluteString, code: http.statusCode))
        }
        return .success(Fetcher.Response(
            url: http.url ?? url, status: http.statusCode, data: received,
            etag: http.value(forHTTPHeaderField: "ETag"), lastModified: http.value(forHTTPHeaderField: "Last-Modified"),
            contentType: http.value(forHTTPHeaderField: "Content-Type")))
    }
}
