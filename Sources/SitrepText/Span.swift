/// A run of tokens with a label, such as an entity mention; it never copies the tokens.
///
/// Character offsets come from the tokens (`Document.scalarRange(of:)`).
public struct Span<Label: Sendable & Hashable>: Sendable, Hashable {
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>
    public var label: Label

    public init(tokens: Range<Int>, label: Label) {
        self.tokens = tokens
        self.label = label
    }
}
