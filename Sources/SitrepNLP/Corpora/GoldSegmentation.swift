/// One treebank document turned back into raw text, with where its gold words and sentences
/// stand in it (Unicode scalar offsets), so a segmenter can be run on the text and scored.
///
/// Sentences of a paragraph are joined by a space (none after `SpaceAfter=No`), paragraphs
/// (`# newpar`) by a blank line, and a document ends at the next `# newdoc`. A multiword
/// token is written as its surface form ("don't"); its words get spans inside that form when
/// they spell it out ("do" 0..<2, "n't" 2..<5), otherwise the whole form is one gold span.
public struct GoldSegmentation: Sendable {
    /// From `# newdoc id = …`.
    public var id: String?
    public var text: String
    /// Gold syntactic words, as scalar ranges of `text`, in order.
    public var words: [Range<Int>]
    /// Gold sentences, as scalar ranges of `text` from their first word's start to their last
    /// word's end.
    public var sentences: [Range<Int>]

    /// The documents of a CoNLL-U file, in order.
    public static func documents(from sentences: [CoNLLUSentence]) -> [GoldSegmentation] {
        var documents: [GoldSegmentation] = []
        var builder = Builder()
        for sentence in sentences {
            if sentence.startsDocument && !builder.isEmpty {
                documents.append(builder.finish())
                builder = Builder()
            }
            if builder.isEmpty { builder.id = sentence.documentID }
            builder.add(sentence)
        }
        if !builder.isEmpty { documents.append(builder.finish()) }
        return documents
    }

    private struct Builder {
        var id: String?
        var text = ""
        var scalarCount = 0
        var words: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var spaceAfterLast = true

        var isEmpty: Bool { words.isEmpty }

        mutating func add(_ sentence: CoNLLUSentence) {
            if !isEmpty {
                append(sentence.startsParagraph ? "\n\n" : (spaceAfterLast ? " " : ""))
            }
            let start = scalarCount
            var multiword: [Int: CoNLLUMultiwordToken] = [:]
            for token in sentence.multiwordTokens { multiword[token.words.lowerBound] = token }
            var index = 1
            while index <= sentence.words.count {
                if let token = multiword[index], token.words.upperBound <= sentence.words.count {
                    let forms = token.words.map { sentence.words[$0 - 1].form }
                    let surfaceStart = scalarCount
                    append(token.form)
                    if forms.joined() == token.form {
                        var offset = surfaceStart
                        for form in forms {
                            let length = form.unicodeScalars.count
                            words.append(offset..<offset + length)
                            offset += length
                        }
                    } else {
                        words.append(surfaceStart..<scalarCount)
                    }
                    spaceAfterLast = token.spaceAfter
                    index = token.words.upperBound + 1
                } else {
                    let word = sentence.words[index - 1]
                    let wordStart = scalarCount
                    append(word.form)
                    words.append(wordStart..<scalarCount)
                    spaceAfterLast = word.spaceAfter
                    index += 1
                }
                if index <= sentence.words.count && spaceAfterLast { append(" ") }
            }
            sentences.append(start..<scalarCount)
        }

        mutating func append(_ piece: String) {
            text += piece
            scalarCount += piece.unicodeScalars.count
        }

        func finish() -> GoldSegmentation {
            GoldSegmentation(id: id, text: text, words: words, sentences: sentences)
        }
    }
}
