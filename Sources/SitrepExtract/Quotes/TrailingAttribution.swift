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
    /// the verb, or such a phrase and its apposition between commas ("…, the Centre for
    /// Democracy and Human Rights (CDD), a local rights group, said"), only complements after
    /// it (no other verb, no "that"), a clause before it.
    func attribution(of verb: Int) -> (content: Range<Int>, speaker: Range<Int>)? {
        let document = tree.document
        guard let sentence = document.sentenceIndex(ofToken: verb).map({ document.sentences[$0] }) else { return nil }
        func lastComma(before end: Int) -> Int? {
            (max(sentence.lowerBound, end - Self.longestPhrase - 1)..<end).last { document.text(of: $0) == "," }
        }
        guard var comma = lastComma(before: verb) else { return nil }
        var speaker = (comma + 1)..<verb
        if speaker.isEmpty, let apposition = lastComma(before: comma), let opening = lastComma(before: apposition),
           isNounPhrase((apposition + 1)..<comma) {
            speaker = (opening + 1)..<apposition
            comma = opening
        }
        guard comma > sentence.lowerBound else { return nil }
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
        // A name may end in its abbreviation: "the Centre for Democracy and Human Rights (CDD)".
        let abbreviated = words.count > 3 && document.text(of: words.upperBound - 1) == ")" && document.text(of: words.upperBound - 3) == "("
        guard [.DET, .ADJ, .NOUN, .PROPN, .NUM].contains(document.upos[first]),
            let last = abbreviated ? words.upperBound - 4 : words.last, [.NOUN, .PROPN].contains(document.upos[last])
        else { return false }
        return words.allSatisfy { word in
            switch document.upos[word] {
            case .DET, .ADJ, .NOUN, .PROPN, .NUM, .PART, .CCONJ: true
            case .ADP: ["of", "for", "at", "to", "in"].contains(document.text(of: word).lowercased())
            case .PUNCT: ["-", "."].contains(document.text(of: word)) || (abbreviated && word >= words.upperBound - 3)
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
