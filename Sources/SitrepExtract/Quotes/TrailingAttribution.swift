import SitrepText

/// The commonest attribution in news, read from the words rather than the parse: a sentence
/// ending in ", <noun phrase> <reporting verb> [complements]."
///
/// ```
/// Gunmen seized 14 passengers on Friday, the governor's office said in a statement.
/// Rain flooded homes overnight, the council said on Tuesday, adding that schools would close.
/// The talks will resume next month, the trade commissioner told reporters after the meeting.
/// ```
///
/// Parsers often hang such a verb off the wrong word (the sentence's first noun as its
/// subject, the rest as a modifier), leaving no clause to report; the surface shape is
/// unambiguous, so the content is the text before the comma and the speaker the noun phrase.
struct TrailingAttribution {
    let tree: SyntaxTree

    /// The content before the comma and the speaker's words, when `verb` closes its sentence
    /// this way: a noun phrase of at most ten words (or one pronoun) between the comma and
    /// the verb, only complements after it (no other verb, no "that"), a clause before it.
    func attribution(of verb: Int) -> (content: Range<Int>, speaker: Range<Int>)? {
        let document = tree.document
        guard let sentence = document.sentenceIndex(ofToken: verb).map({ document.sentences[$0] }) else { return nil }
        let start = max(sentence.lowerBound, verb - Self.longestPhrase - 1)
        guard let comma = (start..<verb).last(where: { document.text(of: $0) == "," }), comma > sentence.lowerBound
        else { return nil }
        let speaker = (comma + 1)..<verb
        let complements = (verb + 1)..<(participleAdded(after: verb, before: sentence.upperBound) ?? sentence.upperBound)
        guard isNounPhrase(speaker), complements.allSatisfy(isComplementWord) else { return nil }
        var content = sentence.lowerBound..<comma
        while let first = content.first, document.upos[first] == .PUNCT { content = (first + 1)..<content.upperBound }
        guard content.count >= 3, content.contains(where: { [.VERB, .AUX].contains(document.upos[$0]) }) else { return nil }
        return (content, speaker)
    }

    /// The token that names the speaker within its words: the last noun before any
    /// preposition or conjunction ("a spokesman for the ministry" → spokesman; "the governor's
    /// office" → office; "officials and residents" → officials).
    func head(of speaker: Range<Int>) -> Int {
        let document = tree.document
        let beforePreposition = speaker.prefix { document.upos[$0] != .ADP && document.upos[$0] != .CCONJ }
        return beforePreposition.last { [.NOUN, .PROPN, .PRON].contains(document.upos[$0]) } ?? speaker.lowerBound
    }

    /// "…, the council said on Tuesday, adding that …": the comma opening a participial
    /// reporting verb that continues the attribution (reported on its own).
    private func participleAdded(after verb: Int, before end: Int) -> Int? {
        let document = tree.document
        return ((verb + 1)..<(end - 1)).first { comma in
            document.text(of: comma) == "," && document.xpos[comma + 1] == "VBG" && ReportingVerbs.isReporting(comma + 1, tree)
        }
    }

    /// "the foreign policy chief", "Iran's foreign ministry", "a spokesman for the army", "he".
    private func isNounPhrase(_ words: Range<Int>) -> Bool {
        let document = tree.document
        guard let first = words.first, words.count <= Self.longestPhrase else { return false }
        if words.count == 1 { return [.NOUN, .PROPN, .PRON].contains(document.upos[first]) }
        guard [.DET, .ADJ, .NOUN, .PROPN, .NUM].contains(document.upos[first]),
            let last = words.last, [.NOUN, .PROPN].contains(document.upos[last])
        else { return false }
        return words.allSatisfy { word in
            switch document.upos[word] {
            case .DET, .ADJ, .NOUN, .PROPN, .NUM, .PART, .CCONJ: true
            case .ADP: ["of", "for", "at", "to", "in"].contains(document.text(of: word).lowercased())
            case .PUNCT: ["-", "."].contains(document.text(of: word))
            default: false
            }
        }
    }

    /// Words that may follow the verb in such a sentence: where, when and to whom it was
    /// said ("in a statement issued on Monday", "told reporters after the meeting", "on its
    /// website"), not a
    /// clause of its own.
    private func isComplementWord(_ token: Int) -> Bool {
        let document = tree.document
        switch document.upos[token] {
        case .AUX, .SCONJ: return false
        case .PRON: return document.xpos[token] == "PRP$"
        case .VERB: return ["VBN", "VBG"].contains(document.xpos[token]) && document.text(of: token - 1) != ","
        default: return true
        }
    }

    private static let longestPhrase = 10
}
