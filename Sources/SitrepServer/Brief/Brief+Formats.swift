extension Brief {
    /// Markdown, with evidence links under `linkBase` (the address `sitrep serve` listens on).
    public func markdown(linkBase: String) -> String {
        var out = "# \(heading)\n"
        for (title, lines) in sections {
            out += "\n## \(title)\n\n"
            if lines.isEmpty { out += "_Nothing in the period._\n" }
            for line in lines {
                let links = line.evidence.map { "[\(escapeMarkdown($0.label))](\(linkBase)\($0.path))" }.joined(separator: ", ")
                out += "- \(escapeMarkdown(line.text))\(links.isEmpty ? "" : " — \(links)")\n"
            }
        }
        return out
    }

    /// The report as the body of an HTML page; every piece of text escaped.
    public func html() -> String {
        var out = "<div class=\"brief\"><h1>\(HTML.escape(heading))</h1>"
        for (title, lines) in sections {
            out += "<section><h2>\(HTML.escape(title))</h2>"
            if lines.isEmpty { out += "<p class=\"empty\">Nothing in the period.</p>" }
            out += "<ul>" + lines.map { line in
                let links = line.evidence.map { "<a href=\"\(HTML.escape($0.path))\">\(HTML.escape($0.label))</a>" }.joined(separator: ", ")
                return "<li>\(HTML.escape(line.text))\(links.isEmpty ? "" : " — \(links)")</li>"
            }.joined() + "</ul></section>"
        }
        return out + "</div>"
    }

    /// A standalone HTML document (`sitrep brief --format html`), styled by the UI's sheet when
    /// served and readable without it.
    public func htmlDocument() -> String {
        Layout.page(title: heading, active: .brief) { html() }
    }

    private func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}

/// The twenty CAMEO root codes' names, for reading an event code at a glance.
enum CAMEORoot {
    static let names = [
        "MAKE PUBLIC STATEMENT", "APPEAL", "EXPRESS INTENT TO COOPERATE", "CONSULT", "ENGAGE IN DIPLOMATIC COOPERATION",
        "ENGAGE IN MATERIAL COOPERATION", "PROVIDE AID", "YIELD", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
        "PROTEST", "EXHIBIT MILITARY POSTURE", "REDUCE RELATIONS", "COERCE", "ASSAULT", "FIGHT", "USE UNCONVENTIONAL MASS VIOLENCE",
    ]

    static func name(_ root: String) -> String? {
        guard let number = Int(root), (1...20).contains(number) else { return nil }
        return names[number - 1]
    }
}
