import Sitrep
import SitrepNLP
import SitrepText
import SitrepTestSupport
import Testing

@Suite("Coreference evaluation")
struct CoreferenceEvaluationTests {
    static let corpus = """
        # newdoc id = GUM_news_test
        # text = Biden warned Iran. He said it would pay.
        1\tBiden\tBiden\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sgl-Joe_Biden)
        2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tIran\tIran\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-Iran)|SpaceAfter=No
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)
        2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-place-giv
        4\tcountry\tcountry\tNOUN\tNN\t_\t2\tobj\t_\tEntity=2)|SpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    @Test("Entity= brackets give mentions with their cluster, type and words")
    func brackets() throws {
        let documents = CoreferenceDocument.documents(try CoNLLU.parse(Self.corpus), prefix: "GUM_news_")
        let document = try #require(documents.first)
        #expect(document.mentions.map(\.words) == [0..<1, 2..<3, 4..<5, 6..<8])
        #expect(document.mentions.map(\.cluster) == ["1", "2", "1", "2"])
        #expect(document.mentions.map(\.type) == ["person", "place", "person", "place"])
        #expect(document.head(of: document.mentions[3]) == 7)
    }

    @Test("a pronoun resolved to the referent of its cluster's earlier name counts as right")
    func score() throws {
        let gold = try #require(CoreferenceDocument.documents(try CoNLLU.parse(Self.corpus), prefix: "GUM_news_").first)
        var document = Document(sentences: gold.sentences)
        for stage in try SharedAnalyzer.analyzer.get().pipeline.stages where !stage.provides.contains(.tokens) {
            try stage.process(&document)
        }
        var score = CoreferenceScore()
        score.add(gold: gold, predicted: document)
        #expect(score.pronouns.total == 1)
        #expect(score.pronouns.correct == 1)
        #expect(score.names.total == 0)
    }
}
