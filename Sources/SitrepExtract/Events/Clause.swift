import SitrepText

/// The words an event trigger governs in its own clause: its subtree without the clauses
/// embedded in it (complements, adverbial and relative clauses, coordinated verbs), so a
/// pattern for "warned" does not match words of the "that …" clause it introduces.
struct Clause {
    let trigger: Int
    /// Tokens of the clause in text order, the trigger included.
    let tokens: [Int]

    static let embedded: Set<String> = [
        "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "csubj:pass", "list", "vocative",
    ]

    init(_ trigger: Int, in tree: SyntaxTree) {
        self.trigger = trigger
        var tokens: [Int] = []
        var stack = [trigger]
        while let next = stack.popLast() {
            tokens.append(next)
            for child in tree.children[next] where !Self.embedded.contains(tree.relation(of: child)) {
                stack.append(child)
            }
        }
        self.tokens = tokens.sorted()
    }
}

extension SyntaxTree {
    /// Whether a token's lemma or form is one of the pattern's words: the lemma or the form
    /// exactly, or a stem of six letters or more the form starts with (TABARI's "CRITICI").
    func matches(_ token: Int, _ words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        let lemma = self.lemma(token)
        let form = document.text(of: token).lowercased()
        return words.contains { word in
            let last = word.split(separator: " ").last.map(String.init) ?? word
            return last == lemma || last == form || (last.count >= 6 && form.hasPrefix(last))
        }
    }

    /// The marker introducing a dependent: its `case` or `mark` child ("against", "to").
    /// When the parser hung the preposition on another word of the phrase ("to Iranian
    /// Supreme Leader Ali …" with "to" on "Leader"), the phrase's first word still counts.
    func marker(of token: Int) -> String? {
        for child in children[token] where ["case", "mark"].contains(relation(of: child)) || relation(of: child).hasPrefix("case") {
            return document.text(of: child).lowercased()
        }
        let first = subtree(of: token).lowerBound
        guard first < token, ["case", "mark"].contains(relation(of: first)), [.ADP, .SCONJ].contains(document.upos[first]) else { return nil }
        return document.text(of: first).lowercased()
    }

    /// Passive voice, with or without a passive subject ("have been deployed").
    func isPassive(_ verb: Int) -> Bool {
        children[verb].contains { ["nsubj:pass", "aux:pass"].contains(relation(of: $0)) }
    }

    /// The verb's subject, active or passive, and whether it is passive.
    func subject(of token: Int) -> (token: Int, isPassive: Bool)? {
        for child in children[token] {
            switch relation(of: child) {
            case "nsubj", "nsubj:outer": return (child, false)
            case "nsubj:pass": return (child, true)
            default: continue
            }
        }
        return nil
    }
}
