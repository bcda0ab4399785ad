import Foundation
import SitrepText
import Testing

@testable import SitrepNLP

/// Two documents; the first has two paragraphs, a multiword token and `SpaceAfter=No`.
private let corpus = """
    # newdoc id = GUM_news_tiny
    # newpar
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    # newpar
    # text = Yes.
    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No
    2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

    # newdoc id = email_tiny
    # text = Thanks Bob
    1\tThanks\tthanks\tNOUN\tNN\t_\t0\troot\t_\t_
    2\tBob\tBob\tPROPN\tNNP\t_\t1\tvocative\t_\t_

    """

/// The GUM dev file in ../shared/data, next to the repository, when it is there.
private enum SharedGUM {
    static let dev = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/ud-gum/dev.conllu")
    static var available: Bool { FileManager.default.isReadableFile(atPath: dev.path) }
}

private func documents() throws -> [GoldSegmentation] {
    GoldSegmentation.documents(from: try CoNLLU.parse(corpus))
}

@Suite("Segment evaluation")
struct SegmentEvaluationTests {
    @Test("raw text is rebuilt with blank lines between paragraphs and words inside multiword tokens")
    func rebuild() throws {
        let golds = try documents()
        #expect(golds.map(\.id) == ["GUM_news_tiny", "email_tiny"])
        #expect(golds[0].text == "I don't know.\n\nYes.")
        #expect(golds[0].words == [0..<1, 2..<4, 4..<7, 8..<12, 12..<13, 15..<18, 18..<19])
        #expect(golds[0].sentences == [0..<13, 15..<19])
        #expect(golds[1].text == "Thanks Bob")
    }

    @Test("scores count exact span matches")
    func scores() throws {
        let result = SegmentEvaluation.evaluate(try documents())
        #expect(result.documents == 2)
        #expect(result.tokens == SpanScore(gold: 9, predicted: 9, matched: 9))
        #expect(result.sentences == SpanScore(gold: 3, predicted: 3, matched: 3))
        #expect(result.metrics.map(\.name) == ["tokens.precision", "tokens.recall", "tokens.f1",
                                               "sentences.precision", "sentences.recall", "sentences.f1"])
        #expect(SpanScore(gold: 4, predicted: 2, matched: 1).f1 == 100.0 / 3)
    }

    @Test("a boundary classifier trained on tiny data round-trips through its model file")
    func trainedModel() throws {
        let model = SentenceBoundaryTrainer(epochs: 2).train(on: try documents())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("segment-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try Segmenter.modelFile(model, trainedOn: ["tiny"], command: "test", scores: [:]).write(to: url)
        var document = Document(text: "I don't know. Yes.\n\nThanks Bob")
        try Segmenter(contentsOf: url).process(&document)
        #expect(document.invariantViolations() == [])
        #expect(document.tokens.count == 9)
    }

    @Test("GUM dev scores hold at their measured level", .enabled(if: SharedGUM.available, "needs ../shared/data/ud-gum"))
    func gumDev() throws {
        let result = SegmentEvaluation.evaluate(GoldSegmentation.documents(from: try CoNLLU.read(SharedGUM.dev)))
        #expect(result.tokens.f1 >= 99.9)
        #expect(result.sentences.f1 >= 95.5)
    }
}
