import SitrepText

/// The Numbers stage: every count the article reports, with its qualifier and what it counts.
///
/// ```
/// "the loss of over 1,400 lives"          1400, qualifier "over", unit "people killed"
/// "approximately 900 additional troops"   900, "approximately", "troops"
/// "dozens of civilians were wounded"      12 (at least), "dozens", "people injured"
/// "killed an American contractor"         1, unit "contractor killed"
/// "on March 23", "in 2023", "at 3:15"     not counts
/// ```
public struct NumberReader: Stage {
    public let name = "Numbers"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags, .lemmas, .dependencies]
    public let provides: Set<Layer> = [.quantities]

    public init() {}

    public func process(_ document: inout Document) throws {
        document.setQuantities(quantities(in: document))
    }

    /// The quantities of a parsed document, in text order.
    public func quantities(in document: Document) -> [Quantity] {
        let tree = SyntaxTree(document)
        let units = CountedUnit(tree)
        var found: [Quantity] = []
        var index = 0
        while index < document.tokens.count {
            guard let numeral = numeral(at: index, document) else {
                if let single = units.indefiniteCasualty(at: index, after: found.last) { found.append(single) }
                index += 1
                continue
            }
            index = numeral.range.upperBound
            guard !isNotACount(numeral, document) else { continue }
            var quantity = Quantity(tokens: numeral.range, value: numeral.value)
            if numeral.isVague { quantity.qualifier = document.text(of: numeral.range.lowerBound).lowercased() }
            if let upper = upperBound(after: numeral.range, document) {
                quantity.upperBound = upper.value
                quantity.tokens = numeral.range.lowerBound..<upper.range.upperBound
                index = upper.range.upperBound
            }
            if let qualifier = Qualifier.before(numeral.range.lowerBound, document) {
                quantity.qualifier = qualifier.words
                quantity.tokens = qualifier.range.lowerBound..<quantity.tokens.upperBound
                if qualifier.isUpperBound { quantity.upperBound = quantity.value }
            }
            (quantity.unit, quantity.unitTokens) = units.unit(of: numeral.range, document)
            if !units.isDuration(quantity.unitTokens) { found.append(quantity) }
        }
        return found
    }

    /// A numeral read from the tokens, before deciding whether it is a count.
    struct Reading {
        var range: Range<Int>
        var value: Double
        var isVague: Bool
    }

    /// The numeral starting at `start`: a run of numeral tokens ("1.2 million", "tens of
    /// thousands", "a dozen").
    func numeral(at start: Int, _ document: Document) -> Reading? {
        var parts: [Numeral.PartAt] = []
        var index = start
        if ["a", "an"].contains(document.text(of: start).lowercased()), start + 1 < document.tokens.count,
            case .scale = Numeral.part(document.text(of: start + 1))
        {
            parts.append(.init(part: .value(1), token: start))
            index += 1
        }
        while index < document.tokens.count, let part = Numeral.part(document.text(of: index)) {
            if !accepts(part, at: index, after: parts, document) { break }
            parts.append(.init(part: part, token: index))
            index += 1
            let ofFollows = index + 1 < document.tokens.count && document.text(of: index).lowercased() == "of"
            if case .vague = part, ofFollows, case .vague = Numeral.part(document.text(of: index + 1)) { index += 1 }
        }
        guard let last = parts.last, let value = Numeral.combine(parts.map(\.part)) else { return nil }
        let isVague = parts.contains { if case .vague = $0.part { true } else { false } }
        if isVague, !isVagueCount(at: last.token, document) { return nil }
        return Reading(range: start..<(last.token + 1), value: value, isVague: isVague)
    }

    /// Digits and number words must be tagged as numbers; scale words must follow a value;
    /// "one" counts only when it modifies a noun ("one soldier", not "no one").
    private func accepts(_ part: Numeral.Part, at index: Int, after parts: [Numeral.PartAt], _ document: Document)
        -> Bool
    {
        switch part {
        case .value:
            if let last = parts.last, case .value = last.part { return false }
            let isNumber = document.upos[index] == .NUM || document.xpos[index] == "CD"
            if document.text(of: index).lowercased() == "one" { return isNumber && document.relations[index].rawValue == "nummod" }
            return isNumber
        case .scale:
            return !parts.isEmpty
        case .vague:
            return parts.isEmpty || parts.allSatisfy { if case .vague = $0.part { true } else { false } }
        }
    }

    /// "dozens of people", or "thousands" standing alone as a subject or object; not "tens"
    /// or "scores" without "of" ("test scores").
    private func isVagueCount(at index: Int, _ document: Document) -> Bool {
        let next = index + 1 < document.tokens.count ? document.text(of: index + 1).lowercased() : ""
        if next == "of" { return true }
        let word = document.text(of: index).lowercased()
        let relation = document.relations[index].universal
        return ["dozens", "hundreds", "thousands", "millions"].contains(word) && ["nsubj", "obj"].contains(relation)
    }

    /// Dates, years, clock times, ordinals, ages ("Sam, 42,"), names with numbers
    /// ("Resolution 2334", "STS-135", "the 747") and back-references ("the two leaders") are
    /// not counts.
    private func isNotACount(_ numeral: Reading, _ document: Document) -> Bool {
        let first = numeral.range.lowerBound
        let last = numeral.range.upperBound - 1
        let text = document.text(of: first)
        if text.contains(":") || text.contains("/") { return true }
        let lower = text.lowercased()
        if ["st", "nd", "rd", "th"].contains(where: { lower.hasSuffix($0) }) { return true }
        let previous = first > 0 ? document.text(of: first - 1) : ""
        let next = last + 1 < document.tokens.count ? document.text(of: last + 1) : ""
        if Self.months.contains(previous.lowercased().trimmingTrailingDot) || Self.months.contains(next.lowercased()) { return true }
        if Self.clockWords.contains(next.lowercased()) { return true }
        let modifiesNoun = document.relations[last].rawValue == "nummod"
        let isYearLike = numeral.range.count == 1 && !text.contains(",") && !text.contains(".") && text.count == 4
            && (1800...2100).contains(numeral.value)
        if isYearLike, !(modifiesNoun && last + 1 < document.tokens.count && document.xpos[last + 1] == "NNS") { return true }
        if numeral.isVague { return false }
        let followsName = first > 0 && document.xpos[first - 1] == "NNP" && !modifiesNoun
        let gluedToHyphen = first > 0 && previous == "-" && document.tokens[first - 1].utf8.upperBound == document.tokens[first].utf8.lowerBound
        let namedByArticle = previous.lowercased() == "the" && !modifiesNoun
        let isAge = previous == "," && first > 1 && document.upos[first - 2] == .PROPN && [",", ")"].contains(next)
        // "the two leaders", "these three men": a small count spelled out after a definite
        // word refers back to people already named; it reports nothing new.
        let refersBack = ["the", "these", "those"].contains(previous.lowercased()) && modifiesNoun && numeral.range.count == 1
            && numeral.value <= 10 && text.allSatisfy(\.isLetter)
        return followsName || gluedToHyphen || namedByArticle || isAge || refersBack
    }

    /// "10 to 20", "between 10 and 20", "10-20": the upper numeral.
    private func upperBound(after range: Range<Int>, _ document: Document) -> Reading? {
        let joiner = range.upperBound
        guard joiner + 1 < document.tokens.count else { return nil }
        let word = document.text(of: joiner).lowercased()
        let between = range.lowerBound > 0 && document.text(of: range.lowerBound - 1).lowercased() == "between"
        guard ["to", "-", "–"].contains(word) || (word == "and" && between) else { return nil }
        return numeral(at: joiner + 1, document).flatMap { $0.isVague ? nil : $0 }
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let clockWords: Set<String> = ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock"]
}

extension String {
    fileprivate var trimmingTrailingDot: String { hasSuffix(".") ? String(dropLast()) : self }
}
