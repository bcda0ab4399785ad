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
