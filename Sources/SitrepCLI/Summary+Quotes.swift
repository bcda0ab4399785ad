import Sitrep

extension Summary {
    /// The quotes, claims and numbers of `sitrep extract` without --json, one line each.
    static func speech(of analysis: Analysis, width: Int) -> [String] {
        var lines: [String] = []
        let clip = { (text: String) in text.count > width ? String(text.prefix(max(10, width - 3))) + "…" : text }
        if !analysis.quotes.isEmpty { lines.append("Quotes:") }
        for quote in analysis.quotes {
            let via = quote.speaker.via.map { " via \($0.name)" } ?? ""
            let cue = quote.verb.map { " (\($0))" } ?? ""
            lines.append(clip("  \(quote.kind)  \(quote.speaker.name.isEmpty ? "?" : quote.speaker.name)\(via)\(cue): \(quote.text)"))
        }
        if !analysis.claims.isEmpty { lines.append("Claims:") }
        let claimants = Dictionary(analysis.claims.map { ($0.id, $0.claimant.name) }, uniquingKeysWith: { first, _ in first })
        for claim in analysis.claims {
            let link = claim.disputes.map { " → disputes \($0) (\(claimants[$0] ?? "?"))" }
                ?? claim.restates.map { " → restates \($0) (\(claimants[$0] ?? "?"))" } ?? ""
            lines.append(clip("  \(claim.id) \(claim.stance)  \(claim.claimant.name)\(link): \(claim.text)"))
        }
        if !analysis.numbers.isEmpty { lines.append("Numbers:") }
        for number in analysis.numbers {
            let upper = number.upper.map { number.value == $0 ? "" : "–\(Self.plain($0))" } ?? ""
            lines.append("  \(Self.plain(number.value))\(upper) \(number.unit ?? "")  \"\(number.text)\"")
        }
        return lines
    }

    /// 1400 rather than 1400.0; 1.2 stays 1.2.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
