import Foundation
import SitrepText

/// A day as `yyyymmdd`, the granularity of every date range in the dictionaries.
public typealias Day = Int

/// An actor code that holds over a span of days: `IRNGOV 2021-08-03..2024-05-19`.
public struct DatedCode: Sendable, Hashable, CustomStringConvertible {
    public var code: String
    /// First day it holds, inclusive; nil for "always before".
    public var from: Day?
    /// Last day it holds, inclusive; nil for "ever after".
    public var to: Day?

    public init(code: String, from: Day? = nil, to: Day? = nil) {
        self.code = code
        self.from = from
        self.to = to
    }

    public var isUndated: Bool { from == nil && to == nil }

    public func holds(on day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }

    /// The dictionary spelling: `IRNGOV`, `IRNGOV 2021-08-03..`, `IRNGOV ..2024-05-19`.
    public var description: String {
        guard !isUndated else { return code }
        return "\(code) \(from.map(DatedCode.text) ?? "")..\(to.map(DatedCode.text) ?? "")"
    }

    public static func text(_ day: Day) -> String {
        let year = day / 10_000
        let month = day / 100 % 100
        let date = day % 100
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(date < 10 ? "0" : "")\(date)"
    }
}

/// Someone or something events are coded to: a person, an organisation, a place as an
/// actor, with the codes it carries over time and the names it goes by.
public struct Actor: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// PER, ORG or LOC when the dictionary says; Phoenix records do not.
    public var type: EntityType?
    /// Dated codes first as written; an undated code is the default when no dated one holds.
    public var codes: [DatedCode]
    public var country: String?
    /// Office or description: "President of Iran (2021–2024)".
    public var title: String?
    /// Where the entry was read: "actors.txt:214".
    public var origin: String

    public init(name: String, aliases: [String] = [], type: EntityType? = nil, codes: [DatedCode],
                country: String? = nil, title: String? = nil, origin: String) {
        self.name = name
        self.aliases = aliases
        self.type = type
        self.codes = codes
        self.country = country
        self.title = title
        self.origin = origin
    }

    /// The code that holds on `day`: a dated code covering it, else the undated default,
    /// else (with no day known) the most recent dated code.
    public func code(on day: Day?) -> String? {
        if let day, let dated = codes.first(where: { !$0.isUndated && $0.holds(on: day) }) { return dated.code }
        if let undated = codes.first(where: \.isUndated) { return undated.code }
        guard day == nil else { return nil }
        return codes.max { ($0.to ?? Day.max) < ($1.to ?? Day.max) }?.code
    }
}

/// A dictionary line that could not be read; the rest of the file still loads.
public struct DictionaryProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: String

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }

    /// The text of a user's dictionary file, or a problem naming it and why it cannot be read.
    static func text(of url: URL, file: String, kind: String) throws -> String {
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw DictionaryProblem(file: file, line: 0, problem: "cannot read the \(kind) (\(reason))")
        }
    }
}
