import Foundation

/// Turns a file's bytes into text: refuses binary files, removes a byte-order mark, reads
/// UTF-16 when marked, decodes invalid UTF-8 leniently, and normalises line endings.
enum TextDecoding {
    /// The decoded text, and whether invalid UTF-8 had to be replaced.
    static func decode(_ data: Data, file: String) throws(IngestError) -> (text: String, lenient: Bool) {
        if data.isEmpty { throw .empty(file: file) }
        let bytes = [UInt8](data.prefix(8192))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw .unreadable(file: file, reason: "marked as UTF-16 but not valid UTF-16")
            }
            return (normaliseLineEndings(text.replacingOccurrences(of: "\u{FEFF}", with: "")), false)
        }
        if let kind = binaryKind(bytes) { throw .binary(file: file, kind: kind) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        let lenient: Bool
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
            lenient = false
        } else {
            text = String(decoding: body, as: UTF8.self)
            lenient = true
        }
        let normalised = normaliseLineEndings(text)
        if normalised.allSatisfy(\.isWhitespace) { throw .empty(file: file) }
        return (normalised, lenient)
    }

    static func normaliseLineEndings(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The kind of binary file `prefix` starts, or nil for text. A NUL byte means binary.
    static func binaryKind(_ prefix: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0x1F, 0x8B], "gzip archive"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x25, 0x50, 0x44, 0x46], "PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0x7F, 0x45, 0x4C, 0x46], "executable"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
        ]
        for (magic, kind) in signatures where prefix.starts(with: magic) { return kind }
        return prefix.contains(0) ? "contains NUL bytes" : nil
    }
}
