import SitrepText

/// The words before a number that say how exact it is: "over", "approximately", "at least",
/// "up to", "nearly", "more than", ...
struct Qualifier {
    /// As written, lowercased ("at least").
    var words: String
    var range: Range<Int>
    /// "up to", "at most": the number bounds the count from above.
    var isUpperBound: Bool

    /// The qualifier ending right before token `start`, longest phrase first.
    static func before(_ start: Int, _ document: Document) -> Qualifier? {
        for phrase in phrases where phrase.count <= start {
            let range = (start - phrase.count)..<start
            guard zip(range, phrase).allSatisfy({ document.text(of: $0.0).lowercased() == $0.1 }) else { continue }
            let words = phrase.joined(separator: " ")
            return Qualifier(words: words, range: range, isUpperBound: upperBounds.contains(words))
        }
        return nil
    }

    private static let upperBounds: Set<String> = ["up to", "at most", "as many as", "no more than", "fewer than", "less than", "under", "nearly", "almost", "just under"]

    private static let phrases: [[String]] = [
        "no more than", "as many as", "more than", "fewer than", "less than", "at least", "at most", "up to",
        "upwards of", "in excess of", "close to", "just over", "just under", "an estimated", "some", "over", "about",
        "approximately", "around", "roughly", "nearly", "almost", "estimated", "under", "only",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
}
