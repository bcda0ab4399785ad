import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("timestamps as news sites write them")
struct TimestampParserTests {
    @Test("each form reads to the right wall time and precision", arguments: [
        ("26/10/2023 22h41", "2023-10-26T22:41:00", Timestamp.Precision.minute),
        ("2023-10-26T22:41:00Z", "2023-10-26T22:41:00Z", .second),
        ("2023-10-26T22:41:00+02:00", "2023-10-26T22:41:00+02:00", .second),
        ("2023-10-26T22:41", "2023-10-26T22:41:00", .minute),
        ("2023-10-26 22:41", "2023-10-26T22:41:00", .minute),
        ("2023-10-26", "2023-10-26", .day),
        ("Thu, 26 Oct 2023 22:41:00 +0000", "2023-10-26T22:41:00Z", .second),
        ("Thu, 26 Oct 2023 22:41:00 GMT", "2023-10-26T22:41:00Z", .second),
        ("October 26, 2023", "2023-10-26", .day),
        ("26 October 2023", "2023-10-26", .day),
        ("Oct. 26, 2023 10:41 PM ET", "2023-10-26T22:41:00-04:00", .minute),
        ("Jan. 5, 2024 10:41 AM ET", "2024-01-05T10:41:00-05:00", .minute),
        ("Sept. 3, 2023", "2023-09-03", .day),
    ])
    func forms(text: String, iso: String, precision: Timestamp.Precision) throws {
        let stamp = try #require(try TimestampParser().parse(text))
        #expect(stamp.iso8601 == iso)
        #expect(stamp.precision == precision)
        #expect(stamp.original == text)
    }

    @Test("an unzoned time says it read the time as UTC")
    func timeZoneNote() throws {
        let stamp = try #require(try TimestampParser().parse("2023-10-26 22:41"))
        #expect(stamp.utcOffset == nil)
        #expect(stamp.timeZoneNote != nil)
        #expect(try #require(try TimestampParser().parse("2023-10-26T22:41:00Z")).timeZoneNote == nil)
    }

    @Test("values above 12 decide the day/month order; otherwise the hint does")
    func dayMonthOrder() throws {
        #expect(try TimestampParser(dayFirst: false).parse("26/10/2023")?.iso8601 == "2023-10-26")
        #expect(try TimestampParser(dayFirst: true).parse("10/26/2023")?.iso8601 == "2023-10-26")
        #expect(try TimestampParser(dayFirst: true).parse("05/06/2023")?.iso8601 == "2023-06-05")
        #expect(try TimestampParser(dayFirst: false).parse("05/06/2023")?.iso8601 == "2023-05-06")
    }

    @Test("a byline date in the same file settles an ambiguous numeric date")
    func bylineSettlesOrder() throws {
        let text = "A Headline Here\n05/06/2023 10:00\nMay 6, 2023\n\nThe minister said the talks would go on for another week."
        let (article, _) = try TextArticleReader.read(text, origin: "h.txt")
        #expect(article.published?.iso8601 == "2023-05-06T10:00:00")
    }

    @Test("an impossible date is reported, not read", arguments: ["31/02/2023", "2023-13-01", "30/02/2024 10h00"])
    func impossible(text: String) {
        #expect(throws: TimestampParser.Failure.self) { try TimestampParser().parse(text) }
    }

    @Test("text that is not a date is not one", arguments: ["Politics", "ICARO Media Group", "12 dead in attack", "2023"])
    func notDates(text: String) throws {
        #expect(try TimestampParser().parse(text) == nil)
    }
}
