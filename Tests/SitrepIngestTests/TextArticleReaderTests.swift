import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("scraped-article text format")
struct TextArticleReaderTests {
    static let sample = """
        President Biden Warns Iranian Supreme Leader Against Targeting U.S. Personnel in the Middle East

        https://example.org/system/images/photos/1/original/photo.jpg?169
        ICARO Media Group
        Politics
        26/10/2023 22h41

        October 26, 2023

        WASHINGTON - In a rare message, President Joe Biden has issued a warning, the White House announced on Thursday.

        White House spokesman John Kirby confirmed that a direct message had been relayed.

        The views expressed in this article do not reflect the opinion of ICARO, or any of its affiliates.

        Related
        """

    @Test("a full header fills every field and the dateline leaves the body")
    func fullHeader() throws {
        let (article, warnings) = try TextArticleReader.read(Self.sample, origin: "sample.txt")
        #expect(warnings.isEmpty)
        #expect(article.title == "President Biden Warns Iranian Supreme Leader Against Targeting U.S. Personnel in the Middle East")
        #expect(article.imageURL == "https://example.org/system/images/photos/1/original/photo.jpg?169")
        #expect(article.outlet == "ICARO Media Group")
        #expect(article.section == "Politics")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.published?.iso8601 == "2023-10-26T22:41:00")
        #expect(article.published?.precision == .minute)
        #expect(article.body.hasPrefix("In a rare message,"))
        #expect(article.body.hasSuffix("had been relayed."))
        #expect(!article.body.contains("October 26, 2023"))
    }

    @Test("the bundled sample article reads with all nine fields")
    func bundledSample() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")
        let (text, _) = try TextDecoding.decode(try Data(contentsOf: url), file: url.path)
        let (article, _) = try TextArticleReader.read(text, origin: url.path)
        #expect(article.dateline == "WASHINGTON")
        #expect(article.published?.iso8601 == "2023-10-26T22:41:00")
        #expect(article.body.hasSuffix("harmed five U.S. troops in Syria on March 23."))
        #expect(article.body.components(separatedBy: "\n\n").count == 14)
    }

    @Test("a file of only a title and a body")
    func titleAndBody() throws {
        let text = "Ceasefire Holds in Gaza\n\nThe ceasefire held for a third day on Sunday, officials said.\n"
        let (article, _) = try TextArticleReader.read(text, origin: "t.txt")
        #expect(article.title == "Ceasefire Holds in Gaza")
        #expect(article.outlet == nil)
        #expect(article.published == nil)
        #expect(article.body == "The ceasefire held for a third day on Sunday, officials said.")
    }

    @Test("a title ending in a quoted phrase is a title, and the dateline after it leaves the body")
    func titleEndingInQuote() throws {
        let text = "Burkina Faso expels three French diplomats accused of \"subversive activities\"\n\n"
            + "OUAGADOUGOU (Reuters) - Burkina Faso's military government has expelled three French diplomats.\n\n"
            + "\"We take note of the decision,\" a spokesperson said.\n"
        let (article, _) = try TextArticleReader.read(text, origin: "q.txt")
        #expect(article.title == "Burkina Faso expels three French diplomats accused of \"subversive activities\"")
        #expect(article.dateline == "OUAGADOUGOU")
        #expect(article.body.hasPrefix("Burkina Faso's military government"))
    }

    @Test("a short sentence after the title starts the body")
    func shortFirstParagraph() throws {
        let text = "Belarus Rejects Sanctions\n\nBelarus denied the accusation.\n\nIts foreign ministry called the measures unlawful.\n"
        let (article, _) = try TextArticleReader.read(text, origin: "s.txt")
        #expect(article.title == "Belarus Rejects Sanctions")
        #expect(article.section == nil)
        #expect(article.body.hasPrefix("Belarus denied the accusation."))
    }

    @Test("a file of only a body")
    func onlyBody() throws {
        let text = "The ceasefire held for a third day on Sunday, officials said.\n\nTalks resume on Monday in Cairo, two diplomats said."
        let (article, _) = try TextArticleReader.read(text, origin: "b.txt")
        #expect(article.title == nil)
        #expect(article.body.hasPrefix("The ceasefire held"))
        #expect(article.body.hasSuffix("two diplomats said."))
    }

    @Test("datelines of several wire styles move out of the body", arguments: [
        ("WASHINGTON - The president spoke.", "WASHINGTON", "The president spoke."),
        ("GAZA CITY (Reuters) — Strikes hit the north.", "GAZA CITY", "Strikes hit the north."),
        ("LONDON, Oct 5 (AP) – Ministers met on Friday.", "LONDON", "Ministers met on Friday."),
        ("Kyiv (AFP) - Sirens sounded overnight.", "Kyiv", "Sirens sounded overnight."),
        ("NEW YORK -- Markets fell sharply today.", "NEW YORK", "Markets fell sharply today."),
        ("GAZA CITY/CAIRO (Reuters) - Israeli strikes killed 30.", "GAZA CITY/CAIRO", "Israeli strikes killed 30."),
        ("KYIV, Ukraine (AP) — Russian forces launched drones.", "KYIV", "Russian forces launched drones."),
        ("JACKSON, Miss. (AP) — Storms hit the state.", "JACKSON", "Storms hit the state."),
        ("PORT-AU-PRINCE, Haiti — Gangs attacked a police station.", "PORT-AU-PRINCE", "Gangs attacked a police station."),
        ("GOMA, Democratic Republic of Congo, Feb 4 (AP) — Rebels took the town.", "GOMA", "Rebels took the town."),
        ("SARAJEVO, Bosnia and Herzegovina (AP) — Voters went to the polls.", "SARAJEVO", "Voters went to the polls."),
    ])
    func datelines(paragraph: String, place: String, rest: String) throws {
        let split = try #require(BodyCleaner.splitDateline(paragraph))
        #expect(split.place == place)
        #expect(split.rest == rest)
    }

    @Test("a sentence that merely starts with a capitalised word keeps its text", arguments: [
        "U.S. forces - the Pentagon said - were attacked.",
        "NATO allies met in Brussels on Friday.",
    ])
    func notDatelines(paragraph: String) {
        #expect(BodyCleaner.splitDateline(paragraph) == nil)
    }

    @Test("trailing boilerplate is removed, story paragraphs are kept", arguments: [
        ("Related", true), ("Read more", true), ("Share this", true), ("© 2023 Reuters", true),
        ("Copyright 2023 The Associated Press. All rights reserved.", true),
        ("The views expressed in this article do not reflect the opinion of ICARO.", true),
        ("The minister said more talks were related to the ceasefire.", false),
    ])
    func boilerplate(paragraph: String, isBoilerplate: Bool) {
        #expect(BodyCleaner.isBoilerplate(paragraph) == isBoilerplate)
    }

    @Test("hard-wrapped paragraphs are joined, blank lines separate them")
    func wrappedParagraphs() {
        let lines = ["The talks began", "on Monday.", "", "They ended on Friday."]
        #expect(TextArticleReader.paragraphs(of: lines) == ["The talks began on Monday.", "They ended on Friday."])
    }
}
