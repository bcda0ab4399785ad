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

    /// The "threaten to …" code (13x) of a conflictual act a source threatens: sanctions and
    /// cuts (16x) → 131x/134–136, coercion (17x) → 132x or 137, force (15, 18–20) → 138, or
    /// 1381/1382 for a blockade or an occupation.
    /// Nil below 15, where a threat has no code of its own.
    public static func threat(toDo code: String) -> String? {
        let three = String(code.prefix(3))
        switch root(code) {
        case "15": return "138"
        case "16": return ["161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"][three] ?? "131"
        case "17":
            if three == "172" { return ["1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"][code] ?? "132" }
            return three == "174" ? "136" : "137"
        case "18", "20": return "138"
        case "19": return ["191": "1381", "192": "1382"][three] ?? "138"
        default: return nil
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
