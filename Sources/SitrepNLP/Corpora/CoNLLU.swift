import Foundation
import SitrepText

/// One sentence of a CoNLL-U file (the Universal Dependencies format), with the comments
/// sitrep uses to rebuild raw text: `# newdoc`, `# newpar`, `# text`.
public struct CoNLLUSentence: Sendable {
    public var id: String?
    public var text: String?
    /// This sentence opens a new document (`# newdoc`).
    public var startsDocument = false
    /// The `# newdoc id` of the document the sentence belongs to, carried over to the
    /// document's later sentences ("GUM_news_iodine"); nil when the file names none.
    public var documentID: String?
    /// This sentence opens a new paragraph (`# newpar`, or a new document).
    public var startsParagraph = false
    /// Syntactic words, in order; `heads` use their 1-based ids, 0 for the root.
    public var words: [CoNLLUWord] = []
    /// Surface tokens that stand for several words ("don't" for "do" + "n't").
    public var multiwordTokens: [CoNLLUMultiwordToken] = []
    /// The line of the file the sentence starts on, for error messages.
    public var line: Int = 0
}

/// A syntactic word: one row of a CoNLL-U sentence.
public struct CoNLLUWord: Sendable {
    public var form: String
    public var lemma: String
    public var upos: UPOS
    public var xpos: String
    /// 1-based id of the head word, 0 for the root.
    public var head: Int
    public var relation: DependencyRelation
    /// False when MISC says `SpaceAfter=No`.
    public var spaceAfter: Bool
    public var misc: String

    /// False when the treebank gives the word no lemma ("_", as EWT does for the later parts of
    /// a word a typo split: "poss ible"): such a word teaches the lemmatizer nothing, and when
    /// scoring, any lemma for it counts as right, as in the CoNLL 2018 evaluation script.
    public var hasLemma: Bool { lemma != "_" }
}

/// A surface token spanning several words (`19-20  don't`); words are 1-based.
public struct CoNLLUMultiwordToken: Sendable {
    public var words: ClosedRange<Int>
    public var form: String
    public var spaceAfter: Bool
}

/// A corpus file that cannot be read as its format says.
public struct CorpusError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: String

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }

    /// `sentences`, or an error naming the file when it held none (an empty file, or another format).
    static func nonEmpty<Sentence>(_ sentences: [Sentence], file: URL, format: String) throws -> [Sentence] {
        guard sentences.isEmpty else { return sentences }
        throw CorpusError(file: file.path, line: 0, problem: "no sentences found; expected \(format)")
    }

    /// The text of a corpus file, or an error naming it and saying why it could not be read.
    static func text(of url: URL) throws -> String {
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            throw CorpusError(file: url.path, line: 0, problem: "cannot read the file (\((error as NSError).localizedFailureReason ?? error.localizedDescription)); check the path")
        }
    }
}

/// Reads CoNLL-U files: the UD treebanks sitrep trains and evaluates on.
public enum CoNLLU {
    /// Reads every sentence of the file at `url`. Empty nodes (`8.1`) are skipped, as the
    /// basic trees do; an unknown UPOS or a malformed row is an error naming the line.
    /// Reads every sentence of the file at `url`; a file with none is an error, not an empty corpus.
    public static func read(_ url: URL) throws -> [CoNLLUSentence] {
        try CorpusError.nonEmpty(parse(try CorpusError.text(of: url), file: url.path), file: url, format: "CoNLL-U")
    }

    public static func parse(_ content: String, file: String = "<text>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var lineNumber = 0
        var documentID: String?
        func finish() {
            if current.startsDocument { documentID = current.documentID }
            current.documentID = documentID
            if !current.words.isEmpty { sentences.append(current) }
            current = CoNLLUSentence()
        }
        for rawLine in content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                finish()
                continue
            }
            if current.words.isEmpty && current.line == 0 { current.line = lineNumber }
            if line.hasPrefix("#") {
                readComment(line, into: &current)
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw CorpusError(file: file, line: lineNumber, problem: "expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            let spaceAfter = !fields[9].contains("SpaceAfter=No")
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw CorpusError(file: file, line: lineNumber, problem: "malformed multiword token id '\(id)'")
                }
                current.multiwordTokens.append(CoNLLUMultiwordToken(words: first...last, form: String(fields[1]), spaceAfter: spaceAfter))
                continue
            }
            guard let upos = UPOS(fields[3]) else {
                throw CorpusError(file: file, line: lineNumber, problem: "unknown UPOS '\(fields[3])'")
            }
            guard let head = Int(fields[6]) ?? (fields[6] == "_" ? 0 : nil) else {
                throw CorpusError(file: file, line: lineNumber, problem: "head '\(fields[6])' is not a number")
            }
            current.words.append(CoNLLUWord(
                form: String(fields[1]), lemma: String(fields[2]), upos: upos, xpos: String(fields[4]),
                head: head, relation: DependencyRelation(String(fields[7])), spaceAfter: spaceAfter,
                misc: String(fields[9])))
        }
        finish()
        return sentences
    }

    private static func readComment(_ line: Substring, into sentence: inout CoNLLUSentence) {
        let body = line.dropFirst().drop(while: { $0 == " " })
        if body.hasPrefix("newdoc") {
            sentence.startsDocument = true
            sentence.startsParagraph = true
            sentence.documentID = value(of: "newdoc id", in: body)
        } else if body.hasPrefix("newpar") {
            sentence.startsParagraph = true
        } else if let value = value(of: "text", in: body) {
            sentence.text = value
        } else if let value = value(of: "sent_id", in: body) {
            sentence.id = value
        }
    }

    private static func value(of key: String, in comment: Substring) -> String? {
        guard comment.hasPrefix(key) else { return nil }
        let rest = comment.dropFirst(key.count).drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop(while: { $0 == " " }))
    }
}

extension CoNLLU {
    /// `sentences` in CoNLL-U, with their ids, text and multiword tokens, so a file read and
    /// written again (or one with predicted columns) is read by any UD tool. FEATS and DEPS,
    /// which sitrep does not keep, are written as `_`.
    public static func format(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            if let id = sentence.id { out += "# sent_id = \(id)\n" }
            if let text = sentence.text { out += "# text = \(text)\n" }
            var spans = sentence.multiwordTokens.makeIterator()
            var span = spans.next()
            for (offset, word) in sentence.words.enumerated() {
                let id = offset + 1
                if let token = span, token.words.lowerBound == id {
                    out += "\(token.words.lowerBound)-\(token.words.upperBound)\t\(token.form)\t_\t_\t_\t_\t_\t_\t_\t"
                        + (token.spaceAfter ? "_" : "SpaceAfter=No") + "\n"
                    span = spans.next()
                }
                let columns = [String(id), word.form, word.lemma, "\(word.upos)", word.xpos, "_", String(word.head),
                               word.relation.rawValue, "_", word.misc.isEmpty ? "_" : word.misc]
                out += columns.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
