/// What a named-entity mention names.
///
/// PER, ORG and LOC are the types every corpus sitrep trains on agrees about; `OTH` holds
/// nationality and group adjectives ("Iranian", "Shiite") and other names, which resolution
/// still uses ("Iranian mission" → IRN).
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    case PER, ORG, LOC, OTH

    public var description: String { rawValue }
}
