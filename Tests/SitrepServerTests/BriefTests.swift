import Foundation
import SitrepServer
import SitrepStore
import SitrepText
import Testing

@Suite("Situation report")
struct BriefTests {
    @Test("the markdown brief has every section, links each line to its evidence, and escapes markup")
    func markdown() throws {
        let brief = try Brief(store: try Fixture.store(), since: nil, actor: nil)
        let text = brief.markdown(linkBase: "http://127.0.0.1:8080")
        for section in ["## Top developments", "## Escalation by dyad", "## Key quotes", "## Disputed claims", "## Casualty figures"] {
            #expect(text.contains(section))
        }
        #expect(text.contains("](http://127.0.0.1:8080/articles/\(Fixture.articles[1].id)#r-ev2)"))
        #expect(text.contains("Israel → Hamas: Goldstein -10 on 2023-10-27"))
        #expect(!text.contains("<script>"))
    }

    @Test("an actor and a start date narrow the brief")
    func narrowed() throws {
        let since = try Date.ISO8601FormatStyle().parse("2023-10-27T00:00:00Z")
        let brief = try Brief(store: try Fixture.store(), since: since, actor: "QAT")
        #expect(brief.developments.count == 1)
        #expect(brief.developments.first?.text.contains("Qatar [QAT] → Hamas [PSEREB]") == true)
        #expect(brief.quotes.isEmpty)
    }

    @Test("a casualty figure an article wrote as 'an' or 'another' reads as its value")
    func articleFigures() throws {
        func number(_ text: String, _ value: Int) throws -> StoredNumber {
            let json = #"{"articleId":"a","id":"n1","value":\#(value),"unit":"contractor killed","text":"\#(text)","start":0,"end":2}"#
            return try JSONDecoder().decode(StoredNumber.self, from: Data(json.utf8))
        }
        #expect(Brief.casualty(try number("an", 1)).text == "1 (contractor killed)")
        #expect(Brief.casualty(try number("Another", 1)).text == "1 (contractor killed)")
        #expect(Brief.casualty(try number("over 1,400", 1400)).text == "over 1,400 (contractor killed)")
    }
}
