import Foundation
import SitrepText
import Testing

@testable import SitrepNLP

@Suite("CoNLL-U reading")
struct CoNLLUTests {
    static let sample = """
        # newdoc id = doc1
        # sent_id = doc1-1
        # newpar id = doc1-p1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
        4.1\tknown\tknow\tVERB\tVBN\t_\t_\t_\t4:conj\t_
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

        # sent_id = doc1-2
        # text = Go.
        1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
        2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_

        """

    @Test("sentences, words, multiword tokens and comments are read; empty nodes skipped")
    func reads() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        #expect(sentences.count == 2)
        let first = sentences[0]
        #expect(first.startsDocument && first.startsParagraph)
        #expect(first.text == "I don't know.")
        #expect(first.id == "doc1-1")
        #expect(first.words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(first.words.map(\.head) == [4, 4, 4, 0, 4])
        #expect(first.words[3].upos == .VERB && first.words[3].xpos == "VB" && !first.words[3].spaceAfter)
        #expect(first.multiwordTokens.first?.words == 2...3)
        #expect(first.multiwordTokens.first?.form == "don't")
        #expect(!sentences[1].startsParagraph)
    }

    @Test("sentences written out read back the same: ids, text, words, heads, multiword tokens")
    func writesWhatItReads() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        let again = try CoNLLU.parse(CoNLLU.format(sentences))
        #expect(again.map(\.id) == sentences.map(\.id))
        #expect(again.map(\.text) == sentences.map(\.text))
        for (a, b) in zip(again, sentences) {
            #expect(a.words.map(\.form) == b.words.map(\.form) && a.words.map(\.lemma) == b.words.map(\.lemma))
            #expect(a.words.map(\.upos) == b.words.map(\.upos) && a.words.map(\.xpos) == b.words.map(\.xpos))
            #expect(a.words.map(\.head) == b.words.map(\.head) && a.words.map(\.relation) == b.words.map(\.relation))
            #expect(a.words.map(\.spaceAfter) == b.words.map(\.spaceAfter))
            #expect(a.multiwordTokens.map(\.form) == b.multiwordTokens.map(\.form))
        }
    }

    @Test("a malformed row is an error naming the line", arguments: [
        ("1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\n", 1, "expected 10"),
        ("# text = x\n1\tI\tI\tPRONOUN\tPRP\t_\t0\troot\t_\t_\n", 2, "unknown UPOS 'PRONOUN'"),
        ("1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n", 1, "head 'x'"),
    ])
    func malformed(text: String, line: Int, problem: String) {
        #expect { try CoNLLU.parse(text, file: "bad.conllu") } throws: { error in
            guard let error = error as? CorpusError else { return false }
            return error.file == "bad.conllu" && error.line == line && error.problem.contains(problem)
        }
    }

    @Test("a file saved with Windows line endings reads as the same sentences; a file with none is an error")
    func windowsLineEndingsAndEmptyFiles() throws {
        let crlf = Self.sample.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CoNLLU.parse(crlf).map(\.words.count) == [5, 2])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let conllu = folder.appendingPathComponent("gold.conllu")
        try Data("# just a comment\r\n".utf8).write(to: conllu)
        #expect { try CoNLLU.read(conllu) } throws: { error in
            "\(error)" == "\(conllu.path): no sentences found; expected CoNLL-U"
        }
        let iob2 = folder.appendingPathComponent("gold.iob2")
        try Data("Biden\tB-PER\r\nwarns\tO\r\nIran\tB-LOC\r\n".utf8).write(to: iob2)
        #expect(try IOB2.read(iob2).map(\.entities) == [[Span(tokens: 0..<1, label: .PER), Span(tokens: 2..<3, label: .LOC)]])
        try Data().write(to: iob2)
        #expect(throws: CorpusError.self) { try IOB2.read(iob2) }
    }
}
