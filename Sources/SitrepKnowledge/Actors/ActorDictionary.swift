import Foundation
import SitrepText

/// Every actor sitrep knows, indexed by normalised name: the bundled dictionaries (Phoenix
/// converted, sitrep's curated additions) and any the user adds.
///
/// ```swift
/// let dictionary = try ActorDictionary.bundled()
/// dictionary.lookup("Amīr-Abdollāhiyān", on: 20231026).first?.code   // "IRNGOV"
/// ```
/// Later files win: a name found in a user's file hides the same name in the bundled ones,
/// and within one file all entries of a name are kept, so the choice can be explained.
public struct ActorDictionary: Sendable {
    public private(set) var actors: [Actor] = []
    /// Normalised name → indices into `actors`, most recently added file first.
    private var index: [String: [Int]] = [:]
    /// Longest name in words, to bound phrase lookups in running text.
    public private(set) var longestName = 0
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    /// One match of a name: the actor and the code that holds on the day asked about.
    public struct Match: Sendable, Equatable {
        public var actor: Actor
        public var code: String?
        /// Higher for actors added later, which win the names they share with earlier ones.
        public var precedence: Int
    }

    public var nameCount: Int { index.count }

    /// Adds actors, ahead of those added before for the names they share.
    public mutating func add(_ added: [Actor], problems: [DictionaryProblem] = []) {
        var fresh: [String: [Int]] = [:]
        for actor in added {
            let position = actors.count
            actors.append(actor)
            for name in [actor.name] + actor.aliases {
                let key = Self.key(name)
                guard !key.isEmpty else { continue }
                if fresh[key]?.last != position { fresh[key, default: []].append(position) }
                longestName = max(longestName, key.split(separator: " ").count)
            }
        }
        for (key, positions) in fresh { index[key] = positions + (index[key] ?? []) }
        self.problems += problems
    }

    /// Adds a dictionary file: sitrep's format, or the PETRARCH/Phoenix format when the file
    /// has no '|' separated lines.
    public mutating func add(contentsOf url: URL, as name: String? = nil) throws {
        let file = name ?? url.path
        let text = try DictionaryProblem.text(of: url, file: file, kind: "actor dictionary")
        let isCurated = text.split(whereSeparator: \.isNewline).contains { !$0.hasPrefix("#") && $0.contains(" | ") }
        let read = isCurated ? CuratedActorFormat.read(text, file: file) : PhoenixActorReader.read(text, file: file)
        add(read.actors, problems: read.problems)
    }

    /// The actors a name may denote, the preferred first, each with its code on `day`
    /// (`yyyymmdd`; nil when the date is unknown).
    public func lookup(_ name: String, on day: Day?) -> [Match] {
        (index[Self.key(name)] ?? []).map { Match(actor: actors[$0], code: actors[$0].code(on: day), precedence: $0) }
    }

    /// The key names are compared by: case and diacritics folded, punctuation and
    /// underscores as spaces, dots dropped ("U.S." = "US"), spaces collapsed.
    public static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "." || scalar == "'" || scalar == "’" || scalar == "ʼ" || scalar == "ʿ" || scalar == "ʾ" { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// `key` for ASCII text without Foundation's folding, which costs more than the whole
    /// lookup; nil for other text.
    private static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") { continue }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The dictionaries that ship with sitrep (`Resources/*.actors.txt`), curated last so it
    /// takes precedence.
    public static func bundled() throws -> ActorDictionary {
        var dictionary = ActorDictionary()
        for name in ["phoenix.actors.txt", "sitrep.actors.txt"] {
            try dictionary.add(contentsOf: Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(name),
                               as: name)
        }
        return dictionary
    }
}
