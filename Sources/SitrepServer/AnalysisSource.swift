import Foundation
import Sitrep
import SitrepStore
import SitrepText
import Synchronization

/// The analysis of a stored article as `extract --json` writes it. The analyzer is loaded on
/// first use (its models take seconds to load), once, and shared by every request.
public final class AnalysisSource: Sendable {
    private let loadAnalyzer: @Sendable () throws -> Analyzer
    private let analyzer = Mutex<Analyzer?>(nil)

    /// - Parameter analyzer: makes the analyzer; called once, when the first analysis is needed.
    public init(analyzer: @escaping @Sendable () throws -> Analyzer = { try Analyzer() }) {
        loadAnalyzer = analyzer
    }

    /// The article's analysis JSON: the one stored at ingest, else the pipeline's run now,
    /// which is stored for next time.
    public func json(for article: Article, in store: Store) throws -> Data {
        if let stored = try store.analysis(of: article.id) { return stored }
        let json = try analyze(article)
        try store.saveAnalysis(json, of: article.id, version: Analysis.version)
        return json
    }

    /// How `POST /api/articles` analyses what it stores, in the same transaction.
    var analyzing: Store.Analyzing {
        Store.Analyzing(version: Analysis.version) { article in try? self.analyze(article) }
    }

    private func analyze(_ article: Article) throws -> Data {
        Data(try Analysis(try shared().analyze(article)).json(pretty: false).utf8)
    }

    private func shared() throws -> Analyzer {
        try analyzer.withLock { loaded in
            if let loaded { return loaded }
            let made = try loadAnalyzer()
            loaded = made
            return made
        }
    }
}
