import Foundation
import Testing
@testable import SitrepServer

@Suite("Response cache")
struct ResponseCacheTests {
    @Test("a reply is computed once within its lifetime, again after the cache is emptied or expires")
    func reuse() throws {
        var calls = 0
        let make = { () -> Data in
            calls += 1
            return Data([UInt8(calls)])
        }
        let cache = ResponseCache(lifetime: .seconds(60))
        #expect(cache.data(for: "/api/events", make: make) == Data([1]))
        #expect(cache.data(for: "/api/events", make: make) == Data([1]))
        #expect(cache.data(for: "/api/events?limit=1", make: make) == Data([2]))
        cache.removeAll()
        #expect(cache.data(for: "/api/events", make: make) == Data([3]))
        let expired = ResponseCache(lifetime: .zero)
        _ = expired.data(for: "/api/events", make: make)
        #expect(expired.data(for: "/api/events", make: make) == Data([5]))
    }
}
