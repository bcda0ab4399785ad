import Foundation
import SitrepStore

/// An equirectangular world map (Natural Earth 1:110m countries, `Public/countries.tsv`):
/// countries shaded by how many events took place in them, a dot per event with coordinates,
/// and a 30° graticule.
enum WorldMap {
    struct Country {
        var code: String
        var name: String
        var path: String
    }

    /// A located event: where, and what the dot's tooltip says.
    struct Dot {
        var latitude: Double
        var longitude: Double
        var label: String
    }

    static let countries: [Country] = String(decoding: StaticFiles.resource("countries.tsv"), as: UTF8.self)
        .split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return Country(code: String(fields[0]), name: String(fields[1]), path: String(fields[2]))
        }

    static func svg(counts: [Store.CountryCount], dots: [Dot]) -> String {
        let byCountry = Dictionary(counts.map { ($0.country.uppercased(), $0.events) }, uniquingKeysWith: +)
        let peak = Double(byCountry.values.max() ?? 1)
        var svg = "<rect x=\"0\" y=\"0\" width=\"360\" height=\"180\" fill=\"#eaf1f7\"/>"
        svg += stride(from: -150, through: 150, by: 30).map { "<path class=\"graticule\" d=\"M\($0 + 180) 0V180\"/>" }.joined()
        svg += stride(from: -60, through: 60, by: 30).map { "<path class=\"graticule\" d=\"M0 \(90 - $0)H360\"/>" }.joined()
        for country in countries {
            let events = byCountry[country.code] ?? 0
            svg += "<path class=\"country\" d=\"\(country.path)\" fill=\"\(shade(Double(events) / peak, any: events > 0))\">"
                + "<title>\(HTML.escape(country.name)): \(events) event\(events == 1 ? "" : "s")</title></path>"
        }
        for dot in dots where (-90...90).contains(dot.latitude) && (-180...180).contains(dot.longitude) {
            svg += "<circle class=\"dot\" cx=\"\(Charts.fmt(dot.longitude + 180))\" cy=\"\(Charts.fmt(90 - dot.latitude))\" r=\"1.4\">"
                + "<title>\(HTML.escape(dot.label))</title></circle>"
        }
        return "<svg class=\"chart map\" viewBox=\"0 0 360 180\" role=\"img\" aria-label=\"Events on a world map\">\(svg)</svg>"
    }

    /// Pale grey for none, then light to dark orange-red by share of the busiest country.
    static func shade(_ share: Double, any: Bool) -> String {
        guard any else { return "#d5dbe1" }
        let t = 0.25 + 0.75 * max(0, min(1, share))
        let mix = { (a: Double, b: Double) in Int((a + (b - a) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(253, 179), mix(219, 33), mix(199, 43))
    }
}
