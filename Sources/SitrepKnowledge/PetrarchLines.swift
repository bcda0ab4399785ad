import Foundation

/// The lines of a dictionary in the PETRARCH/TABARI family (actors, agents, verbs) with their
/// comments removed: `#` to the end of a line, and `<!-- … -->` blocks, which may span lines.
/// Every line outside a comment block is kept, empty or not, with its 1-based number, so
/// readers can report problems by line and treat a blank line as the end of a block.
enum PetrarchLines {
    static func read(_ text: String) -> [(number: Int, content: String)] {
        var lines: [(number: Int, content: String)] = []
        var inComment = false
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = Substring(rawLine)
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                inComment = false
                line = line[end.upperBound...]
            }
            if let start = line.range(of: "<!--") {
                if line[start.upperBound...].range(of: "-->") == nil { inComment = true }
                line = line[..<start.lowerBound]
            }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            lines.append((index + 1, line.trimmingCharacters(in: .whitespaces)))
        }
        return lines
    }
}
