import SitrepText

extension Document {
    /// The relative word after a comma (", which", ", who", ", whose", ", where") that opens
    /// the clause `token` stands in, the last one before it in `sentence`: a phrase there
    /// ("according to the ministry") speaks for that clause alone.
    func relativeOpening(before token: Int, in sentence: Range<Int>) -> Int? {
        (sentence.lowerBound..<token).last { word in
            word > sentence.lowerBound && ["which", "who", "whose", "where"].contains(text(of: word).lowercased()) && text(of: word - 1) == ","
        }
    }
}
