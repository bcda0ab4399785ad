import Foundation
import SitrepText
import Testing

@testable import SitrepStore

/// An analysis in the shape `sitrep extract --json` prints: one event, quote, claim pair and
/// number, enough to see every table filled and queried.
private let analysisJSON = #"""
{"article": {"id": "x"},
 "entities": [
   {"id": "joe-biden", "name": "Joe Biden", "type": "PER", "code": "USAGOV", "role": "President",
    "mentions": [{"text": "Joe Biden", "start": 0, "end": 9, "kind": "name"}, {"text": "he", "start": 40, "end": 42, "kind": "pronoun"}]},
   {"id": "hamas", "name": "Hamas", "type": "ORG", "code": "PSEREBHMS", "mentions": [{"text": "Hamas", "start": 20, "end": 25, "kind": "name"}]}],
 "places": [{"id": "p1", "name": "Gaza", "kind": "territory", "country": "PSE", "latitude": 31.5, "longitude": 34.4, "mentions": []}],
 "events": [
   {"id": "ev1", "code": "138", "goldstein": -7, "plover": {"type": "THREATEN", "mode": null},
    "source": {"entity": "joe-biden", "name": "Joe Biden", "code": "USAGOV"},
    "target": {"entity": "hamas", "name": "Hamas", "code": "PSEREBHMS"},
    "trigger": {"text": "warned", "start": 10, "end": 16}, "sentence": {"text": "Joe Biden warned Hamas in Gaza.", "start": 0, "end": 31},
    "modality": "threatened", "background": false, "date": {"value": "2023-10-26", "precision": "day"},
    "location": "Gaza", "place": "p1", "numbers": ["n1"], "pattern": "test", "confidence": 0.9},
   {"id": "ev2", "code": "190", "source": null, "target": null, "trigger": {"text": "attack", "start": 50, "end": 56},
    "sentence": {"text": "An old attack.", "start": 44, "end": 58}, "modality": "asserted", "background": true,
    "date": {"value": "2001-09", "precision": "month"}, "numbers": [], "pattern": "test", "confidence": 0.5}],
 "quotes": [{"id": "q1", "kind": "direct", "speaker": {"entity": "joe-biden", "name": "Joe Biden", "code": "USAGOV"},
             "verb": "said", "text": "We will respond", "start": 60, "end": 75}],
 "claims": [{"id": "c1", "claimant": {"name": "Joe Biden", "code": "USAGOV"}, "text": "a warning was sent", "start": 80, "end": 98,
             "stance": "asserts", "disputes": null, "quotes": []},
            {"id": "c2", "claimant": {"name": "an aide", "code": null}, "text": "no warning was sent", "start": 100, "end": 119,
             "stance": "disputes", "disputes": "c1", "quotes": []}],
 "numbers": [{"id": "n1", "value": 1400, "qualifier": "over", "unit": "people killed", "text": "over 1,400", "start": 120, "end": 130, "event": "ev1"}]}
