import Foundation
import SitrepStore

/// The SVG charts of the timeline, network and map pages, drawn on the server: no chart
/// library, no script. Colours are presentation attributes or CSS classes (the CSP forbids
/// inline styles), and every label is escaped.
enum Charts {
    static let quadClassNames = [1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"]

    /// Events per day, stacked by QuadClass; days without events keep their place.
    static func timeline(_ counts: [Store.DailyCount]) -> String {
        let days = dayRange(counts.map(\.day))
        guard !days.isEmpty else { return "<p class=\"empty\">No dated events yet.</p>" }
        var perDay: [String: [Int: Int]] = [:]
        for count in counts { perDay[count.day, default: [:]][count.quadClass, default: 0] += count.events }
        let peak = max(1, perDay.values.map { $0.values.reduce(0, +) }.max() ?? 1)
        let (width, height, left, bottom) = (960.0, 260.0, 40.0, 30.0)
        let plot = height - bottom - 10
        let step = (width - left - 40) / Double(days.count)
        var svg = axes(width: width, height: height, left: left, bottom: bottom, peak: peak)
        for (index, day) in days.enumerated() {
            var y = height - bottom
            let x = left + Double(index) * step
            for quadClass in 1...4 {
                guard let events = perDay[day]?[quadClass], events > 0 else { continue }
                let barHeight = plot * Double(events) / Double(peak)
                y -= barHeight
                svg += "<rect class=\"q\(quadClass)\" x=\"\(fmt(x + step * 0.1))\" y=\"\(fmt(y))\" width=\"\(fmt(step * 0.8))\" height=\"\(fmt(barHeight))\">"
                    + "<title>\(HTML.escape(day)): \(events) \(HTML.escape(quadClassNames[quadClass] ?? ""))</title></rect>"
            }
            if index % max(1, days.count / 8) == 0 {
                svg += "<text x=\"\(fmt(x + step / 2))\" y=\"\(fmt(height - 10))\" text-anchor=\"middle\">\(HTML.escape(day))</text>"
            }
        }
        return "<svg class=\"chart\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"Events per day\">\(svg)</svg>"
            + legend()
    }

    static func legend() -> String {
        "<p>" + (1...4).map { "<span class=\"swatch q\($0)\"></span>\(HTML.escape(quadClassNames[$0] ?? ""))" }.joined() + "</p>"
    }

    /// Daily Goldstein sums of the busiest dyads, one line each: down is escalation.
    static func escalation(_ series: [Store.DyadDay], dyads: [Store.Dyad]) -> String {
        let chosen = Array(dyads.prefix(6))
        let days = dayRange(series.map(\.day))
        guard !days.isEmpty, !chosen.isEmpty else { return "<p class=\"empty\">No dyads with dated events yet.</p>" }
        let index = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        let extent = max(1, series.map { abs($0.goldstein) }.max() ?? 1)
        let (width, height, left) = (960.0, 240.0, 40.0)
        let step = (width - left - 10) / Double(max(1, days.count - 1))
        let mid = height / 2
        var svg = "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(mid))\" x2=\"\(fmt(width - 10))\" y2=\"\(fmt(mid))\"/>"
        svg += "<text x=\"4\" y=\"16\">+\(fmt(extent))</text><text x=\"4\" y=\"\(fmt(height - 6))\">−\(fmt(extent))</text>"
        var legend = ""
        for (number, dyad) in chosen.enumerated() {
            let points = series.filter { $0.source == dyad.source && $0.target == dyad.target }.compactMap { day -> String? in
                guard let position = index[day.day] else { return nil }
                return "\(fmt(left + Double(position) * step)),\(fmt(mid - (mid - 12) * day.goldstein / extent))"
            }
            svg += "<polyline class=\"line d\(number)\" points=\"\(points.joined(separator: " "))\"><title>\(HTML.escape(dyad.source)) → \(HTML.escape(dyad.target))</title></polyline>"
            svg += points.map { "<circle class=\"d\(number)\" r=\"3\" cx=\"\($0.split(separator: ",")[0])\" cy=\"\($0.split(separator: ",")[1])\"/>" }.joined()
            legend += "<span class=\"swatch d\(number)\"></span>\(HTML.escape(dyad.sourceName)) → \(HTML.escape(dyad.targetName))"
        }
        return "<svg class=\"chart\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"Goldstein per dyad per day\">\(svg)</svg><p>\(legend)</p>"
    }

    /// Actors on a circle; an arrow per dyad, as thick as its events are many, coloured by
    /// mean Goldstein (red conflict, grey neutral, green cooperation).
    static func network(_ dyads: [Store.Dyad]) -> String {
        guard !dyads.isEmpty else { return "<p class=\"empty\">No events with both a source and a target yet.</p>" }
        var names: [String: String] = [:]
        var order: [String] = []
        for dyad in dyads {
            for (key, name) in [(dyad.source, dyad.sourceName), (dyad.target, dyad.targetName)] where names[key] == nil {
                names[key] = name
                order.append(key)
            }
        }
        let (size, radius) = (720.0, 270.0)
        let centre = size / 2
        var position: [String: (Double, Double)] = [:]
        for (index, key) in order.enumerated() {
            let angle = 2 * Double.pi * Double(index) / Double(order.count) - Double.pi / 2
            position[key] = (centre + radius * cos(angle), centre + radius * sin(angle))
        }
        let busiest = Double(dyads.map(\.events).max() ?? 1)
        var svg = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" "
            + "markerWidth=\"11\" markerHeight=\"11\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#5c6670\"/></marker></defs>"
        for dyad in dyads {
            guard let from = position[dyad.source], let to = position[dyad.target], dyad.source != dyad.target else { continue }
            let width = 1.5 + 5 * log1p(Double(dyad.events)) / log1p(busiest)
            svg += "<path class=\"edge\" d=\"\(arc(from, to, inset: 11))\" stroke=\"\(goldsteinColour(dyad.meanGoldstein))\" "
                + "stroke-width=\"\(fmt(width))\" marker-end=\"url(#arrow)\">"
                + "<title>\(HTML.escape(dyad.sourceName)) → \(HTML.escape(dyad.targetName)): \(dyad.events) events, mean Goldstein \(fmt(dyad.meanGoldstein))</title></path>"
        }
        for key in order {
            guard let (x, y) = position[key] else { continue }
            let side = abs(x - centre) < 40
            let anchor = side ? "middle" : (x < centre ? "end" : "start")
            let (dx, dy) = side ? (0.0, y < centre ? -16.0 : 24.0) : (x < centre ? -14.0 : 14.0, 4.0)
            svg += "<g class=\"node\"><circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"8\"><title>\(HTML.escape(key))</title></circle>"
                + "<text x=\"\(fmt(x + dx))\" y=\"\(fmt(y + dy))\" text-anchor=\"\(anchor)\">\(HTML.escape(names[key] ?? key))</text></g>"
        }
        return "<svg class=\"chart network\" viewBox=\"-160 0 \(fmt(size + 320)) \(fmt(size))\" role=\"img\" aria-label=\"Actor network\">\(svg)</svg>"
    }

    /// A gentle curve from one node to another, bending to its left so that the two directions
    /// of a dyad stay apart, ending `inset` short of the target for the arrowhead.
    static func arc(_ from: (Double, Double), _ to: (Double, Double), inset: Double) -> String {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1)
        let control = ((from.0 + to.0) / 2 + dy * 0.15, (from.1 + to.1) / 2 - dx * 0.15)
        let (ex, ey) = (to.0 - control.0, to.1 - control.1)
        let tail = max(1, (ex * ex + ey * ey).squareRoot())
        let end = (to.0 - ex / tail * inset, to.1 - ey / tail * inset)
        return "M\(fmt(from.0)) \(fmt(from.1))Q\(fmt(control.0)) \(fmt(control.1)) \(fmt(end.0)) \(fmt(end.1))"
    }

