import SitrepText

/// Hangs a relative clause that a comma sets off on the noun before the comma, once a
/// sentence is parsed.
///
/// A greedy parser decides where "who spoke on condition of anonymity" goes before it has
/// read the clause, and often makes it a clause of its own or the complement of the verb that
/// follows ("The official, who spoke …, said …" with "spoke" the object of "said"); on EWT
/// dev it hangs 10 of the 12 relative clauses opened by ", who" or ", which" elsewhere than
/// the gold tree does. In UD a relative pronoun that is the clause's subject makes the clause
/// an `acl:relcl` of a noun before it: of the one right before the comma in 130 of EWT and
/// GUM train's 210, otherwise of a noun further left ("the Law Society of Kenya, which"),
/// which the parser may have found; a clause it already made relative stays. The repair is
/// kept only when the tree stays projective.
///
/// ```
/// The official , who spoke … , said …     "spoke" hangs on "official" as acl:relcl
/// ```
enum RelativeClauseAttachment {
    /// What a word can be to the rule.
    enum Role: Sendable, Equatable {
        case other
        /// "who" or "which" tagged as a relative (WP, WDT).
        case relativePronoun
        case comma
        /// A noun or proper noun.
        case nominal
        /// An adjective, a noun after an article ("The official, who …" with "official" JJ).
        case adjective
        case article

        /// Read for every word the parser sees, so the form is compared byte by byte, never
        /// made into a string.
        init(form: some Collection<UInt8>, xpos: String, upos: UPOS) {
            func spells(_ words: StaticString...) -> Bool {
                words.contains { word in word.withUTF8Buffer { $0.elementsEqual(form.lazy.map(TaggerFeatures.lowercased)) } }
            }
            if spells(",") {
                self = .comma
            } else if ["WP", "WDT"].contains(xpos), spells("who", "which") {
                self = .relativePronoun
            } else if [.NOUN, .PROPN].contains(upos) {
                self = .nominal
            } else if upos == .ADJ {
                self = .adjective
            } else if spells("the", "a", "an") {
                self = .article
            } else {
                self = .other
            }
        }

        /// Whether the word at `index` heads a noun phrase.
        static func isNominal(_ index: Int, in roles: [Role]) -> Bool {
            roles[index] == .nominal || (roles[index] == .adjective && index > 0 && roles[index - 1] == .article)
        }
    }

    /// The relation classes the rule reads and writes.
    struct Relations {
        var relativeClause: Int
        /// Relative clauses of any kind ("acl:relcl", "advcl:relcl"), which the rule leaves
        /// where the parser put them.
        var relativeClauses: Set<Int>
        var subjects: Set<Int>
        var flat: Set<Int>
        var punct: Int
    }

    /// Rewrites `heads` (index of each word's head, `heads.count` for the root) and
    /// `relations` for each relative clause the rule moves.
    static func apply(heads: inout [Int], relations: inout [Int], roles: [Role], classes: Relations) {
        let root = heads.count
        for pronoun in roles.indices where roles[pronoun] == .relativePronoun && pronoun >= 2 && roles[pronoun - 1] == .comma {
            let verb = heads[pronoun]
            guard verb != root, verb > pronoun, classes.subjects.contains(relations[pronoun]),
                  !classes.relativeClauses.contains(relations[verb]) else { continue }
            // The noun before the comma; a name's later parts hang on its first ("Zaw Min Tun").
            var noun = pronoun - 2
            while classes.flat.contains(relations[noun]), heads[noun] < noun { noun = heads[noun] }
            guard Role.isNominal(noun, in: roles), !dominates(verb, noun, heads: heads) else { continue }
            var repaired = heads
            repaired[verb] = noun
            repaired[pronoun - 1] = verb
            guard PunctuationAttachment.Tree(heads: repaired).isProjective else { continue }
            heads = repaired
            relations[verb] = classes.relativeClause
            relations[pronoun - 1] = classes.punct
        }
    }

    /// Whether `ancestor` is `word` or above it.
    private static func dominates(_ ancestor: Int, _ word: Int, heads: [Int]) -> Bool {
        var current = word
        for _ in 0...heads.count {
            if current == ancestor { return true }
            guard current < heads.count else { return false }
            current = heads[current]
        }
        return false
    }
}
