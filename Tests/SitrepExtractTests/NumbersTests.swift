import SitrepExtract
import SitrepTestSupport
import SitrepText
import Testing

@Suite("Numbers")
struct NumbersTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        /// (value, upper bound, qualifier, unit) for each count, in text order.
        var counts: [Count]
        var description: String { sentence }
    }

    struct Count: Sendable, Equatable {
        var value: Double
        var upper: Double? = nil
        var qualifier: String? = nil
        var unit: String? = nil
    }

    static let cases: [Case] = [
        Case(sentence: "The attack resulted in the loss of over 1,400 lives, predominantly civilians.",
             counts: [Count(value: 1400, qualifier: "over", unit: "people killed")]),
        Case(sentence: "The Pentagon said approximately 900 additional U.S. troops have been deployed.",
             counts: [Count(value: 900, qualifier: "approximately", unit: "troops")]),
        Case(sentence: "U.S. forces have been targeted 12 times in Iraq and four times in Syria.",
             counts: [Count(value: 12, unit: "times"), Count(value: 4, unit: "times")]),
        Case(sentence: "Dozens of civilians were wounded in the shelling.",
             counts: [Count(value: 12, qualifier: "dozens", unit: "people injured")]),
        Case(sentence: "Up to 30 people were arrested after the protest.",
             counts: [Count(value: 30, upper: 30, qualifier: "up to", unit: "people arrested")]),
        Case(sentence: "The ministry received $1.2 million in aid.",
             counts: [Count(value: 1_200_000, unit: "dollars")]),
        Case(sentence: "Tens of thousands of people fled the city.",
             counts: [Count(value: 10_000, qualifier: "tens", unit: "people")]),
        Case(sentence: "Rebels attacked the town on March 23, 2023, at 3:15 p.m. for the third time.", counts: []),
        Case(sentence: "The two leaders pledged to coordinate their response to the 40 migrants.",
             counts: [Count(value: 40, unit: "migrants")]),
        Case(sentence: "A drone attack killed an American contractor, injured another, and harmed five U.S. troops.",
             counts: [Count(value: 1, unit: "contractor killed"), Count(value: 1, unit: "contractor injured"),
                      Count(value: 5, unit: "troops harmed")]),
        Case(sentence: "At least 18 people were killed and dozens injured when a car bomb exploded.",
             counts: [Count(value: 18, qualifier: "at least", unit: "people killed"), Count(value: 12, qualifier: "dozens", unit: "people injured")]),
        Case(sentence: "Gunmen shot dead three soldiers, and five people were stabbed to death. Police found two dead bodies.",
             counts: [Count(value: 3, unit: "soldiers killed"), Count(value: 5, unit: "people killed"), Count(value: 2, unit: "bodies")]),
    ]

    @Test("counts come with their qualifier and unit; dates, years, times and ordinals are no counts",
          arguments: cases)
    func counts(_ example: Case) throws {
        let document = try SharedAnalyzer.analyze(example.sentence)
        let found = document.quantities.map {
            Count(value: $0.value, upper: $0.upperBound, qualifier: $0.qualifier, unit: $0.unit)
        }
        #expect(found == example.counts)
    }

    @Test("a count's tokens cover its qualifier and its digits")
    func tokens() throws {
        let document = try SharedAnalyzer.analyze("At least 15 people were killed.")
        let quantity = try #require(document.quantities.first)
        #expect(document.text(of: quantity.tokens) == "At least 15")
        #expect(quantity.unitTokens.map { document.text(of: $0) } == "people")
    }
}
