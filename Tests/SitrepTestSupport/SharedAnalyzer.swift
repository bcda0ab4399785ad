import Sitrep
import SitrepText

/// One analyzer for the whole test run: loading the models and dictionaries takes seconds in
/// a debug build, so suites share this one instead of each building their own.
public enum SharedAnalyzer {
    public static let analyzer = Result { try Analyzer() }

    /// Runs the full pipeline on `text` as an article body, published on `published` and
    /// datelined `dateline` when given.
    public static func analyze(_ text: String, published: Timestamp? = nil, dateline: String? = nil) throws -> Document {
        try analyzer.get().analyze(Article(published: published, dateline: dateline, body: text))
    }
}
