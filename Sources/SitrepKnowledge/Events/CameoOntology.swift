import Foundation

/// The CAMEO event codebook: each code's name and Goldstein value, its root and QuadClass,
/// and the PLOVER event type and mode it maps to (`Resources/cameo.events.tsv`; see
/// PROVENANCE.md).
///
/// ```swift
/// let cameo = try CameoOntology.bundled()
/// cameo.entry("138")?.plover        // PLOVER(type: "THREATEN", mode: "violence")
/// CameoOntology.quadClass(root: "19") // 4: material conflict
/// ```
public struct CameoOntology: Sendable {
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var goldstein: Double?
        public var ploverType: String?
        public var ploverMode: String?
    }

    private var entries: [String: Entry] = [:]

    public init(entries: [Entry]) {
        for entry in entries { self.entries[entry.code] = entry }
    }

    /// The entry of a code, or of its nearest listed parent ("0256" → "025") for codes the
    /// table lacks.
    public func entry(_ code: String) -> Entry? {
        var key = code
        while !key.isEmpty {
            if let entry = entries[key] { return entry }
            key.removeLast()
        }
        return nil
    }

    /// The two-digit root of a code ("0256" → "02").
    public static func root(_ code: String) -> String { String(code.prefix(2)) }

    /// The "express intent to …" code (03x) of a cooperative act, for what a source promises
    /// or says it will do: consult → 036, diplomatic cooperation → 030, material cooperation
    /// → 031, aid → 033 (keeping its kind: military aid 072 → 0332), yield → 035.
    public static func intent(toDo code: String) -> String? {
        switch root(code) {
        case "03": code
        case "04": "036"
        case "05": "030"
        case "06": "031"
        case "07": ["071": "0331", "072": "0332", "073": "0333", "074": "0334"][String(code.prefix(3))] ?? "033"
        case "08": "035"
        default: nil
        }
    }

    /// GDELT's QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20).
    public static func quadClass(root: String) -> Int? {
        guard let value = Int(root), (1...20).contains(value) else { return nil }
        return value <= 5 ? 1 : value <= 9 ? 2 : value <= 14 ? 3 : 4
    }

    /// Reads `code<TAB>name<TAB>goldstein<TAB>plover type<TAB>plover mode`, `#` comments.
    public static func read(_ text: String) -> CameoOntology {
        let entries = text.split(whereSeparator: \.isNewline).compactMap { line -> Entry? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            return Entry(code: fields[0], name: fields[1], goldstein: Double(fields[2]),
                         ploverType: fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil,
                         ploverMode: fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil)
        }
        return CameoOntology(entries: entries)
    }

    public static func bundled() throws -> CameoOntology {
        guard let url = Bundle.module.url(forResource: "cameo.events", withExtension: "tsv", subdirectory: "Resources") else {
            throw DictionaryProblem(file: "cameo.events.tsv", line: 0, problem: "not in the SitrepKnowledge bundle; rebuild sitrep")
        }
        return read(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
}
