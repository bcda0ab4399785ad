import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("bad input never crashes and names the file")
struct BadInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func events(_ url: URL) throws -> [ReadEvent] {
        var events: [ReadEvent] = []
        try ArticleFiles.read(url) { events.append($0) }
        return events
    }

    func failure(_ url: URL) throws -> IngestError? {
        try events(url).compactMap { if case .failure(let e) = $0 { e } else { nil } }.first
    }

    @Test("an empty file")
    func empty() throws {
        let url = try write("empty.txt", [])
        #expect(try failure(url) == .empty(file: url.path))
        let blank = try write("blank.txt", Array("  \n\n \n".utf8))
        #expect(try failure(blank) == .empty(file: blank.path))
    }

    @Test("binary files are refused with their kind", arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "PNG image"),
        ([0x1F, 0x8B, 0x08, 0x00, 0x00], "gzip archive"),
    ] as [([UInt8], String)])
    func binary(bytes: [UInt8], kind: String) throws {
        let url = try write("file.txt", bytes)
        #expect(try failure(url) == .binary(file: url.path, kind: kind))
    }

    @Test("invalid UTF-8 is decoded leniently and said once")
    func invalidUTF8() throws {
        var bytes = Array("The minister said the talks would resume on Monday in Cairo.".utf8)
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: 10)
        bytes.append(contentsOf: [0xFE, 0x0A])
        let events = try events(try write("latin.txt", bytes))
        let warnings = events.filter { if case .warning = $0 { true } else { false } }
        #expect(warnings.count == 1)
        #expect(events.contains { if case .article(let a) = $0 { a.body.contains("\u{FFFD}") } else { false } })
    }

    @Test("a 50 MB text file is refused before it is read")
    func huge() throws {
        let url = folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        guard case .tooLarge(let file, let bytes, _) = try failure(url) else {
            Issue.record("expected tooLarge")
            return
        }
        #expect(file == url.path)
        #expect(bytes == 50_000_000)
    }

    @Test("Windows line endings and a byte-order mark read like plain text")
    func crlfAndBOM() throws {
        let text = "Ceasefire Holds\r\n\r\nBEIRUT - The ceasefire held on Sunday, officials said.\r\n"
        let events = try events(try write("crlf.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        let article = try #require(events.compactMap { if case .article(let a) = $0 { a } else { nil } }.first)
        #expect(article.title == "Ceasefire Holds")
        #expect(article.dateline == "BEIRUT")
        #expect(article.body == "The ceasefire held on Sunday, officials said.")
    }

    @Test("a folder with an unreadable entry lists it as a failure and reads the rest")
    func unreadableInFolder() throws {
        _ = try write("good.txt", Array("The minister said the talks would resume on Monday.".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path,
                                                   withDestinationPath: "/nonexistent/sitrep/file")
        _ = try write("picture.png", [0x89, 0x50, 0x4E, 0x47])
        let (files, missing) = ArticleFiles.expand([folder.path, folder.appendingPathComponent("absent.txt").path])
        #expect(files.map(\.lastPathComponent) == ["dangling.txt", "good.txt"])
        #expect(missing.count == 1)
        var outcomes: [ReadEvent] = []
        for file in files { try ArticleFiles.read(file) { outcomes.append($0) } }
        #expect(outcomes.count == 2)
        guard case .failure(.unreadable(let file, _)) = outcomes[0] else {
            Issue.record("expected the dangling link to be unreadable")
            return
        }
        #expect(file.hasSuffix("dangling.txt"))
    }

    @Test("a header with an impossible date keeps the article and warns")
    func impossibleHeaderDate() throws {
        let text = "A Headline\n31/02/2023 10h00\n\nThe minister said the talks would resume on Monday."
        let events = try events(try write("date.txt", Array(text.utf8)))
        #expect(events.contains { if case .warning(let w) = $0 { w.message.contains("31/02/2023") } else { false } })
        #expect(events.contains { if case .article(let a) = $0 { a.published == nil && a.title == "A Headline" } else { false } })
    }
}

@Suite("compressed pages")
struct GzipTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("a gzipped HTML page reads like the page")
    func gzippedPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("page.html")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("html/wire-jsonld.html"), to: page)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", page.path]
        try gzip.run()
        gzip.waitUntilExit()
        var articles: [Article] = []
        try ArticleFiles.read(folder.appendingPathComponent("page.html.gz")) { if case .article(let a) = $0 { articles.append(a) } }
        #expect(articles.first?.title == "Ceasefire talks resume in Cairo")
    }

    @Test("a gzip bomb is refused once it expands past the limit")
    func bomb() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bomb = folder.appendingPathComponent("bomb.html.gz")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("gzip-bomb.gz"), to: bomb)
        var failures: [IngestError] = []
        try ArticleFiles.read(bomb) { if case .failure(let e) = $0 { failures.append(e) } }
        guard case .tooLarge(let file, _, _) = failures.first else {
            Issue.record("expected tooLarge, got \(failures)")
            return
        }
        #expect(file == bomb.path)
    }
}
