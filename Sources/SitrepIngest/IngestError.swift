/// Why a source could not be read as articles. Every case names the file (and line where
/// there is one) and says what to do.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String, kind: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case noBody(file: String)
    case malformedJSON(file: String, line: Int?, reason: String)
    case malformedFeed(file: String, reason: String)
    case fetchFailed(FetchError)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read: \(reason)"
        case .empty(let file):
            "\(file): the file is empty"
        case .binary(let file, let kind):
            "\(file): this is a binary file (\(kind)), not an article; sitrep reads text, JSON and JSON Lines"
        case .tooLarge(let file, let bytes, let limit):
            "\(file): \(bytes / 1_000_000) MB is too large for one article (the limit is \(limit / 1_000_000) MB); split it, or put one article per line in a .jsonl file"
        case .noBody(let file):
            "\(file): no article body found (only header lines)"
        case .malformedJSON(let file, let line, let reason):
            if let line { "\(file):\(line): not a JSON article: \(reason)" } else { "\(file): not a JSON article: \(reason)" }
        case .fetchFailed(let error):
            "\(error)"
        case .malformedFeed(let file, let reason):
            "\(file): not a readable RSS, Atom or JSON feed: \(reason)"
        }
    }
}

/// Something worth telling the user about an article that was still read.
public struct IngestWarning: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
