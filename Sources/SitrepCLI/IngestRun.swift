import Foundation
import SitrepIngest
import SitrepStore
import SitrepText

/// Reads sources into the store in batches and counts what happened; shared by `ingest` and
/// `demo`. Failures and warnings are reported as they happen and never stop the run.
struct IngestRun {
    let store: Store
    var stored = 0
    /// Of `stored`, those linked as syndicated copies of an article stored before.
    var copies = 0
    var alreadyStored = 0
    var failed = 0
    /// Ids of the articles read in this run, stored now or before.
    var articleIDs: [String] = []
    private var batch: [Article] = []
    private static let batchSize = 200

    init(store: Store) {
        self.store = store
    }

    var summary: String {
        "\(stored) stored\(copies > 0 ? " (\(copies) as syndicated copies)" : ""), \(alreadyStored) already stored, \(failed) failed"
    }

    mutating func ingest(paths: [String], readStandardInput: Bool) throws {
        let (files, missing) = ArticleFiles.expand(paths)
        for failure in missing { record(.failure(failure)) }
        var progress = ProgressBar(total: files.count + (readStandardInput ? 1 : 0), label: "files")
        if readStandardInput {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try ArticleFiles.read(data, origin: "stdin") { try self.handle($0) }
            try flush()
            progress.advance()
        }
        for file in files {
            try ArticleFiles.read(file) { try self.handle($0) }
            try flush()
            progress.advance()
        }
        progress.finish()
    }

    private mutating func handle(_ event: ReadEvent) throws {
        if case .article(let article) = event {
            batch.append(article)
            if batch.count >= Self.batchSize { try flush() }
        } else {
            record(event)
        }
    }

    private mutating func record(_ event: ReadEvent) {
        switch event {
        case .failure(let error):
            failed += 1
            Terminal.error("error: \(error)")
        case .warning(let warning):
            Terminal.error("warning: \(warning)")
        case .article:
            break
        }
    }

    /// Saves the batch in one transaction: a crash loses at most this batch.
    private mutating func flush() throws {
        guard !batch.isEmpty else { return }
        let outcomes = try store.save(batch)
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
