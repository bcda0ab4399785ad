import SitrepText

/// Part-of-speech tags for the recognizer's features, from the shipped `Tagger`.
///
/// Training, evaluation and inference all see *predicted* tags, so the features mean the same
/// thing in each: a recognizer trained on gold tags would trust them more than the tagger
/// deserves.
public struct RecognizerTags: Sendable {
    public var upos: [UPOS]
    public var xpos: [String]

    public init(upos: [UPOS], xpos: [String]) {
        self.upos = upos
        self.xpos = xpos
    }

    /// Tags every sentence of gold tokens in one pass of `tagger`. Empty words (which a
    /// `Document` cannot hold) are tagged as "_", so each result lines up with its sentence.
    public static func tag(_ sentences: [[String]], with tagger: Tagger) throws -> [RecognizerTags] {
        let nonEmpty = sentences.map { $0.map { $0.isEmpty ? "_" : $0 } }
        var document = Document(sentences: nonEmpty)
        try tagger.process(&document)
        var result: [RecognizerTags] = []
        result.reserveCapacity(sentences.count)
        var ranges = document.sentences.makeIterator()
        for words in nonEmpty {
            guard !words.isEmpty, let range = ranges.next() else {
                result.append(RecognizerTags(upos: [], xpos: []))
                continue
            }
            result.append(RecognizerTags(upos: Array(document.upos[range]), xpos: Array(document.xpos[range])))
        }
        return result
    }
}
