/// Writes an article body as HTML paragraphs with the analysis's records marked in place.
///
/// Records overlap (a name inside a quote inside a claim), so the body is cut at every
/// record's start and end and each piece is one flat `<span>` carrying the classes and
/// record ids of all records covering it: no nesting to balance, any overlap renders.
/// Offsets are Unicode scalar offsets, as in the JSON; out-of-range ones are clamped.
struct Highlighter {
    struct Mark {
        var start: Int
        var end: Int
        /// CSS class: ent, trig, quote, claim, num.
        var kind: String
        var record: String
        /// What hovering shows.
        var label: String
    }

    static func html(body: String, marks: [Mark]) -> String {
        let scalars = Array(body.unicodeScalars)
        let marks = marks.compactMap { mark -> Mark? in
            var mark = mark
            mark.start = max(0, min(mark.start, scalars.count))
            mark.end = max(mark.start, min(mark.end, scalars.count))
            return mark.end > mark.start ? mark : nil
        }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var cuts = Set([0, scalars.count])
        for mark in marks { cuts.formUnion([mark.start, mark.end]) }
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { cuts.formUnion([index, index + 1]) }
        let points = cuts.sorted()
        var out = "<p>"
        var active: [Mark] = []
        var next = 0
        for (start, end) in zip(points, points.dropFirst()) {
            active.removeAll { $0.end <= start }
            while next < marks.count, marks[next].start <= start {
                active.append(marks[next])
                next += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            if text == "\n" {
                if !out.hasSuffix("<p>") { out += "</p><p>" }
                continue
            }
            guard !active.isEmpty else {
                out += HTML.escape(text)
                continue
            }
            let kinds = Set(active.map(\.kind)).sorted().joined(separator: " ")
            let records = active.map(\.record).joined(separator: " ")
            let labels = active.map(\.label).joined(separator: "\n")
            out += "<span class=\"\(kinds)\" data-r=\"\(HTML.escape(records))\" title=\"\(HTML.escape(labels))\">\(HTML.escape(text))</span>"
        }
        return out + "</p>"
    }
}
