import SitrepKnowledge
import SitrepText

extension Resolution {
    /// The places the article names, from its location mentions (and names tagged otherwise
    /// that the gazetteer knows as a country, territory, region or capital), each resolved
    /// to one gazetteer entry; a name with namesakes goes to the one in a country the article
    /// names elsewhere, else the likeliest. The dateline's place joins without a mention.
    mutating func resolvePlaces() -> [Place] {
        var found: [(range: Range<Int>, options: [GazetteerEntry])] = []
        for span in document.entities where span.label != .PER && !isModifier(span.tokens) && !metonyms.contains(span.tokens) {
            var range = droppingDeterminer(span.tokens)
            var options = resolver.places.lookup(document.text(of: range))
            // "Sumy province", "Donetsk Oblast": the gazetteer knows the name without its kind.
            if options.isEmpty, range.count > 1, Self.placeNouns.contains(document.lemmas[range.upperBound - 1].lowercased()) {
                range = range.lowerBound..<(range.upperBound - 1)
                options = resolver.places.lookup(document.text(of: range))
            }
            if span.label != .LOC { options = options.filter { $0.rank >= 2 } }
            if options.isEmpty, span.label == .LOC, let (match, _) = lookup(range), let code = match.code, code.count == 3,
               let country = resolver.places.country(code: code) {
                options = [country]
            }
            if !options.isEmpty { found.append((range, options)) }
        }
        var context: Set<String> = []
        for (_, options) in found where options.count == 1 || options[0].rank >= 3 { context.insert(options[0].code) }
        var places: [Place] = []
        var indexOfEntry: [GazetteerEntry: Int] = [:]
        for (range, options) in found {
            let entry = best(options, context: context)
            if let index = indexOfEntry[entry] {
                places[index].mentions.append(range)
            } else {
                indexOfEntry[entry] = places.count
                places.append(place(entry, mentions: [range]))
            }
        }
        linkRegionReferences(&places)
        if let dateline = document.article?.dateline, !dateline.isEmpty {
            let options = resolver.places.lookup(dateline)
            if !options.isEmpty, indexOfEntry[best(options, context: context)] == nil {
                places.append(place(best(options, context: context), mentions: []))
            }
        }
        return places
    }

    /// "U.S." in "U.S. forces": a name modifying a noun describes it and is no place, unless
    /// the noun is a kind of place ("the Krasnodar region", "Kharkiv province").
    private func isModifier(_ range: Range<Int>) -> Bool {
        let head = head(of: range)
        guard ["compound", "amod"].contains(tree.relation(of: head)) else { return false }
        return !(tree.head(of: head).map { Self.placeNouns.contains(document.lemmas[$0].lowercased()) } ?? false)
    }

    static let placeNouns: Set<String> = [
        "region", "province", "area", "city", "town", "village", "district", "state", "county", "oblast", "governorate",
        "border", "coast", "port", "valley", "island", "peninsula", "enclave", "territory", "municipality", "prefecture",
        "neighbourhood", "neighborhood", "suburb", "outskirts", "countryside",
    ]

    /// Countries, territories and regions first; among cities, one in a country the article
    /// names, then a capital, then the most populous.
    private func best(_ options: [GazetteerEntry], context: Set<String>) -> GazetteerEntry {
        options.max { a, b in
            (a.rank >= 3 ? 1 : 0, context.contains(a.code) ? 1 : 0, a.rank, a.population)
                < (b.rank >= 3 ? 1 : 0, context.contains(b.code) ? 1 : 0, b.rank, b.population)
        } ?? options[0]
    }

    private func place(_ entry: GazetteerEntry, mentions: [Range<Int>]) -> Place {
        let country = entry.kind == .region && resolver.country(of: entry.code) == nil ? nil : entry.code
        return Place(name: entry.name, kind: entry.kind, country: country.flatMap { resolver.country(of: $0) != nil ? $0 : nil },
                     latitude: entry.latitude, longitude: entry.longitude, mentions: mentions)
    }

    /// "the region" after a region was named is that region.
    private mutating func linkRegionReferences(_ places: inout [Place]) {
        for token in document.tokens.indices where words[token] == "region" && !taken[token] && entityOfToken[token] == nil {
            guard token > 0, words[token - 1] == "the" else { continue }
            let earlier = places.indices.filter { places[$0].kind == .region }
                .compactMap { index in places[index].mentions.last(where: { $0.upperBound <= token }).map { (index, $0.lowerBound) } }
            guard let (index, _) = earlier.max(by: { $0.1 < $1.1 }) else { continue }
            places[index].mentions.append(token..<(token + 1))
            places[index].mentions.sort { $0.lowerBound < $1.lowerBound }
        }
    }
}
