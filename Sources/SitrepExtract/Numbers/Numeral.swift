/// English numerals as news writes them: digits ("1,400", "1.2"), words ("four",
/// "twenty-five"), scale words ("million", "bn") and the vague plurals event datasets read
/// conservatively ("dozens" is at least 12, "hundreds" at least 100, as ACLED codes them).
enum Numeral {
    /// What one token contributes to a numeral.
    enum Part: Equatable {
        /// A value that adds: "four", "1,400", "twenty-five".
        case value(Double)
        /// A multiplier: "hundred", "million", "dozen".
        case scale(Double)
        /// A vague plural and its conservative value: "dozens" (12), "thousands" (1000).
        case vague(Double)
    }

    /// A part and the token it was read from.
    struct PartAt {
        var part: Part
        var token: Int
    }

    /// The part a token plays, or nil when it is no numeral.
    static func part(_ word: String) -> Part? {
        let lower = word.lowercased()
        if let scale = scales[lower] { return .scale(scale) }
        if let vague = vagues[lower] { return .vague(vague) }
        if let value = wordValue(lower) { return .value(value) }
        return digitValue(lower).map(Part.value)
    }

    /// Combines the parts of one numeral in reading order: "one hundred twenty" is 120,
    /// "1.2 million" 1,200,000, "tens of thousands" (vague parts) 10,000.
    static func combine(_ parts: [Part]) -> Double? {
        var total = 0.0
        var current = 0.0
        var seen = false
        for part in parts {
            switch part {
            case .value(let value):
                current += value
            case .scale(let scale), .vague(let scale):
                current = (current == 0 ? 1 : current) * scale
                if scale >= 1000 {
                    total += current
                    current = 0
                }
            }
            seen = true
        }
        return seen ? total + current : nil
    }

    /// "1,400" → 1400, "1.2" → 1.2, "12" → 12; not "1,40" or "3:15".
    private static func digitValue(_ word: String) -> Double? {
        guard let first = word.unicodeScalars.first, ("0"..."9").contains(first) else { return nil }
        let groups = word.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 && !$0.contains(".") }) { return nil }
        return Double(groups.joined())
    }

    /// "four" → 4, "twenty-five" → 25.
    private static func wordValue(_ word: String) -> Double? {
        if let value = smallNumbers[word] { return value }
        let pieces = word.split(separator: "-")
        guard pieces.count == 2, let tens = smallNumbers[String(pieces[0])], tens >= 20,
            let unit = smallNumbers[String(pieces[1])], unit < 10
        else { return nil }
        return tens + unit
    }

    private static let smallNumbers: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    private static let scales: [String: Double] = [
        "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "mln": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
    ]

    private static let vagues: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10,
    ]
}
