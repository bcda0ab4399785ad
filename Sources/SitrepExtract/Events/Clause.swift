import SitrepText

/// The words an event trigger governs in its own clause: its subtree without the clauses
/// embedded in it (complements, adverbial and relative clauses, coordinated verbs), so a
/// pattern for "warned" does not match words of the "that …" clause it introduces.
struct Clause {
    let trigger: Int
    /// Tokens of the clause in text order, the trigger included.
    let tokens: [Int]

    /// Whether a dependent with this relation is a clause of its own. Asked once per token of
    /// every document, so a switch over short strings rather than a hashed set.
    static func isEmbedded(_ relation: String) -> Bool {
        switch relation {
        case "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "csubj:pass", "list", "vocative": true
        default: false
        }
    }

    init(_ trigger: Int, in tree: ParsedText) {
        self.trigger = trigger
        var tokens: [Int] = []
        var stack = [trigger]
        while let next = stack.popLast() {
            tokens.append(next)
            for child in tree.children[next] where !tree.opensClause[child] {
                stack.append(child)
            }
        }
        self.tokens = tokens.sorted()
    }
}
