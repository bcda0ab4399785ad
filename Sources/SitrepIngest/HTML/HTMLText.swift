/// Whitespace and text measures on UTF-8 bytes: pages are mostly ASCII, so only the few
/// multi-byte sequences that can be whitespace are looked at closely.
enum HTMLText {
    /// Whether a scalar is white space as Unicode defines it; the control characters that
    /// count are tab, line feed, form feed and carriage return.
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x0A, 0x09, 0x0D, 0x0C, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The scalar value starting at `index` of valid UTF-8 and its length in bytes.
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> (value: UInt32, length: Int)
    where Bytes.Index == Int {
        let first = bytes[index]
        if first < 0x80 { return (UInt32(first), 1) }
        let length = min(first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2, bytes.endIndex - index)
        var value = UInt32(first) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Runs of whitespace become one space; leading and trailing whitespace goes. The
    /// result is never longer than the input, so it is written in place of a new string.
    static func collapse(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: input.count) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    let (value, length) = byte < 0x80 ? (UInt32(byte), 1) : scalar(in: input, at: index)
                    if isSpace(value) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            output[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        for offset in 0..<length { output[count + offset] = input[index + offset] }
                        count += length
                    }
                    index += length
                }
                return count
            }
        }
    }
}

/// What scoring needs to know of a stretch of text once its whitespace is collapsed, without
/// building it: how long it is, how many commas it has, and how much of it is link text.
///
/// Measures of consecutive stretches combine (`followed(by:)`), so an element's measure is
/// its children's, joined in order.
struct TextMeasure {
    /// Non-space scalars.
    var letters = 0
    /// Whitespace runs between non-space scalars, each one space once collapsed.
    var gaps = 0
    var commas = 0
    /// Whether whitespace comes before the first letter (for a stretch without letters:
    /// whether it has any whitespace); and after the last.
    var leadingSpace = false
    var trailingSpace = false
    /// Collapsed length of the text inside links.
    var linkLength = 0

    /// Length in Unicode scalars once collapsed.
    var length: Int { letters + gaps }

    static let space = TextMeasure(leadingSpace: true, trailingSpace: true)

    /// The measure of raw text, character references decoded when `decoding`.
    init(_ bytes: ArraySlice<UInt8>, decoding: Bool) {
        var pending = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var value = UInt32(byte)
            var next = index + 1
            if byte >= 0x80 {
                let scalar = HTMLText.scalar(in: bytes, at: index)
                (value, next) = (scalar.value, index + scalar.length)
            } else if byte == 0x26, decoding, let reference = HTMLEntities.reference(in: bytes, at: index) {
                (value, next) = (reference.scalar.value, reference.next)
            }
            if HTMLText.isSpace(value) {
                if letters == 0 { leadingSpace = true } else { pending = true }
            } else {
                if pending { gaps += 1 }
                pending = false
                letters += 1
                if value == 0x2C { commas += 1 }
            }
            index = next
        }
        trailingSpace = letters == 0 ? leadingSpace : pending
    }

    init(leadingSpace: Bool = false, trailingSpace: Bool = false) {
        self.leadingSpace = leadingSpace
        self.trailingSpace = trailingSpace
    }

    /// This stretch with `next` right after it.
    func followed(by next: TextMeasure) -> TextMeasure {
        var joined = TextMeasure()
        joined.commas = commas + next.commas
        joined.linkLength = linkLength + next.linkLength
        joined.letters = letters + next.letters
        if letters == 0 {
            joined.gaps = next.gaps
            joined.leadingSpace = leadingSpace || next.leadingSpace
            joined.trailingSpace = next.letters == 0 ? joined.leadingSpace : next.trailingSpace
        } else if next.letters == 0 {
            joined.gaps = gaps
            joined.leadingSpace = leadingSpace
            joined.trailingSpace = trailingSpace || next.leadingSpace
        } else {
            joined.gaps = gaps + next.gaps + (trailingSpace || next.leadingSpace ? 1 : 0)
            joined.leadingSpace = leadingSpace
            joined.trailingSpace = next.trailingSpace
        }
        return joined
    }
}
