import Foundation

/// Builds the recognizer's gazetteer at training time from the Phoenix actor dictionaries
/// (PETRARCH2, MIT) and the CAMEO country table in `../shared/data`.
///
/// Phoenix records are a primary phrase, `+` synonyms and `[CODE date-range]` restrictions
/// (format in `phoenix/dictionaries.rst`). The dictionaries do not say what kind of thing a
/// record names, so the category is read from the record's shape:
///
/// - a record coded with a bare country code (`IRAN_ [IRN]`) lists the country, its cities
///   and provinces (places) and its adjectives: a one-word synonym that shares its first four
///   letters with the country ("IRANIAN") or ends in -ian/-can/-ese/-ish/-i is a nationality.
///   So does a territory's record, coded with a country code and three letters that name no
///   actor type (`GAZA_ [PSEGZA]`, `GUAM_ [USAGUM]`; `[PSEGOV]` is an organisation). Bare codes
///   that are actor types in `ontology/cameo_actor_types.csv` are not countries: `OSCE [IGO]`;
/// - a record with a dated code, or from CountryInfo/IGOrulers (heads of state), is a person,
///   listed without leading titles (`Titles`), and the first and last words of its names are
///   listed as given names and surnames, so "Hossein Smith" still looks like a person;
/// - every other record is an organisation (ministries, parties, armed groups, IGOs, NGOs);
/// - `ontology/cameo_countries.csv` names are places (countries and regions: "Middle East").
///
/// Adding the cities of the bundled `places.tsv` as places, from a population of 15,000, 50,000,
/// 100,000, 200,000 or 500,000 up, scored dev F1 65.76, 65.62, 66.46, 66.20 and 66.27 against
/// 65.90 without (UNER EWT test 68.40, 68.17, 67.83, 67.74, 67.39 against 67.59): no trend
/// beyond the spread between neighbouring thresholds, so the cities stay out.
public enum GazetteerBuilder {
    /// The files read under the data folder, for the model header.
    public static let files = [
        "phoenix/Phoenix.Countries.actors.txt", "phoenix/Phoenix.International.actors.txt",
        "phoenix/Phoenix.MilNonState.actors.txt", "ontology/cameo_countries.csv", "ontology/cameo_actor_types.csv",
    ]

    public static func build(data: URL) throws -> Gazetteer {
        let dictionaries = try files.prefix(3).flatMap { try records(in: read(data.appendingPathComponent($0))) }
        let actorTypes = try csvColumns(data.appendingPathComponent(files[4]), expected: "code,name").map { $0[0] }
        let places = PlaceCodes(records: dictionaries, actorTypes: Set(actorTypes))
        var names: [(words: [String], category: Gazetteer.Category)] = []
        for record in dictionaries {
            names += classify(record, isPlace: places.names(record))
        }
        for columns in try csvColumns(data.appendingPathComponent(files[3]), expected: "code,name,kind,…") {
            names.append((words(of: columns[1]), .place))
        }
        // Tokenizers differ on hyphens ("Ki-moon" or "Ki - moon"), so list names both ways.
        let split = names.filter { $0.words.contains { $0.count > 1 && $0.contains("-") } }
            .map { (words: splittingHyphens($0.words), category: $0.category) }
        return Gazetteer(names: (names + split).filter { !$0.words.isEmpty && !$0.words.contains("") })
    }

    struct Record {
        var phrases: [String] = []
        var codes: [String] = []
        var dated = false
        var ruler = false
    }

    /// The rows of a CSV file after its header, each with at least two columns. The ontology
    /// files end their lines in CR LF, one `Character`, so lines are split on any newline.
    private static func csvColumns(_ url: URL, expected: String) throws -> [[String]] {
        try read(url).split(whereSeparator: \.isNewline).enumerated().dropFirst().map { number, line in
            let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2 else { throw CorpusError(file: url.path, line: number + 1, problem: "expected \(expected)") }
            return columns
        }
    }

