import Foundation

/// Reads the text of a JSON value the way article dumps and schema.org data write names:
/// a string, an object's `name` (or `url`, `title`, `@id`), or the first of a list.
enum JSONText {
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let object as [String: Any]:
            return text(object["name"]) ?? text(object["url"]) ?? text(object["title"]) ?? text(object["@id"])
        case let list as [Any]:
            return list.lazy.compactMap(text).first
        default:
            return nil
        }
    }

    /// Every text of a value: each element of a list, or the one value.
    static func texts(_ value: Any?) -> [String] {
        if let list = value as? [Any] { return list.compactMap(text) }
        return text(value).map { [$0] } ?? []
    }
}
