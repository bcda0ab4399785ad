import Foundation
import Sitrep
import SitrepText

/// Human-readable renderings of articles and analyses for the terminal.
enum Summary {
    /// The header lines every view shares: headline, outlet · section · time, dateline.
    static func heading(_ article: Article) -> [String] {
        var lines = [article.title ?? "(untitled)"]
        let published = article.published.map { stamp in
            stamp.iso8601.replacingOccurrences(of: "T", with: " ") + (stamp.timeZoneNote.map { " (\($0))" } ?? "")
        }
        let meta = [article.outlet, article.section, published].compactMap { $0 }
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        if let dateline = article.dateline { lines.append("Dateline: \(dateline)") }
        return lines
    }

    /// The reader view of `sitrep show`: heading, then the body wrapped to `width`.
    static func reader(_ article: Article, width: Int) -> String {
        var lines = heading(article)
        lines.append(String(repeating: "─", count: min(width, 60)))
        lines.append(Terminal.wrap(article.body, width: width))
        if let url = article.url { lines.append("\n\(url)") }
        lines.append("\nid \(article.id)" + (article.origin.map { " · from \($0)" } ?? ""))
        return lines.joined(separator: "\n")
    }

    /// What `sitrep extract` prints without --json; with `debug`, why each actor got its code.
    static func text(of analysis: Analysis, width: Int, debug: Bool = false) -> String {
        let article = analysis.article
        var lines = [article.title ?? "(untitled)"]
        let meta = [article.source, article.section, article.published].compactMap { $0 }
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        if let dateline = article.dateline { lines.append("Dateline: \(dateline)") }
        lines.append("\(analysis.sentences.count) sentences, \(article.body.unicodeScalars.count) characters")
        if !analysis.entities.isEmpty {
            lines.append("Entities:")
            for entity in analysis.entities {
                let mentions = entity.mentions.count == 1 ? "1 mention" : "\(entity.mentions.count) mentions"
                lines.append("  \(entity.type)  \(entity.name)  \(entity.code ?? "-")  [\(entity.mentions.first.map { "\($0.start)–\($0.end)" } ?? "")] \(mentions)")
                if debug { lines += entity.evidence.map { "      \($0)" } }
            }
        }
        lines += speech(of: analysis, width: width)
        return lines.joined(separator: "\n")
    }
}
