import SitrepKnowledge
import Testing

@Suite("Event dictionary lookup")
struct EventDictionaryTests {
    static func keys(_ words: [String]) -> SentenceKeys { SentenceKeys(words.map(EventPattern.Element.key)) }

    @Test("sentence keys answer membership exactly as a set does")
    func membership() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let present = (0..<Int.random(in: 0...120, using: &random)).map { _ in Int.random(in: Int.min...Int.max, using: &random) }
            let keys = SentenceKeys(present + present.prefix(5))
            #expect(keys.count == Set(present).count)
            #expect(present.allSatisfy(keys.contains))
            let absent = (0..<200).map { _ in Int.random(in: Int.min...Int.max, using: &random) }.filter { !present.contains($0) }
            #expect(!absent.contains(where: keys.contains))
        }
    }

    @Test("a frame naming a word the sentence lacks is never tried; the first frame that matches wins, in order")
    func firstPattern() {
        let read = EventPatternFormat.read("""
            attack [190] obj=embassy
            attack [193] obj=convoy|column
            attack [190]
            """, file: "test", idPrefix: "t")
        let dictionary = EventDictionary(read.patterns)
        var tried: [String] = []
        let found = dictionary.firstPattern(for: "attack", .verb, among: Self.keys(["rebel", "attack", "attacked", "a", "column"])) { pattern in
            tried.append(pattern.id)
            return pattern.code == "193"
        }
        #expect(found?.code == "193")
        #expect(tried.count == 1, "the embassy frame is ruled out by its word, not tried")
        let fallback = dictionary.firstPattern(for: "attack", .verb, among: Self.keys(["rebel", "attack"])) { $0.elements.isEmpty }
        #expect(fallback?.code == "190")
        #expect(dictionary.firstPattern(for: "praise", .verb, among: Self.keys(["praise"])) { _ in true } == nil)
    }
}
