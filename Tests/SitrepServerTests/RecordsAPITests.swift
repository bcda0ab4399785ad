import Foundation
import Hummingbird
import SitrepText
import Testing

@Suite("Records and aggregates API")
struct RecordsAPITests {
    static func items(_ client: TestClient, _ uri: String) async throws -> [[String: Any]] {
        let reply = try await client.request(uri)
        #expect(reply.status == .ok, "\(uri): \(reply.body)")
        return try #require(try reply.json()["items"] as? [[String: Any]])
    }

    @Test("events filter by actor, country, CAMEO root, QuadClass, dates, place and modality", arguments: [
        ("/api/events", 4), ("/api/events?actor=IRN", 2), ("/api/events?actor=Qatar", 1), ("/api/events?country=QAT", 1),
        ("/api/events?root=19", 2), ("/api/events?quadClass=4", 2), ("/api/events?quadClass=1", 1),
        ("/api/events?since=2023-10-27&until=2023-10-27", 2), ("/api/events?place=doha", 1), ("/api/events?modality=negated", 0),
        ("/api/events?limit=1&offset=1", 1),
    ])
    func eventFilters(uri: String, count: Int) async throws {
        let client = TestClient(store: try Fixture.store())
        #expect(try await Self.items(client, uri).count == count, "\(uri)")
    }

    @Test("an event row carries its evidence sentence, article and counts of reports and sources")
    func eventRow() async throws {
        let client = TestClient(store: try Fixture.store())
        let event = try #require(try await Self.items(client, "/api/events?root=13").first)
        #expect(event["sentence"] as? String == "Iran's foreign minister warned Israel on Thursday that the strikes on Gaza must stop.")
        #expect(event["articleId"] as? String == Fixture.articles[0].id)
        #expect(event["quadClass"] as? Int == 3)
        #expect(event["reports"] as? Int == 1 && event["sources"] as? Int == 1)
    }

    @Test("actors, quotes (by speaker and text), disputed claims and numbers are listed")
    func records() async throws {
        let client = TestClient(store: try Fixture.store())
        #expect(try await Self.items(client, "/api/actors?q=Iran").first?["code"] as? String == "IRN")
        #expect(try await Self.items(client, "/api/quotes?speaker=Iran").map { $0["text"] as? String } == ["We will not stand idle,"])
        #expect(try await Self.items(client, "/api/quotes?q=idle").count == 1)
        let disputed = try await Self.items(client, "/api/claims?disputed=true")
        #expect(disputed.count == 2)
        #expect(disputed.contains { $0["disputedText"] as? String == "the strikes on Gaza must stop" })
        #expect(try await Self.items(client, "/api/claims").count == 4)
        #expect(try await Self.items(client, "/api/numbers?unit=killed").count == 2)
    }

    @Test("aggregates: events per day per QuadClass, Goldstein per dyad per day, top dyads")
    func aggregates() async throws {
        let client = TestClient(store: try Fixture.store())
        let daily = try await Self.items(client, "/api/aggregates/daily")
        #expect(daily.contains { $0["day"] as? String == "2023-10-27" && $0["quadClass"] as? Int == 4 && $0["events"] as? Int == 1 })
        #expect(daily.map { $0["events"] as? Int ?? 0 }.reduce(0, +) == 4)
        let dyadDays = try await Self.items(client, "/api/aggregates/dyads/daily?actor=ISR")
        #expect(dyadDays.contains { $0["source"] as? String == "ISR" && $0["target"] as? String == "PSEREB" && $0["goldstein"] as? Double == -10 })
        let top = try await Self.items(client, "/api/aggregates/dyads/top?since=2023-10-26&until=2023-10-27")
        #expect(top.count == 3)
        #expect(top.allSatisfy { $0["events"] as? Int == 1 })
    }

    @Test("bad filter values are 400s naming the parameter", arguments: [
        "/api/events?quadClass=7", "/api/events?since=soon", "/api/events?limit=501", "/api/claims?disputed=maybe",
        "/api/aggregates/dyads/daily?limit=0",
    ])
    func badFilters(uri: String) async throws {
        let reply = try await TestClient(store: try Fixture.store()).request(uri)
        #expect(reply.status == .badRequest, "\(uri)")
    }
}
