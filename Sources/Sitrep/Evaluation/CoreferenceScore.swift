import SitrepText

/// Link accuracy of in-article coreference against gold clusters: for each gold mention that
/// is not the first of its cluster (an anaphor), is it resolved to a referent that also holds
/// an earlier mention of the same cluster? Counted for proper-name anaphors (head PROPN, of
/// people, organisations and places) and third-person pronouns (of people and organisations):
/// the links an actor resolver must make. A mention resolved to nothing counts as wrong.
public struct CoreferenceScore: Sendable {
    public private(set) var names = (correct: 0, total: 0, resolved: 0)
    public private(set) var pronouns = (correct: 0, total: 0, resolved: 0)
    /// One line per anaphor linked wrongly: the mention, its gold antecedent, what sitrep chose.
    public private(set) var errors: [String] = []

    public init() {}

    public mutating func add(gold: CoreferenceDocument, predicted document: Document) {
        let owners = document.referentOfToken()
        var earlier: [String: [Int]] = [:]
        for mention in gold.mentions {
            let head = gold.head(of: mention)
            defer { earlier[mention.cluster, default: []].append(head) }
            guard let antecedents = earlier[mention.cluster], owners.indices.contains(head) else { continue }
            let isPronoun = mention.words.count == 1 && gold.upos[head] == .PRON
                && Self.thirdPerson.contains(document.text(of: head).lowercased())
            let isName = gold.upos[head] == .PROPN
            let kind: WritableKeyPath<CoreferenceScore, (correct: Int, total: Int, resolved: Int)>
            if isPronoun, ["person", "organization"].contains(mention.type) {
                kind = \.pronouns
            } else if isName, ["person", "organization", "place"].contains(mention.type) {
                kind = \.names
            } else {
                continue
            }
            self[keyPath: kind].total += 1
            let referent = owners[head]
            if referent != nil { self[keyPath: kind].resolved += 1 }
            if let referent, antecedents.contains(where: { owners.indices.contains($0) && owners[$0] == referent }) {
                self[keyPath: kind].correct += 1
            } else {
                let chosen = referent.map { "\(document.referents[$0].name) (\(document.referents[$0].mentions.count) mentions)" } ?? "nothing"
                errors.append("\(gold.id): '\(document.text(of: mention.words))' (\(mention.type)) after '\(document.text(of: antecedents.last ?? head))' → \(chosen)")
            }
        }
    }

    /// Accuracies and the share of anaphors resolved at all, in percent, with the counts.
    public var metrics: [(name: String, value: Double)] {
        func percent(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : 100 * Double(part) / Double(whole) }
        return [
            ("names.accuracy", percent(names.correct, names.total)), ("names.resolved", percent(names.resolved, names.total)),
            ("names.count", Double(names.total)),
            ("pronouns.accuracy", percent(pronouns.correct, pronouns.total)),
            ("pronouns.resolved", percent(pronouns.resolved, pronouns.total)), ("pronouns.count", Double(pronouns.total)),
        ]
    }

    static let thirdPerson: Set<String> = [
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves",
    ]
}
