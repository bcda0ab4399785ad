import Foundation
import SitrepTestSupport
import Testing

/// Runs the built `sitrep` binary the way a user does and checks what it prints.
@Suite("the sitrep command")
struct CommandTests {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL? = {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("sitrep")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()

    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")

    let folder: URL
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("test.sqlite").path
    }

    func run(_ arguments: [String], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try #require(Self.binary, "the sitrep binary is built next to the tests")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("ingest stores good files, names each failure, exits 1, and stores nothing twice")
    func ingestFolder() throws {
        let articles = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: articles.appendingPathComponent("a.txt"))
        try Data("{\"title\": \"T\", \"text\": \"A second story body.\"}\nnot json\n".utf8)
            .write(to: articles.appendingPathComponent("b.jsonl"))
        try Data().write(to: articles.appendingPathComponent("empty.txt"))

        let first = try run(["ingest", articles.path, "--db", db])
        #expect(first.status == 1)
        #expect(first.stdout.contains("2 stored, 0 already stored, 2 failed"))
        #expect(first.stderr.contains("b.jsonl:2"))
        #expect(first.stderr.contains("empty.txt: the file is empty"))

        let second = try run(["ingest", articles.path, "--db", db, "--no-analyze"])
        #expect(second.stdout.contains("0 stored, 2 already stored, 2 failed"))
        let listed = try run(["articles", "--db", db, "--search", "Khamenei"])
        #expect(listed.stdout.contains("President Biden Warns Iranian Supreme Leader"))
    }

