import Foundation
import SitrepText

/// One place the gazetteer knows: a country, capital, city, territory or region.
public struct GazetteerEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var kind: Place.Kind
    /// The capital of its country.
    public var isCapital: Bool
    /// CAMEO code: the country's own for countries and multi-country regions ("MEA"), the
    /// country it lies in for the rest.
    public var code: String
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int

    /// How strongly a bare name means this place rather than a namesake: countries before
    /// territories and regions before capitals before other cities.
    public var rank: Int {
        switch kind {
        case .country: 4
        case .territory, .region: 3
        case .city: isCapital ? 2 : 1
        case .landmark, .other: 0
        }
    }
}

/// Countries, capitals, cities over 15,000 people, territories and news regions, by
/// normalised name: `Resources/places.tsv`, built from GeoNames by `Tools/make-places.py`.
///
/// ```swift
/// let places = try PlaceGazetteer.bundled()
/// places.lookup("Tehran").first?.isCapital   // true
/// ```
public struct PlaceGazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry] = []
    private var index: [String: [Int]] = [:]
    private var countries: [String: Int] = [:]
    private var capitals: [String: Int] = [:]
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    /// Reads the tab-separated format: kind, name, aliases (|), code, ISO-2, latitude,
    /// longitude, population; `#` lines are comments.
    public init(tsv text: String, file: String) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8, let kind = Self.kinds[fields[0]] else {
                problems.append(DictionaryProblem(file: file, line: number + 1, problem: "expected 8 tab-separated fields starting with a kind (country, capital, city, territory, region)"))
                continue
            }
            add(GazetteerEntry(name: fields[1], aliases: fields[2].split(separator: "|").map(String.init), kind: kind,
                               isCapital: fields[0] == "capital", code: fields[3], latitude: Double(fields[5]),
                               longitude: Double(fields[6]), population: Int(fields[7]) ?? 0))
        }
    }

    public mutating func add(_ entry: GazetteerEntry) {
        let position = entries.count
        entries.append(entry)
        for name in [entry.name] + entry.aliases {
            let key = ActorDictionary.key(name)
            if !key.isEmpty, index[key]?.last != position { index[key, default: []].append(position) }
        }
        if entry.kind == .country, countries[entry.code] == nil { countries[entry.code] = position }
        if entry.isCapital, capitals[entry.code] == nil { capitals[entry.code] = position }
    }

    /// Places a name may denote, the likeliest first: by kind, then by population.
    public func lookup(_ name: String) -> [GazetteerEntry] {
        (index[ActorDictionary.key(name)] ?? []).map { entries[$0] }
            .sorted { ($0.rank, $0.population) > ($1.rank, $1.population) }
    }

    /// The country with a CAMEO code.
    public func country(code: String) -> GazetteerEntry? { countries[code].map { entries[$0] } }

    /// The capital of the country with a CAMEO code.
    public func capital(of code: String) -> GazetteerEntry? { capitals[code].map { entries[$0] } }

    static let kinds: [String: Place.Kind] = [
        "country": .country, "capital": .city, "city": .city, "territory": .territory, "region": .region,
    ]

    /// The gazetteer sitrep ships.
    public static func bundled() throws -> PlaceGazetteer {
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent("places.tsv")
        do {
            return PlaceGazetteer(tsv: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: "places.tsv")
        } catch {
            throw DictionaryProblem(file: url.path, line: 0, problem: "cannot read the gazetteer (\(error.localizedDescription))")
        }
    }
}
