/// Decodes character references: `&amp;`, `&#8217;`, `&#x2019;`, and the named entities news
/// pages use. Unknown names are left as written, as browsers do.
enum HTMLEntities {
    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(0x26) else { return String(text) }
        return decode(Array(text.utf8)[...])
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        decode(bytes, into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `bytes` to `result` with their character references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>, into result: inout [UInt8]) {
        result.reserveCapacity(result.count + bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let ampersand = bytes[index...].firstIndex(of: 0x26) else {
                result.append(contentsOf: bytes[index...])
                return
            }
            result.append(contentsOf: bytes[index..<ampersand])
            if let reference = reference(in: bytes, at: ampersand) {
                result.append(contentsOf: String(reference.scalar).utf8)
                index = reference.next
            } else {
                result.append(0x26)
                index = ampersand + 1
            }
        }
    }

    /// The character reference starting with the `&` at `index`, and where it ends.
    static func reference(in bytes: ArraySlice<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, next: Int)? {
        guard let semicolon = bytes[(index + 1)..<min(index + 34, bytes.endIndex)].firstIndex(of: 0x3B),
              let scalar = reference(Substring(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)) else { return nil }
        return (scalar, semicolon + 1)
    }

    private static func reference(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            // Pages written in Windows-1252 put its punctuation in the C1 range.
            if (0x80...0x9F).contains(value) { return Windows1252.scalar(UInt8(value)) }
            return value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return named[String(name)]
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}",
        "para": "\u{00B6}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}",
        "rsaquo": "\u{203A}", "times": "\u{00D7}", "divide": "\u{00F7}", "plusmn": "\u{00B1}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "shy": "\u{00AD}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "prime": "\u{2032}", "Prime": "\u{2033}", "dagger": "\u{2020}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç", "Ccedil": "Ç",
        "ntilde": "ñ", "Ntilde": "Ñ", "atilde": "ã", "otilde": "õ", "aring": "å", "oslash": "ø",
        "aelig": "æ", "iexcl": "¡", "iquest": "¿", "ordm": "º", "ordf": "ª", "micro": "µ",
    ]
}

/// The Windows-1252 code page, which many pages that claim ISO-8859-1 really use.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(byte)
    }

    static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var result = String.UnicodeScalarView()
        for byte in bytes { result.append(scalar(byte)) }
        return String(result)
    }
}
