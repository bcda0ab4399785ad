/// Finds quoted passages in raw text, in one pass: straight and curly double quotes, « »
/// and „ “, a quote running over several paragraphs (an opening mark at the start of each
/// paragraph and no closing one until the last), and unbalanced marks, which it recovers
/// from instead of failing: a quote never closed ends with its paragraph; a stray closing
/// mark is ignored. Quotes inside quotes (single marks) stay part of the outer quote.
///
/// ```
/// “We will respond,” Biden said.            one quote: We will respond,
/// "First paragraph                          one quote over two paragraphs,
/// "Second paragraph," she said.             two passages, the second closed
/// ```
public struct QuoteScanner: Sendable {
    /// One stretch of quoted text, in Unicode scalar offsets.
    public struct Passage: Sendable, Hashable {
        /// The words inside the marks.
        public var content: Range<Int>
        /// Whether a closing mark ended it (false: recovered at a paragraph or text end).
        public var isClosed: Bool
        /// Index of the passage this one continues (a quote over several paragraphs).
        public var continues: Int?
    }

    public init() {}

    /// The passages of `text`, in order; linear in its length. Texts without double quote
    /// marks are read with single curly ones (‘…’), as British outlets write quotes.
    public func passages(in text: String) -> [Passage] {
        let scalars = Array(text.unicodeScalars)
        let marks = scalars.contains(where: Marks.double.all.contains) ? Marks.double : Marks.single
        var passages: [Passage] = []
        var openedAt: Int?
        var continuing: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                if let start = openedAt {
                    let next = Self.paragraphStart(after: index, scalars)
                    let carriesOn = next < scalars.count && marks.mayOpen(scalars, next)
                    passages.append(Passage(content: start..<index, isClosed: false, continues: continuing))
                    continuing = carriesOn ? passages.count - 1 : nil
                    openedAt = carriesOn ? next + 1 : nil
                    index = carriesOn ? next + 1 : next
                    continue
                }
            } else if marks.all.contains(scalar) {
                if let start = openedAt {
                    if marks.mayClose(scalars, index) {
                        passages.append(Passage(content: start..<index, isClosed: true, continues: continuing))
                        openedAt = nil
                        continuing = nil
                    } else if marks.opening.contains(scalar) {
                        openedAt = index + 1
                        continuing = nil
                    }
                } else if marks.mayOpen(scalars, index) {
                    openedAt = index + 1
                }
            }
            index += 1
        }
        if let start = openedAt, start < scalars.count {
            passages.append(Passage(content: start..<scalars.count, isClosed: false, continues: continuing))
        }
        return passages.filter { !$0.content.isEmpty }
    }

    /// The first non-blank scalar of the next paragraph.
    private static func paragraphStart(after newline: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var index = newline
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }
}

/// The quote marks a text uses: double ones (straight, curly, guillemets), or single curly
/// ones when it has no double marks.
struct Marks {
    let opening: Set<Unicode.Scalar>
    let closing: Set<Unicode.Scalar>
    /// Marks that open or close by context (the straight double mark).
    let straight: Set<Unicode.Scalar>
    let all: Set<Unicode.Scalar>

    init(opening: Set<Unicode.Scalar>, closing: Set<Unicode.Scalar>, straight: Set<Unicode.Scalar>) {
        self.opening = opening
        self.closing = closing
        self.straight = straight
        all = opening.union(closing).union(straight)
    }

    static let double = Marks(opening: ["\u{201C}", "\u{00AB}", "\u{201E}"], closing: ["\u{201D}", "\u{00BB}"], straight: ["\""])
    static let single = Marks(opening: ["\u{2018}"], closing: ["\u{2019}"], straight: [])

    /// An opening mark: a curly or guillemet opener, or a straight mark not glued to a word
    /// before it (`He said "yes`, not `5" wide`); a curly closer typed the wrong way round
    /// opens when it stands before a word after a space (`said ”yes`).
    func mayOpen(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let scalar = scalars[index]
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        if opening.contains(scalar) { return true }
        if closing.contains(scalar) { return before.properties.isWhitespace && Self.isWordScalar(after) }
        return straight.contains(scalar) && !Self.isWordScalar(before) && !after.properties.isWhitespace
    }

    /// A closing mark: a curly or guillemet closer not followed by a word (so the apostrophe
    /// in "don’t" closes nothing), or a straight mark not followed by a word (`yes," he`,
    /// `yes".`); a curly opener typed the wrong way round closes when it ends a word before a
    /// space (`decision.“ However`).
    func mayClose(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let scalar = scalars[index]
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        if closing.contains(scalar) || straight.contains(scalar) { return !Self.isWordScalar(after) }
        return opening.contains(scalar) && !before.properties.isWhitespace && after.properties.isWhitespace
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
