import Foundation

/// Time-zone names news sites print after a time, mapped to what they mean.
///
/// Regional names without a season ("ET") follow daylight saving through the IANA zone;
/// explicit ones ("EST", "EDT") are fixed offsets.
enum TimeZones {
    static func zone(named name: String) -> TimeZone? {
        let key = name.uppercased().replacingOccurrences(of: ".", with: "")
        if let identifier = regional[key] { return TimeZone(identifier: identifier) }
        if let hours = fixed[key] { return TimeZone(secondsFromGMT: Int(hours * 3600)) }
        return nil
    }

    /// A numeric offset: "Z", "+0200", "+02:00", "-05".
    static func offset(_ text: String) -> Int? {
        if text.uppercased() == "Z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 2 || digits.count == 4, let value = Int(digits) else { return nil }
        let hours = digits.count == 2 ? value : value / 100
        let minutes = digits.count == 2 ? 0 : value % 100
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }

    private static let regional: [String: String] = [
        "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
        "PT": "America/Los_Angeles", "UK": "Europe/London",
    ]

    private static let fixed: [String: Double] = [
        "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "CEST": 2, "WEST": 1,
        "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "PKT": 5, "SGT": 8, "HKT": 8, "JST": 9, "KST": 9,
        "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "AST": -4, "ADT": -3, "IRST": 3.5, "TRT": 3, "EAT": 3, "WAT": 1, "CAT": 2,
    ]
}
