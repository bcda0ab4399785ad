/// A number the article reports, read conservatively: "over 1,400 lives" is at least 1,400,
/// "dozens" at least 12 (as ACLED codes vague counts).
public struct Quantity: Sendable, Hashable {
    /// The tokens of the number and its qualifier ("over 1,400").
    public var tokens: Range<Int>
    /// The conservative value: the lower bound of a range.
    public var value: Double
    /// The upper bound when the text gives one ("up to 30", "between 10 and 20").
    public var upperBound: Double?
    /// "over", "about", "at least", "up to", "nearly", ... as written, lowercased.
    public var qualifier: String?
    /// What is counted, normalised: "people killed", "troops", "attacks", "times", "dollars".
    public var unit: String?
    /// The words the unit was read from.
    public var unitTokens: Range<Int>?

    public init(tokens: Range<Int>, value: Double, upperBound: Double? = nil, qualifier: String? = nil,
                unit: String? = nil, unitTokens: Range<Int>? = nil) {
        self.tokens = tokens
        self.value = value
        self.upperBound = upperBound
        self.qualifier = qualifier
        self.unit = unit
        self.unitTokens = unitTokens
    }
}
