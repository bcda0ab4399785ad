/// What the tokenizer needs to know about one Unicode scalar.
///
/// Only ASCII and the handful of punctuation marks news text uses are told apart; every other
/// scalar (letters of any script, digits, emoji, joiners, combining marks) is `.other`, which
/// the tokenizer treats as part of a word. That keeps RTL text, emoji sequences with ZWJ and
/// combining accents whole and never splits inside a grapheme.
enum CharacterKind: UInt8 {
    /// Spaces, line breaks, control characters, BOM and zero-width space: token separators.
    case space
    case upper, lower, digit
    /// `(` `[` `{` `“` `‘` `«` `‹` `¿` `¡`
    case opening
    /// `)` `]` `}` `”` `»` `›`
    case closing
    /// `"` `'` `’` `` ` ``: open or close depending on where they stand.
    case quote
    /// `.` `!` `?` `…`
    case terminal
    /// `,` `;` `:`
    case separator
    case hyphen
    /// `–` `—` `―` `‒`
    case dash
    case slash
    case percent
    /// `$` `€` `£` `¥` `₹` `₩` `₽`
    case currency
    case hash, at, ampersand
    /// `*` `•` `·` `▪` `+` `=` `<` `>` `|` `~` `^` `\` `_`
    case symbol
    /// Any other scalar: letters outside ASCII, marks, emoji, joiners.
    case other

    /// Letters and digits of any script: the stuff of words.
    var isWordLike: Bool {
        switch self {
        case .upper, .lower, .digit, .other: true
        default: false
        }
    }

    var isLetter: Bool { self == .upper || self == .lower || self == .other }

    static func of(_ scalar: UInt32) -> CharacterKind {
        if scalar < 0x80 { return ascii[Int(scalar)] }
        switch scalar {
        case 0x80...0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .space
        case 0x201C, 0x2018, 0x00AB, 0x2039, 0x00BF, 0x00A1, 0x201E, 0x201A:
            return .opening
        case 0x201D, 0x00BB, 0x203A:
            return .closing
        case 0x2019, 0x00B4, 0x2032, 0x2033:
            return .quote
        case 0x2026:
            return .terminal
        case 0x2010, 0x2011:
            return .hyphen
        case 0x2012...0x2015, 0x2212:
            return .dash
        case 0x20AC, 0x00A3, 0x00A5, 0x20B9, 0x20A9, 0x20BD, 0x00A2:
            return .currency
        case 0x2022, 0x00B7, 0x25AA, 0x25CF, 0x25E6, 0x2023, 0x2043, 0x00B0, 0x00A7, 0x00B6, 0x00A9, 0x00AE, 0x2122:
            return .symbol
        case 0xC0...0xD6, 0xD8...0xDE:
            return .upper
        case 0xDF...0xF6, 0xF8...0xFF:
            return .lower
        default:
            return .other
        }
    }

    /// True for scalars that start a new line: the splitter counts them between tokens.
    static func isLineBreak(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || scalar == 0x0D || scalar == 0x0B || scalar == 0x0C
            || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }

    private static let ascii: [CharacterKind] = (0..<128).map { code -> CharacterKind in
        switch UInt8(code) {
        case 0...0x20, 0x7F: .space
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): .opening
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): .closing
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): .quote
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): .terminal
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): .separator
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "%"): .percent
        case UInt8(ascii: "$"): .currency
        case UInt8(ascii: "#"): .hash
        case UInt8(ascii: "@"): .at
        case UInt8(ascii: "&"): .ampersand
        default: .symbol
        }
    }
}
