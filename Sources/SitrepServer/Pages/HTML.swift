import Foundation

/// Escaping for the server-rendered pages. Every piece of text that came from an article, a
/// query or the store goes through `escape` before it enters a page; markup is only ever
/// written by this module's own string literals.
enum HTML {
    /// Escapes the five characters that can end a text node or an attribute value.
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A query-string component, percent-encoded; the caller still escapes the whole attribute.
    static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? ""
    }

    private static let queryAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
}
