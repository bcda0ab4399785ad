import Foundation

/// Phrases that mark a text as out of scope for event coding (PETRARCH's discards file:
/// sports, weather): "BASEBALL" discards the sentence, "+TYPHOON" the whole story. A story
/// about a ball game or a typhoon has "attacks", "strikes" and "defeats" that are no
/// political events.
///
/// Format: one phrase a line, words joined by spaces or `_`, `#` comments; a leading `+`
/// makes the phrase discard the story.
public struct DiscardList: Sendable {
    public enum Scope: Sendable { case sentence, story }

    /// Each phrase as lowercased words, with what it discards.
    private var phrases: [(words: [String], scope: Scope)] = []

    public init() {}

    public init(contentsOf url: URL) throws {
        self.init(text: try DictionaryProblem.text(of: url, file: url.path, kind: "discards file"))
    }

    public init(text: String) {
        for (_, line) in PetrarchLines.read(text) where !line.isEmpty {
            let scope: Scope = line.hasPrefix("+") ? .story : .sentence
            let words = Self.words(line.drop { $0 == "+" }.replacingOccurrences(of: "_", with: " "))
            if !words.isEmpty { phrases.append((words, scope)) }
        }
    }

    /// The widest scope a text's phrases discard, or nil when none occurs in it as whole words.
    public func scope(of text: String) -> Scope? {
        let words = Self.words(text)
        var found: Scope?
        for phrase in phrases where Self.contains(words, phrase.words) {
            if phrase.scope == .story { return .story }
            found = .sentence
        }
        return found
    }

    private static func words(_ text: some StringProtocol) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
        }
    }
}
