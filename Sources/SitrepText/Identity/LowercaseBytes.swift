extension Unicode.Scalar {
    /// Calls `body` with each UTF-8 byte of the scalar's lower-case form; ASCII without
    /// allocating, since identity hashing runs over every character of every article.
    @inline(__always)
    func forEachLowercaseByte(_ body: (UInt8) -> Void) {
        if isASCII {
            let byte = UInt8(value)
            body(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            return
        }
        for byte in properties.lowercaseMapping.utf8 { body(byte) }
    }
}
