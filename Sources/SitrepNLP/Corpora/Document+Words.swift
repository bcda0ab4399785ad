import SitrepText

extension Document {
    /// A document whose tokens are given words: one inner array per sentence, words joined
    /// by single spaces and sentences by newlines.
    ///
    /// This is how stages run on gold tokens (CoNLL-U corpora, hand-made test input), so an
    /// evaluation measures the stage and not the tokenizer.
    ///
    /// ```swift
    /// let document = Document(sentences: [["U.S.", "forces", "were", "targeted", "."]])
    /// ```
    public init(sentences: [[String]]) {
        let text = sentences.map { $0.joined(separator: " ") }.joined(separator: "\n")
        self.init(text: text)
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        var scalar = 0
        var byte = 0
        for words in sentences {
            let start = tokens.count
            if words.isEmpty {
                scalar += 1
                byte += 1
            }
            for word in words {
                let scalars = word.unicodeScalars.count
                let bytes = word.utf8.count
                if scalars > 0 {
                    tokens.append(Token(scalars: scalar..<scalar + scalars, utf8: byte..<byte + bytes))
                }
                scalar += scalars + 1
                byte += bytes + 1
            }
            if tokens.count > start { ranges.append(start..<tokens.count) }
        }
        setSegmentation(tokens: tokens, sentences: ranges)
    }
}
