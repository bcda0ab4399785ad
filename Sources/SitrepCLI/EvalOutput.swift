import Foundation

/// How every `sitrep eval` command prints its result: the JSON line scripts read, or an
/// aligned table for people.
enum EvalOutput {
    /// `{"task": …, "gold": …, "count": N, "metrics": {…}}`, metrics in the order given.
    static func json(task: String, gold: String, count: Int, metrics: [(name: String, value: Double)]) -> String {
        let fields = metrics.map { "\(quoted($0.name)): \(String(format: "%.2f", $0.value))" }
        return "{\"task\": \(quoted(task)), \"gold\": \(quoted(gold)), \"count\": \(count), \"metrics\": {"
            + fields.joined(separator: ", ") + "}}"
    }

    static func table(_ metrics: [(name: String, value: Double)]) -> String {
        let width = metrics.map(\.name.count).max() ?? 0
        return metrics.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(format: "%6.2f", $0.value) }
            .joined(separator: "\n")
    }

    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
