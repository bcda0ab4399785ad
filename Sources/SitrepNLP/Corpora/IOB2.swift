import Foundation
import SitrepText

/// One sentence of a named-entity corpus: its tokens and its entity spans (token indices).
public struct NERSentence: Sendable, Equatable {
    public var id: String?
    public var tokens: [String]
    public var entities: [Span<EntityType>]
    /// The line of the file the sentence starts on, for error messages.
    public var line: Int

    public init(id: String? = nil, tokens: [String], entities: [Span<EntityType>], line: Int = 0) {
        self.id = id
        self.tokens = tokens
        self.entities = entities
        self.line = line
    }
}

extension NERSentence {
    /// The sentence with each span cut down to its name: leading and trailing words that do
    /// not start with a capital letter or digit are dropped ("a new Prime Minister" → "Prime
    /// Minister"), and spans with no such word left are removed.
    ///
    /// re3d annotates descriptions ("the Syrian parties", "a bomb-damaged building"), UNER
    /// and GUM-NER only names; training on re3d as is would teach the model to swallow
    /// determiners.
    public func trimmedToNames() -> NERSentence {
        func isNameWord(_ index: Int) -> Bool {
            guard let first = tokens[index].unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil
        }
        var copy = self
        copy.entities = entities.compactMap { entity in
            var range = entity.tokens
            while let first = range.first, !isNameWord(first) { range = range.dropFirst() }
            while let last = range.last, !isNameWord(last) { range = range.dropLast() }
            return range.isEmpty ? nil : Span(tokens: range, label: entity.label)
        }
        return copy
    }
}

extension NERSentence {
    /// The sentence with leading titles ("President", "Dr.") cut from person spans, as UNER
    /// annotates them; GUM-NER and re3d include the title.
    public func withoutTitles() -> NERSentence {
        var copy = self
        copy.entities = entities.compactMap { entity in
            guard entity.label == .PER else { return entity }
            var range = entity.tokens
            while let first = range.first, range.count > 1, Titles.words.contains(tokens[first].lowercased()) {
                range = range.dropFirst()
            }
            return Span(tokens: range, label: entity.label)
        }
        return copy
    }
}

/// Reads IOB2 named-entity files: UNER English-EWT, GUM-NER and re3d as shipped in
/// `../shared/data`.
///
/// Layouts, detected per line as `../shared/peers/eval_ner.py` does, so sitrep scores the same
/// spans as the spaCy baseline: `ID TOKEN LABEL …` when there are three or more columns and
/// the first is an integer (UNER), otherwise `TOKEN LABEL` (GUM-NER, re3d). `#` lines before
/// a sentence are comments. Spans are decoded the conlleval way: an `I-` that does not
/// continue a span of its type starts a new one.
///
/// Label mapping to sitrep's `EntityType` (one table for every corpus):
///
/// | corpus labels | sitrep |
/// |---|---|
/// | `PER` (UNER, GUM), `Person` (re3d) | PER |
/// | `ORG` (UNER, GUM), `Organisation` (re3d) | ORG |
/// | `LOC` (UNER, GUM: geo-political entities and places), `Location` (re3d) | LOC |
/// | `OTH` (GUM: events, objects, languages…), `Nationality` (re3d) | OTH |
/// | re3d `Temporal`, `Quantity`, `Money`, `Frequency`, `Weapon`, `MilitaryPlatform`, `Vehicle`, `DocumentReference`, `CommsIdentifier`, `Coordinate`, `Url`, and the stray UNER draft `O` type | no entity |
///
/// Any other label is an error naming the file and line.
public enum IOB2 {
    /// Reads every sentence of the file at `url`; a file with none is an error, not an empty corpus.
    public static func read(_ url: URL) throws -> [NERSentence] {
        try CorpusError.nonEmpty(parse(try CorpusError.text(of: url), file: url.path), file: url, format: "IOB2 (word, tab, label)")
    }

