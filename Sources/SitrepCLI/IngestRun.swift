import Foundation
import Sitrep
import SitrepIngest
import SitrepStore
import SitrepText

/// Reads sources into the store in batches and counts what happened; shared by `ingest` and
/// `demo`. Failures and warnings are reported as they happen and never stop the run.
///
/// Sources are files, folders, standard input, and web addresses of pages and feeds; the
/// pages of a fetched feed's teaser-only items are fetched too.
struct IngestRun {
    let store: Store
    /// Runs the pipeline on each newly stored article; nil stores articles unanalysed.
    let analyzing: Store.Analyzing?
    let fetcher = Fetcher()
    var stored = 0
    /// Of `stored`, those linked as syndicated copies of an article stored before.
    var copies = 0
    var alreadyStored = 0
    var failed = 0
    /// Ids of the articles read in this run, stored now or before.
    var articleIDs: [String] = []
    private var batch: [Article] = []
    /// Teaser links met while reading the current source.
    private var links: [String] = []
    private static let batchSize = 200
    /// When set (by `watch`), web sources are fetched conditionally with the validators the
    /// store remembers, each poll is recorded with this interval, and teaser links already
    /// stored are not fetched again.
    let pollInterval: TimeInterval?

    init(store: Store, analyzer: Analyzer?, pollInterval: TimeInterval? = nil) {
        self.store = store
        self.analyzing = analyzer.map(Store.Analyzing.pipeline)
        self.pollInterval = pollInterval
    }

    var summary: String {
        "\(stored) stored\(copies > 0 ? " (\(copies) as syndicated copies)" : ""), \(alreadyStored) already stored, \(failed) failed"
    }

    static func isWebAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    mutating func ingest(paths: [String], readStandardInput: Bool) async throws {
        let addresses = paths.filter(Self.isWebAddress)
        let (files, missing) = ArticleFiles.expand(paths.filter { !Self.isWebAddress($0) })
        for failure in missing { record(.failure(failure)) }
        var progress = ProgressBar(total: files.count + addresses.count + (readStandardInput ? 1 : 0), label: "sources")
        if readStandardInput {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try read { try ArticleFiles.read(data, origin: "stdin", handle: $0) }
            progress.advance()
        }
        for file in files {
            try read { try ArticleFiles.read(file, handle: $0) }
            progress.advance()
        }
        for address in addresses {
            try await fetchAndRead(address, followLinks: true)
            progress.advance()
        }
        progress.finish()
    }

    /// Fetches a page or feed and stores what it holds; for a feed, the pages of items that
    /// carry only a teaser are fetched in turn.
    private mutating func fetchAndRead(_ address: String, followLinks: Bool) async throws {
        guard let url = URL(string: address) else {
            record(.failure(.fetchFailed(.unsupported(url: address))))
            return
        }
        let state = pollInterval == nil || !followLinks ? nil : try store.sourceState(address)
        let response: Fetcher.Response
        do {
            response = try await fetcher.fetch(url, etag: state?.etag, lastModified: state?.lastModified)
        } catch let error as FetchError {
            if let pollInterval, state != nil {
                try store.recordCheck(of: address, every: pollInterval, etag: nil, lastModified: nil, error: "\(error)")
            }
            record(.failure(.fetchFailed(error)))
            return
        }
        if let pollInterval, state != nil {
            try store.recordCheck(of: address, every: pollInterval, etag: response.etag, lastModified: response.lastModified, error: nil)
        }
        if response.notModified { return }
        try read(keepingLinks: followLinks) { handle in
            try ArticleFiles.read(response.data, origin: address) { event in
                if case .article(var article) = event, article.url == nil {
                    article.url = response.url.absoluteString
                    try handle(.article(article))
                } else {
                    try handle(event)
                }
            }
        }
        let teasers = links
        links = []
        for link in teasers {
            if pollInterval != nil, try store.hasArticle(url: link) { continue }
            try await fetchAndRead(link, followLinks: false)
        }
    }

    /// Runs one reader over a source and stores what it produced; teaser links are kept for
    /// fetching when the source came from the web, and reported otherwise.
    private mutating func read(keepingLinks: Bool = false, _ reader: ((ReadEvent) throws -> Void) throws -> Void) throws {
        try reader { event in
            switch event {
            case .article(let article):
                batch.append(article)
                if batch.count >= Self.batchSize { try flush() }
            case .link(let link) where keepingLinks:
                links.append(link)
            default:
                record(event)
            }
        }
        try flush()
    }

    private mutating func record(_ event: ReadEvent) {
        switch event {
        case .failure(let error):
            failed += 1
            Terminal.error("error: \(error)")
        case .warning(let warning):
            Terminal.error("warning: \(warning)")
        case .link(let link):
            Terminal.error("note: \(link) carries only a teaser in a feed read from a file; ingest the address to fetch it")
        case .article:
            break
        }
    }

    /// Saves the batch in one transaction: a crash loses at most this batch.
    private mutating func flush() throws {
        guard !batch.isEmpty else { return }
        let outcomes = try store.save(batch, analyzing: analyzing)
        for (article, outcome) in zip(batch, outcomes) {
            articleIDs.append(article.id)
            switch outcome {
            case .stored: stored += 1
            case .storedCopy:
                stored += 1
                copies += 1
            case .alreadyStored: alreadyStored += 1
            }
        }
        batch.removeAll(keepingCapacity: true)
    }
}
