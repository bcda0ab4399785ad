import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the CLI needs from the terminal: whether a stream is one, its width, and a place
/// for messages that must not mix with piped output.
enum Terminal {
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Columns of the terminal on standard output; `$COLUMNS` or 80 when it is not one.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `text` wrapped at word boundaries to `width` columns; paragraphs stay apart.
    static func wrap(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n").map { line in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// A one-line progress bar on standard error, redrawn in place; silent when standard error
/// is not a terminal or the job is small.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private var done = 0

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = Terminal.errorIsTerminal && total > 3
    }

    private let label: String

    mutating func advance(by count: Int = 1) {
        done += count
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(label)".utf8))
    }

    /// Clears the bar so the next line starts clean.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