    public static func parse(_ content: String, file: String = "<text>") throws -> [NERSentence] {
        var sentences: [NERSentence] = []
        var tokens: [String] = []
        var labels: [(prefix: Character, type: EntityType?)] = []
        var id: String?
        var start = 0
        var lineNumber = 0

        func finish() {
            if !tokens.isEmpty {
                sentences.append(NERSentence(id: id, tokens: tokens, entities: spans(labels), line: start))
            }
            tokens = []
            labels = []
            id = nil
        }

        for rawLine in content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) {
                finish()
                continue
            }
            if line.hasPrefix("#") && tokens.isEmpty {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("sent_id =") {
                    id = body.dropFirst("sent_id =".count).trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let token: Substring
            let label: Substring
            if columns.count >= 3, columns[0].allSatisfy(\.isNumber) {
                (token, label) = (columns[1], columns[2])
            } else if columns.count >= 3, columns[0].contains(where: { $0 == "-" || $0 == "." }),
                columns[0].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." })
            {
                continue
            } else if columns.count >= 2 {
                (token, label) = (columns[0], columns[1])
            } else {
                throw CorpusError(file: file, line: lineNumber, problem: "expected TOKEN<TAB>LABEL or ID<TAB>TOKEN<TAB>LABEL")
            }
            if tokens.isEmpty { start = lineNumber }
            tokens.append(String(token))
            labels.append(try parseLabel(label.trimmingCharacters(in: .whitespaces), file: file, line: lineNumber))
        }
        finish()
        return sentences
    }

    /// The sitrep type of a corpus entity type name; nil for types sitrep does not recognise.
    static func entityType(_ name: some StringProtocol) -> EntityType?? {
        switch name {
        case "PER", "Person": .some(.PER)
        case "ORG", "Organisation": .some(.ORG)
        case "LOC", "Location": .some(.LOC)
        case "OTH", "Nationality": .some(.OTH)
        case "O", "Temporal", "Quantity", "Money", "Frequency", "Weapon", "MilitaryPlatform", "Vehicle",
            "DocumentReference", "CommsIdentifier", "Coordinate", "Url":
            .some(nil)
        default: nil
        }
    }

    private static func parseLabel(_ label: String, file: String, line: Int) throws -> (prefix: Character, type: EntityType?) {
        if label.isEmpty || label == "O" { return ("O", nil) }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let prefix = parts[0].first, parts[0].count == 1, "BI".contains(prefix) else {
            throw CorpusError(file: file, line: line, problem: "label '\(label)' is not O, B-TYPE or I-TYPE")
        }
        guard let type = entityType(parts[1]) else {
            throw CorpusError(file: file, line: line, problem: "unknown entity type '\(parts[1])'; add it to IOB2.entityType")
        }
        return type == nil ? ("O", nil) : (prefix, type)
    }

    /// Spans from per-token labels, conlleval-style.
    private static func spans(_ labels: [(prefix: Character, type: EntityType?)]) -> [Span<EntityType>] {
        var result: [Span<EntityType>] = []
        var start: Int?
        var current: EntityType?
        for (index, label) in labels.enumerated() {
            let continues = label.prefix == "I" && label.type == current && start != nil
            if continues { continue }
            if let s = start, let type = current { result.append(Span(tokens: s..<index, label: type)) }
            start = label.type == nil ? nil : index
            current = label.type
        }
        if let s = start, let type = current { result.append(Span(tokens: s..<labels.count, label: type)) }
        return result
    }

    /// Writes sentences as `ID<TAB>TOKEN<TAB>LABEL` IOB2, which `eval_ner.py --pred` reads.
    public static func format(_ sentences: [NERSentence]) -> String {
        var out = ""
        for sentence in sentences {
            if let id = sentence.id { out += "# sent_id = \(id)\n" }
            var labels = Array(repeating: "O", count: sentence.tokens.count)
            for entity in sentence.entities {
                for index in entity.tokens {
                    labels[index] = (index == entity.tokens.lowerBound ? "B-" : "I-") + entity.label.rawValue
                }
            }
            for (index, token) in sentence.tokens.enumerated() {
                out += "\(index + 1)\t\(token)\t\(labels[index])\n"
            }
            out += "\n"
        }
        return out
    }
}
