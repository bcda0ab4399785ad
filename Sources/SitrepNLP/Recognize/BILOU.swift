import SitrepText

/// The per-token tags the recognizer predicts: each token is Outside every entity, or the
/// Beginning, Inside or Last token of a multi-token entity, or a Unit (one-token) entity.
///
/// BILOU rather than IOB2 because it lets the model learn how names end ("Inc", "'s" after
/// a name) and makes single-token names their own decision (Ratinov & Roth 2009). A tag is
/// a class index of the perceptron: 0 is O, then four tags per `EntityType`.
///
/// ```
/// President Joe   Biden warned Iran  .
/// O         B-PER L-PER O      U-LOC O
/// ```
public struct BILOU: Sendable, Hashable, CustomStringConvertible {
    public enum Position: Int, Sendable, CaseIterable {
        case begin, inside, last, unit
    }

    /// The class index: 0 for O, `1 + 4 × type + position` otherwise.
    public let index: Int

    public static let outside = BILOU(index: 0)
    public static let types = EntityType.allCases
    public static let count = 1 + 4 * types.count
    /// All tags in class order.
    public static let all = (0..<count).map { BILOU(index: $0) }

    public init(index: Int) {
        precondition(index >= 0 && index < BILOU.count, "no BILOU tag \(index)")
        self.index = index
    }

    public init(_ position: Position, _ type: EntityType) {
        let typeIndex = BILOU.types.firstIndex(of: type) ?? 0
        self.index = 1 + 4 * typeIndex + position.rawValue
    }

    public var type: EntityType? { index == 0 ? nil : BILOU.types[(index - 1) / 4] }
    public var position: Position? { index == 0 ? nil : Position(rawValue: (index - 1) % 4) }

    /// True when a span is open after this tag (B or I), so the next tag must continue it.
    public var opensSpan: Bool { position == .begin || position == .inside }

    public var description: String {
        guard let type, let position else { return "O" }
        return "BILU".map(String.init)[position.rawValue] + "-" + type.rawValue
    }

    /// Whether `next` may follow `previous` (nil at the start of a sentence).
    public static func isValid(_ next: BILOU, after previous: BILOU?) -> Bool {
        if let previous, previous.opensSpan {
            return next.type == previous.type && (next.position == .inside || next.position == .last)
        }
        return next.position != .inside && next.position != .last
    }

    /// Whether `next` may follow `previous` at position `index` of a sentence of `count`
    /// tokens: the last token may not leave a span open.
    public static func isValid(_ next: BILOU, after previous: BILOU?, at index: Int, of count: Int) -> Bool {
        isValid(next, after: previous) && (index < count - 1 || !next.opensSpan)
    }

    /// The tags of `count` tokens carrying `spans` (which must not overlap).
    public static func encode(_ spans: [Span<EntityType>], count: Int) -> [BILOU] {
        var tags = Array(repeating: BILOU.outside, count: count)
        for span in spans where !span.tokens.isEmpty && span.tokens.upperBound <= count {
            if span.tokens.count == 1 {
                tags[span.tokens.lowerBound] = BILOU(.unit, span.label)
                continue
            }
            for index in span.tokens { tags[index] = BILOU(.inside, span.label) }
            tags[span.tokens.lowerBound] = BILOU(.begin, span.label)
            tags[span.tokens.upperBound - 1] = BILOU(.last, span.label)
        }
        return tags
    }

    /// The spans of a tag sequence. A valid sequence decodes exactly; an invalid one is
    /// repaired: a span runs from a B (or a stray I/L) while tags continue its type, and ends
    /// at its L, at a tag that does not continue it, or at the end of the sentence.
    public static func decode(_ tags: [BILOU]) -> [Span<EntityType>] {
        var spans: [Span<EntityType>] = []
        var start: Int?
        var open: EntityType?
        func close(at end: Int) {
            if let s = start, let type = open { spans.append(Span(tokens: s..<end, label: type)) }
            start = nil
            open = nil
        }
        for (index, tag) in tags.enumerated() {
            guard let type = tag.type, let position = tag.position else {
                close(at: index)
                continue
            }
            let continues = open == type && (position == .inside || position == .last)
            if !continues {
                close(at: index)
                start = index
                open = type
            }
            if position == .last || position == .unit { close(at: index + 1) }
        }
        close(at: tags.count)
        return spans
    }
}
