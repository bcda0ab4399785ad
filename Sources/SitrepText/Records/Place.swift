/// A place the article names, resolved to the gazetteer where it can be.
public struct Place: Sendable, Hashable {
    public var name: String
    public var kind: Kind
    /// CAMEO country code the place lies in ("SYR"); for a country, its own code.
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Token ranges of each mention, in text order.
    public var mentions: [Range<Int>]

    public enum Kind: String, Sendable, Hashable, Codable {
        case country, region, territory, city, landmark, other
    }

    public init(name: String, kind: Kind, country: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
                mentions: [Range<Int>] = []) {
        self.name = name
        self.kind = kind
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.mentions = mentions
    }
}
