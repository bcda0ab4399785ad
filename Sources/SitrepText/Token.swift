/// One token of a document: where it stands in the text, in two units.
///
/// `scalars` is the public unit (Unicode scalar offsets: `body[start:end]` in Python gives
/// the token back); `utf8` lets stages slice the text without walking it.
public struct Token: Sendable, Hashable {
    /// Unicode scalar (code point) offsets into `Document.text`.
    public var scalars: Range<Int>
    /// UTF-8 byte offsets into `Document.text`.
    public var utf8: Range<Int>

    public init(scalars: Range<Int>, utf8: Range<Int>) {
        self.scalars = scalars
        self.utf8 = utf8
    }
}
