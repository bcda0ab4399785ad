import Foundation

/// One spelling per web address, so the same story linked twice is recognised: lower-case
/// scheme and host, no `www.`, no fragment, no tracking parameters (`utm_*`, `fbclid`,
/// `gclid`, …), remaining parameters sorted, no trailing slash, `http` and `https` alike.
public enum URLNormalizer {
    public static func normalise(_ text: String) -> String {
        guard var components = URLComponents(string: text.trimmingCharacters(in: .whitespacesAndNewlines)),
              let host = components.host, !host.isEmpty else { return text }
        components.scheme = "https"
        var lowerHost = host.lowercased()
        if lowerHost.hasPrefix("www.") { lowerHost.removeFirst(4) }
        components.host = lowerHost
        components.fragment = nil
        if components.port == 80 || components.port == 443 { components.port = nil }
        let kept = (components.queryItems ?? [])
            .filter { item in !tracking.contains(item.name.lowercased()) && !item.name.lowercased().hasPrefix("utm_") }
            .sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        components.queryItems = kept.isEmpty ? nil : kept
        var path = components.percentEncodedPath
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        components.percentEncodedPath = path == "/" ? "" : path
        return components.string ?? text
    }

    private static let tracking: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid",
        "smid", "smtyp", "taid", "ito", "at_medium", "at_campaign", "share", "output",
    ]
}
