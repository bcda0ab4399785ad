import Foundation
import SitrepText
import Testing
@testable import SitrepNLP

struct BeamSearchTests {
    @Test("a beam of width 1 makes the greedy parser's moves")
    func widthOneIsGreedy() throws {
        let parser = try ParserTests.parser.get()
        var random = SeededGenerator(seed: 11)
        for _ in 0..<30 {
            let words = (0..<Int.random(in: 1...25, using: &random)).map { _ in ParserTests.vocabulary.randomElement(using: &random)! }
            let sentence = ParserSentence(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2))
            var search = BeamSearch(width: 1, count: sentence.count)
            while !search.isTerminal { search.step(sentence, scoring: parser) }
            var workspace = Parser.Workspace()
            parser.parse(sentence, workspace: &workspace)
            #expect(search.best.configuration.heads == workspace.configuration.heads)
            #expect(search.best.configuration.relations == workspace.configuration.relations)
        }
    }

    @Test("global training with a beam learns the trees of the sentences it is shown")
    func globalTrainingLearns() throws {
        let sentences = try CoNLLU.parse(Self.treebank)
        var options = ParserTrainer.Options()
        options.beamWidth = 4
        options.maxEpochs = 8
        options.patience = 8
        let (parser, dev) = ParserTrainer(training: sentences, options: options).train(dev: sentences) { _ in }
        #expect(parser.beamWidth == 4)
        #expect(dev.uas == 100)
        #expect(dev.las == 100)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("beam-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: file) }
        try parser.modelFile(trainedOn: [], command: "test", scores: [:]).write(to: file)
        let loaded = try Parser(file: file)
        #expect(loaded.trainedBeamWidth == 4 && loaded.beamWidth == 4)
        #expect(loaded.evaluate(on: sentences).uas == 100)
    }

    /// Three UD EWT-style sentences: subjects, objects, a passive with its agent, a clause.
    static let treebank = """
        1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tUnited\tUnited\tPROPN\tNNP\t_\t5\tcompound\t_\t_
        5\tStates\tStates\tPROPN\tNNP\t_\t2\tobj\t_\t_
        6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tforces\tforce\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_
        3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
        4\ttargeted\ttarget\tVERB\tVBN\t_\t0\troot\t_\t_
        5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_
        6\tmilitants\tmilitant\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        1\tKirby\tKirby\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tmilitia\tmilitia\tNOUN\tNN\t_\t5\tnsubj\t_\t_
        5\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_
        6\tbases\tbase\tNOUN\tNNS\t_\t5\tobj\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """
}
