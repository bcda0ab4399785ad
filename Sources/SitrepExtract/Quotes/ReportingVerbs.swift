import SitrepText

/// Verbs that report speech or a stance, by lemma, with the stance they give the claim.
///
/// "said", "stated", "told", "announced" assert; "denied", "rejected" deny; "disputed",
/// "contradicted" dispute; "doubted", "questioned" doubt.
enum ReportingVerbs {
    /// The stance of a reporting verb's claim, or nil when the lemma reports no speech.
    static func stance(_ lemma: String) -> Claim.Stance? {
        if asserting.contains(lemma) { return .asserts }
        if denying.contains(lemma) { return .denies }
        if disputing.contains(lemma) { return .disputes }
        if doubting.contains(lemma) { return .doubts }
        return nil
    }

    /// Whether `token` is a reporting verb in use: not an aside ("as he said", "like she
    /// said"), which reports nothing of its own.
    static func isReporting(_ token: Int, _ tree: SyntaxTree) -> Bool {
        guard tree.document.upos[token] == .VERB, stance(tree.lemma(token)) != nil else { return false }
        let subject = tree.child(of: token, relation: "nsubj") ?? token
        let opener = min(subject, token) - 1
        let isAside = { (word: Int) in word >= 0 && word < token && ["as", "like"].contains(tree.document.text(of: word).lowercased()) }
        return !isAside(opener) && !tree.children[token].contains(where: isAside)
    }

    /// Verbs whose object is someone else's statement ("disputed Biden's account",
    /// "rejected the claim").
    static func contradicts(_ lemma: String) -> Bool {
        disputing.contains(lemma) || denying.contains(lemma)
    }

    /// Nouns naming a statement ("account", "claim"): the object a dispute verb contradicts,
    /// and the head of "in a statement".
    static let statementNouns: Set<String> = [
        "account", "claim", "statement", "assertion", "allegation", "report", "version", "narrative", "remark",
        "comment", "speech", "announcement", "release", "characterization", "description", "assessment", "figure", "story", "accusation", "charge",
    ]

    /// What a speaker says something in, besides a statement: "said in a video that …".
    static let channelNouns: Set<String> = [
        "video", "post", "posting", "message", "interview", "address", "broadcast", "tweet", "letter", "note", "briefing", "conference",
    ]

    private static let asserting: Set<String> = [
        "say", "state", "tell", "claim", "confirm", "announce", "reveal", "warn", "insist", "argue", "reiterate",
        "add", "explain", "note", "declare", "assert", "maintain", "report", "write", "tweet", "post", "allege",
        "acknowledge", "admit", "emphasize", "emphasise", "stress", "suggest", "predict", "estimate", "believe",
        "contend", "promise", "vow", "pledge", "threaten", "caution", "concede", "disclose", "indicate", "observe",
        "recall", "remark", "respond", "reply", "answer", "testify", "urge", "affirm", "charge", "accuse",
        "complain", "boast", "agree", "conclude", "mention", "signal", "underline",
        "underscore", "highlight", "quip", "joke", "ask", "recommend", "propose", "demand",
    ]
    private static let denying: Set<String> = ["deny", "reject", "refute", "dismiss", "rebuff", "repudiate"]
    private static let disputing: Set<String> = ["dispute", "contradict", "challenge", "contest", "counter", "rebut"]
    private static let doubting: Set<String> = ["doubt", "question"]
}
