import Foundation
import Sitrep
import SitrepStore
import SitrepText

extension Store.Analyzing {
    /// The shipped pipeline, writing the same compact JSON `extract --json` prints; an
    /// article it cannot analyse is named on standard error and stored unanalysed.
    static func pipeline(_ analyzer: Analyzer) -> Store.Analyzing {
        Store.Analyzing(version: Analysis.version) { article in
            do {
                return Data(try Analysis(try analyzer.analyze(article)).json(pretty: false).utf8)
            } catch {
                Terminal.error("warning: \(article.origin ?? article.id): stored without an analysis: \(error)")
                return nil
            }
        }
    }
}