    @Test("ingest reads standard input")
    func ingestStandardInput() throws {
        let result = try run(["ingest", "-", "--db", db, "--no-analyze"], input: "A Title\n\nThe talks resumed on Monday, officials said.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 stored"))
    }

    @Test("extract --json fills the article section and keeps the other sections present")
    func extractJSON() throws {
        let result = try run(["extract", Self.sample.path, "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let article = try #require(json["article"] as? [String: Any])
        #expect(article["dateline"] as? String == "WASHINGTON")
        #expect(article["source"] as? String == "ICARO Media Group")
        #expect(article["published"] as? String == "2023-10-26T22:41:00")
        for section in ["entities", "events", "quotes", "claims", "numbers", "places"] {
            #expect(json[section] is [Any], "section \(section)")
        }
        // The pipeline ran: the body is split into its 22 sentences and names are recognised.
        #expect((json["sentences"] as? [Any])?.count == 22)
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["name"] as? String == "Joe Biden" && $0["type"] as? String == "PER" })
    }

    @Test("demo ingests the bundled samples and says how to explore them")
    func demo() throws {
        let result = try run(["demo", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 stored"))
        #expect(result.stdout.contains("sitrep articles --db"))
        let shown = try run(["show", String(try #require(result.stdout.split(separator: "sitrep show ").last?.prefix(8))), "--db", db])
        #expect(shown.stdout.contains("Dateline: WASHINGTON"))
        // The demo's article was analysed as it was stored, so the record commands answer.
        let actors = try run(["actors", "--db", db, "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(actors.stdout.utf8)) as? [[String: Any]])
        #expect(listed.contains { $0["name"] as? String == "Hezbollah" })
        for command in ["events", "quotes", "claims"] {
            let result = try run([command, "--db", db, "--json"])
            #expect(result.status == 0 && (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) is [Any], "\(command)")
        }
        let export = try run(["export", "events", "--format", "csv", "--db", db])
        #expect(export.stdout.hasPrefix("article,id,date,code"))
    }

    @Test("a dictionary in the store's dictionaries folder codes a name no bundled dictionary knows")
    func storeDictionaries() throws {
        let dictionaries = folder.appendingPathComponent("dictionaries")
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        try Data("Zorvan Militia | Zorvani fighters | ORG | XYZREB | XYZ | armed group\n".utf8)
            .write(to: dictionaries.appendingPathComponent("analysts.actors.txt"))
        let article = folder.appendingPathComponent("militia.txt")
        try Data("Militia attack\n\nThe Zorvan Militia attacked a police convoy on Monday, officials said.\n".utf8).write(to: article)
        #expect(try run(["ingest", article.path, "--db", db]).status == 0)
        #expect(try run(["actors", "--db", db]).stdout.contains("XYZREB"))
    }

    @Test("analyze analyses articles stored without an analysis, once")
    func analyzeLater() throws {
        _ = try run(["ingest", Self.sample.path, "--db", db, "--no-analyze"])
        #expect(try run(["actors", "--db", db]).stdout.contains("No actors stored yet"))
        #expect(try run(["analyze", "--db", db]).stdout.contains("1 analysed"))
        #expect(try run(["analyze", "--db", db]).stdout.contains("0 analysed"))
        #expect(try run(["actors", "--db", db]).stdout.contains("Hezbollah"))
    }

    @Test("show with an unknown id explains and fails")
    func showUnknown() throws {
        _ = try run(["ingest", Self.sample.path, "--db", db, "--no-analyze"])
        let result = try run(["show", "zzzz", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no stored article has id zzzz"))
    }

    @Test("eval parser scores a treebank, lists its relations by head errors, and writes its parses as CoNLL-U")
    func evalParser() throws {
        let gold = folder.appendingPathComponent("gold.conllu")
        let predictions = folder.appendingPathComponent("parsed.conllu")
        try Data("""
            # sent_id = s1
            # text = Iran warned the United States.
            1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
            4\tUnited\tUnited\tPROPN\tNNP\t_\t5\tcompound\t_\t_
            5\tStates\tStates\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No
            6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """.utf8).write(to: gold)
        let result = try run(["eval", "parser", "--gold", gold.path, "--gold-tags", "--by-relation",
                              "--predictions", predictions.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("words 6"))
        for relation in ["nsubj", "obj", "det", "punct", "root"] {
            #expect(result.stdout.contains("\n\(relation) "), "a row for \(relation)")
        }
        let written = try String(contentsOf: predictions, encoding: .utf8)
        #expect(written.hasPrefix("# sent_id = s1\n# text = Iran warned the United States.\n1\tIran\tIran\tPROPN\tNNP\t_\t"))
        #expect(written.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 6)
    }
}

/// `sitrep ingest` of web addresses, against a server on this machine.
@Suite("ingest from the web")
struct WebIngestTests {
    static let article = """
        <html><head><title>Port reopens after strike | Harbour News</title><meta property="og:site_name" content="Harbour News"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Port reopens after strike</h1>
        <p>ROTTERDAM - The port reopened on Monday after a three-day strike by dock workers ended with a pay deal, the port authority said.</p>
        <p>Ships that had waited offshore began to unload, and the backlog should clear by Friday, a spokeswoman said.</p>
        </article><footer>© Harbour News</footer></body></html>
        """

    @Test("a feed address is fetched, and the pages of its teaser items are fetched and stored")
    func feedWithTeasers() throws {
        let server = try LocalHTTPServer { path, headers in
            let host = headers["host"] ?? "127.0.0.1"
            switch path {
            case "/feed.xml":
                let rss = """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
                    <item><title>Port reopens</title><link>http://\(host)/story</link><description>Short.</description></item>
                    <item><title>Gone</title><link>http://\(host)/gone</link><description>Short.</description></item>
                    </channel></rss>
                    """
                return .init(body: Data(rss.utf8))
            case "/story": return .init(headers: ["Content-Type": "text/html"], body: Data(Self.article.utf8))
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let tests = try CommandTests()
        let result = try tests.run(["ingest", server.url("/feed.xml").absoluteString, "--db", tests.db, "--no-analyze"])
        #expect(result.stdout.contains("1 stored"), "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.contains("/gone: the server answered HTTP 404"))
        #expect(result.status == 1)
        let listed = try tests.run(["articles", "--db", tests.db])
        #expect(listed.stdout.contains("Port reopens after strike"))
    }
}

/// `sitrep watch`, against a server on this machine that counts what it is asked.
@Suite("watching feeds")
struct WatchTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func hit(_ key: String) { lock.withLock { counts[key, default: 0] += 1 } }
        func count(_ key: String) -> Int { lock.withLock { counts[key, default: 0] } }
    }

    @Test("a second poll sends the validators, gets 304 and stores nothing new; failures are logged, not fatal")
    func conditionalPolls() throws {
        let counter = Counter()
        let server = try LocalHTTPServer { path, headers in
            let host = headers["host"] ?? "127.0.0.1"
            switch path {
            case "/feed.xml":
                if headers["if-none-match"] == "\"f1\"" {
                    counter.hit("304")
                    return .init(status: 304)
                }
                counter.hit("feed")
                let rss = """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
                    <item><title>Port reopens</title><link>http://\(host)/story</link><description>Short.</description></item>
                    </channel></rss>
                    """
                return .init(headers: ["ETag": "\"f1\""], body: Data(rss.utf8))
            case "/story":
                counter.hit("story")
                return .init(body: Data(WebIngestTests.article.utf8))
            default: return .init(status: 503)
            }
        }
        defer { server.stop() }
        let tests = try CommandTests()
        let arguments = ["watch", server.url("/feed.xml").absoluteString, server.url("/down").absoluteString,
                         "--every", "1s", "--once", "--db", tests.db]
        let first = try tests.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("/feed.xml: 1 new"))
        #expect(first.stdout.contains("/down: 0 new (failed 1×"))
        Thread.sleep(forTimeInterval: 1.2)
        let second = try tests.run(arguments)
        #expect(second.stdout.contains("/feed.xml: 0 new"))
        #expect(counter.count("feed") == 1)
        #expect(counter.count("304") == 1)
        #expect(counter.count("story") == 1)
    }
}