    /// Red for conflict (−10), grey at 0, green for cooperation (+10).
    static func goldsteinColour(_ score: Double) -> String {
        let t = max(-1, min(1, score / 10))
        let grey = (150.0, 156.0, 163.0)
        let end = t < 0 ? (192.0, 57.0, 43.0) : (31.0, 122.0, 77.0)
        let mix = { (a: Double, b: Double) in Int((a + (b - a) * abs(t)).rounded()) }
        return String(format: "#%02x%02x%02x", mix(grey.0, end.0), mix(grey.1, end.1), mix(grey.2, end.2))
    }

    /// Every day from the first to the last (at most a year and a half of them, the latest).
    static func dayRange(_ days: [String]) -> [String] {
        let parser = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()
        let dates = days.compactMap { try? parser.parse($0) }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        let count = min(550, Int(last.timeIntervalSince(first) / 86_400) + 1)
        return (0..<count).map { String(parser.format(last.addingTimeInterval(Double($0 - count + 1) * 86_400)).prefix(10)) }
    }

    private static func axes(width: Double, height: Double, left: Double, bottom: Double, peak: Int) -> String {
        let plot = height - bottom - 10
        let step = max(1, Int((Double(peak) / 4).rounded(.up)))
        return stride(from: 0, through: peak, by: step).map { value -> String in
            let y = height - bottom - plot * Double(value) / Double(peak)
            return "<line class=\"grid\" x1=\"\(fmt(left))\" y1=\"\(fmt(y))\" x2=\"\(fmt(width - 10))\" y2=\"\(fmt(y))\"/>"
                + "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\">\(value)</text>"
        }.joined()
    }

    static func fmt(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
