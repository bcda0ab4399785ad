/// A CAMEO actor code read as GDELT splits it: three-letter parts, a country first when
/// there is one, then role types, and a known group for what is neither ("PSEREBHMS" →
/// country PSE, type REB, group HMS; "IGOUNO" → type IGO, group UNO).
struct ActorCode: Equatable {
    var country: String?
    var knownGroup: String?
    var types: [String]

    /// CAMEO's actor type codes (GDELT's `CAMEO.type.txt`).
    static let typeCodes: Set<String> = [
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS",
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
    ]

    init(_ code: String) {
        var parts: [String] = []
        var rest = Substring(code)
        while !rest.isEmpty {
            parts.append(String(rest.prefix(3)))
            rest = rest.dropFirst(3)
        }
        country = nil
        knownGroup = nil
        types = []
        for (index, part) in parts.enumerated() {
            if Self.typeCodes.contains(part) {
                types.append(part)
            } else if index == 0 {
                country = part
            } else if knownGroup == nil {
                knownGroup = part
            }
        }
    }
}
