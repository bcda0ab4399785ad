import SitrepText

/// One mention with what resolution decided about it, before mentions of the same actor are
/// merged: candidates with the same `key` become one referent.
struct Candidate {
    var mention: Mention
    var name: String
    var type: EntityType
    var code: String?
    var role: String?
    var country: String?
    var evidence: [String]
    /// Identity of the actor: "actor:<dictionary origin>", "person:<name>", "code:USAMIL" …
    var key: String
    /// The canonical name when a curated dictionary entry gives one.
    var canonicalName: String?
    /// Words that describe the actor ("president", "supreme", "leader"), for definite
    /// descriptions later in the text ("the president").
    var titleWords: Set<String> = []
    /// A nominal whose own words name whose it is ("the Polish military", "U.S. forces"),
    /// not one whose country came from context ("fighter jets" after "Poland scrambled").
    var namesOwner = false

    /// The name used most often, the longer on a tie: "Iran" over "Tehran", "Joe Biden" over "Biden".
    static func commonest(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        // Ties go to the name mentioned first, so the choice never depends on hashing order.
        return names.max { (counts[$0] ?? 0, $0.count) < (counts[$1] ?? 0, $1.count) }
    }

    /// One referent from the candidates of one actor, in text order: the fullest name (of
    /// nominals alone, the first that names its owner), the first code found, every mention once.
    static func merge(_ candidates: [Candidate]) -> Referent {
        let named = candidates.filter { $0.mention.kind == .name }
        let first = named.first ?? candidates.first(where: \.namesOwner) ?? candidates[0]
        let names = named.map(\.name)
        let name = first.canonicalName ?? (first.type == .PER ? names.max { $0.count < $1.count } : commonest(names)) ?? first.name
        let coded = named.first { $0.code != nil } ?? candidates.first { $0.code != nil }
        var mentions: [Mention] = []
        for candidate in candidates where !mentions.contains(where: { $0.tokens == candidate.mention.tokens }) {
            mentions.append(candidate.mention)
        }
        var evidence: [String] = []
        for candidate in candidates {
            for line in candidate.evidence where !evidence.contains(line) { evidence.append(line) }
        }
        return Referent(name: name, type: first.type, code: coded?.code,
                        role: coded?.role ?? candidates.first { $0.role != nil }?.role,
                        country: coded?.country ?? candidates.first { $0.country != nil }?.country,
                        mentions: mentions, evidence: evidence)
    }
}