"""#

@Suite("analyses and their records in the store")
struct AnalysisRecordTests {
    static func storeWithAnalysis() throws -> (Store, String) {
        let store = try Store()
        let article = Article(title: "Warning", outlet: "Wire", url: "https://example.org/w", body: "Joe Biden warned Hamas in Gaza.")
        let analyzing = Store.Analyzing(version: 1) { _ in Data(analysisJSON.utf8) }
        #expect(try store.save([article], analyzing: analyzing) == [.stored])
        return (store, article.id)
    }

    @Test("an article stored with its analysis can be queried for its events, actors, quotes, claims and numbers")
    func recordsAreQueryable() throws {
        let (store, id) = try Self.storeWithAnalysis()
        let events = try store.events(EventFilter())
        #expect(events.count == 1, "the background event is left out by default")
        let event = try #require(events.first)
        #expect(event.articleId == id && event.code == "138" && event.root == "13" && event.quadClass == 3)
        #expect(event.source?.code == "USAGOV" && event.target?.name == "Hamas" && event.country == "PSE")
        #expect(event.ploverType == "THREATEN" && event.goldstein == -7 && event.articleTitle == "Warning")
        #expect(try store.events(EventFilter(includeBackground: true)).count == 2)
        #expect(try store.events(EventFilter(actor: "PSE")).count == 1)
        #expect(try store.events(EventFilter(actor: "biden")).count == 1)
        #expect(try store.events(EventFilter(code: "19")).isEmpty)
        #expect(try store.events(EventFilter(since: "2023-10-27")).isEmpty)
        let actors = try store.actors()
        #expect(actors.first?.name == "Joe Biden" && actors.first?.mentions == 2 && actors.first?.eventsAsSource == 1)
        #expect(try store.quotes(speaker: "biden").map(\.text) == ["We will respond"])
        #expect(try store.quotes(search: "nothing like it").isEmpty)
        let disputed = try store.claims(disputedOnly: true)
        #expect(disputed.count == 1 && disputed.first?.disputedText == "a warning was sent" && disputed.first?.disputedClaimant == "Joe Biden")
        #expect(try store.numbers().first?.value == 1400)
        #expect(try store.analysis(of: id) != nil)
    }

    @Test("analysing again replaces an article's records instead of adding to them")
    func reanalysisReplaces() throws {
        let (store, id) = try Self.storeWithAnalysis()
        #expect(try store.articlesNeedingAnalysis(version: 2, limit: 10) == [id])
        try store.saveAnalyses([(id, Data(analysisJSON.utf8))], version: 2)
        #expect(try store.events(EventFilter(includeBackground: true)).count == 2)
        #expect(try store.articlesNeedingAnalysis(version: 2, limit: 10).isEmpty)
    }

    @Test("an analysis that is not a JSON object is refused and the store keeps what it had")
    func badAnalysisRefused() throws {
        let (store, id) = try Self.storeWithAnalysis()
        #expect(throws: StoreError.self) { try store.saveAnalyses([(id, Data("[1, 2]".utf8))], version: 3) }
        #expect(try store.events(EventFilter()).count == 1)
    }

    @Test("GDELT export rows have the event table's 61 columns, with the actor code split as GDELT splits it")
    func gdeltColumns() throws {
        let (store, _) = try Self.storeWithAnalysis()
        let event = try #require(try store.events(EventFilter()).first)
        let columns = try EventExportFormat.gdelt.line(event, sequence: 7).components(separatedBy: "\t")
        #expect(columns.count == 61)
        #expect(columns[0] == "7" && columns[1] == "20231026" && columns[2] == "202310" && columns[3] == "2023")
        #expect(columns[5] == "USAGOV" && columns[7] == "USA" && columns[12] == "GOV")
        #expect(columns[15] == "PSEREBHMS" && columns[17] == "PSE" && columns[18] == "HMS" && columns[22] == "REB")
        #expect(columns[26] == "138" && columns[27] == "138" && columns[28] == "13" && columns[29] == "3")
        #expect(columns[60] == "https://example.org/w")
    }

    @Test("CSV export quotes fields holding commas and quote marks")
    func csvQuoting() {
        #expect(EventExport.quoteCSV("plain") == "plain")
        #expect(EventExport.quoteCSV("a, \"b\"") == "\"a, \"\"b\"\"\"")
    }
}

@Suite("reports of one event counted once")
struct EventClusterTests {
    static func analysis(code: String, date: String, location: String = "Gaza") -> Data {
        Data(#"""
        {"entities": [], "places": [], "quotes": [], "claims": [], "numbers": [],
         "events": [{"id": "ev1", "code": "\#(code)", "source": {"name": "Israel", "code": "ISR"},
                     "target": {"name": "Hamas", "code": "PSEREBHMS"}, "trigger": {"text": "struck"},
                     "sentence": {"text": "Israel struck Hamas.", "start": 0, "end": 20}, "modality": "asserted",
                     "background": false, "date": {"value": "\#(date)", "precision": "day"}, "location": "\#(location)",
                     "confidence": 1}]}
        """#.utf8)
    }

    static let story = (1...30).map { "Sentence number \($0) of the wire story about the strikes." }.joined(separator: " ")

    @Test("one strike reported by two outlets and a syndicated copy is one event with 3 reports and 2 sources; another day's strike stays apart")
    func clusters() throws {
        let store = try Store()
        let reports: [(Article, Data)] = [
            (Article(title: "Strikes", outlet: "Reuters", body: Self.story), Self.analysis(code: "195", date: "2023-10-26")),
            (Article(title: "Air raid", outlet: "AP", body: "Israel struck Hamas targets in Gaza overnight, the army said."),
             Self.analysis(code: "190", date: "2023-10-27")),
            (Article(title: "Strikes (copy)", outlet: "Yahoo", body: String(Self.story.dropLast(60))),
             Self.analysis(code: "195", date: "2023-10-26")),
            (Article(title: "Earlier strikes", outlet: "AP", body: "A week earlier, Israel struck Hamas in Gaza."),
             Self.analysis(code: "195", date: "2023-10-19")),
            (Article(title: "Elsewhere", outlet: "AP", body: "Israel struck Hamas in Lebanon."),
             Self.analysis(code: "195", date: "2023-10-26", location: "Lebanon")),
        ]
        for (article, json) in reports {
            _ = try store.save([article], analyzing: Store.Analyzing(version: 1) { _ in json })
        }
        #expect(try store.copies(of: reports[0].0.id) == [reports[2].0.id])
        let events = try store.events(EventFilter())
        #expect(events.count == 3)
        let strike = try #require(events.first { $0.date == "2023-10-26" && $0.location == "Gaza" })
        #expect(strike.reports == 3 && strike.sources == 2)
        #expect(events.filter { $0.reports == 1 }.count == 2)
        #expect(try store.events(EventFilter(onePerCluster: false)).count == 5)
    }
}