    private static func read(_ url: URL) throws -> String {
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            throw CorpusError(file: url.path, line: 0, problem: "cannot read the dictionary (\(error.localizedDescription)); pass --data with the shared data folder")
        }
    }

    static func records(in text: String) -> [Record] {
        var records: [Record] = []
        var current: Record?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let comment = rawLine.firstIndex(of: "#").map { String(rawLine[$0...]) } ?? ""
            let body = rawLine.firstIndex(of: "#").map { rawLine[..<$0] } ?? rawLine[...]
            let phrase = body.prefix { $0 != "[" }.trimmingCharacters(in: .whitespaces)
            let codes = body.split(separator: "[").dropFirst().map { $0.prefix { $0 != "]" } }
            let isCodeLine = rawLine.first == "\t" || rawLine.first == " "
            if !isCodeLine && !phrase.hasPrefix("+") {
                if let record = current { records.append(record) }
                current = Record()
            }
            if !isCodeLine && !phrase.isEmpty {
                current?.phrases.append(phrase.hasPrefix("+") ? String(phrase.dropFirst()) : phrase)
            }
            for code in codes {
                let parts = code.split(separator: " ")
                guard let name = parts.first else { continue }
                current?.codes.append(String(name))
                if parts.count > 1 { current?.dated = true }
            }
            if comment.contains("CountryInfo") || comment.contains("IGOrulers") { current?.ruler = true }
        }
        if let record = current { records.append(record) }
        return records
    }

    /// The codes that make a record a place: a country's (`IRN`), or a territory's (`PSEGZA`).
    struct PlaceCodes {
        let countries: Set<String>
        let actorTypes: Set<String>

        /// Countries are the bare three-letter codes of undated records, less actor types.
        init(records: [Record], actorTypes: Set<String>) {
            var countries: Set<String> = []
            for record in records where !record.dated && record.codes.allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isUppercase) }) {
                countries.formUnion(record.codes)
            }
            self.countries = countries.subtracting(actorTypes)
            self.actorTypes = actorTypes
        }

        func names(_ record: Record) -> Bool {
            !record.dated && !record.codes.isEmpty && record.codes.allSatisfy { code in
                countries.contains(String(code.prefix(3)))
                    && (code.count == 3 || (code.count == 6 && !actorTypes.contains(String(code.suffix(3)))))
            }
        }
    }

    static func classify(_ record: Record, isPlace: Bool) -> [(words: [String], category: Gazetteer.Category)] {
        guard let primary = record.phrases.first else { return [] }
        if isPlace {
            let stem = String(primary.prefix(4))
            return record.phrases.map { phrase in
                let oneWord = !phrase.trimmingCharacters(in: CharacterSet(charactersIn: "_ ")).contains(where: { $0 == "_" || $0 == " " })
                let adjective = oneWord && phrase != primary
                    && (phrase.hasPrefix(stem) || ["IAN", "CAN", "ESE", "ISH", "I"].contains { phrase.trimmingCharacters(in: CharacterSet(charactersIn: "_ ")).hasSuffix($0) })
                return (words(of: phrase), adjective ? .nationality : .place)
            }
        }
        guard record.dated || record.ruler else { return record.phrases.map { (words(of: $0), .organisation) } }
        var names: [(words: [String], category: Gazetteer.Category)] = []
        for phrase in record.phrases {
            let name = Array(words(of: phrase).drop { Titles.words.contains($0) })
            names.append((name, .person))
            if name.count >= 2, let first = name.first, let last = name.last {
                names.append(([first], .givenName))
                names.append(([last], .surname))
            }
        }
        return names
    }

    static func splittingHyphens(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            guard word.count > 1, word.contains("-") else { return [word] }
            var parts: [String] = []
            for (index, piece) in word.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { parts.append("-") }
                parts.append(String(piece))
            }
            return parts
        }
    }

    /// The lowercased words of a dictionary phrase ("HOSSEIN_AMIR-ABDOLLAHIAN_"); a phrase
    /// with a bracketed abbreviation or other markup is dropped (empty result).
    static func words(of phrase: String) -> [String] {
        guard !phrase.contains(where: { "()+{}<>*".contains($0) }) else { return [] }
        return phrase.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
    }
}
