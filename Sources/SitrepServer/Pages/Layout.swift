/// The frame every page shares: header with navigation, the page's own body, and the one
/// stylesheet and script (both served by this server: the CSP forbids anything inline).
enum Layout {
    enum Section: String, CaseIterable {
        case articles = "Articles", events = "Events", timeline = "Timeline", network = "Network", map = "Map"
        case board = "Quotes & claims", brief = "Brief"

        var path: String {
            switch self {
            case .articles: "/"
            case .events: "/events"
            case .timeline: "/timeline"
            case .network: "/network"
            case .map: "/map"
            case .board: "/board"
            case .brief: "/brief"
            }
        }
    }

    static func page(title: String, active: Section?, body: () -> String) -> String {
        let navigation = Section.allCases.map { section in
            "<a href=\"\(section.path)\"\(section == active ? " class=\"active\"" : "")>\(HTML.escape(section.rawValue))</a>"
        }.joined()
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · sitrep</title>
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/app.js" defer></script>
            </head><body>
            <header><a class="brand" href="/">sitrep</a><nav>\(navigation)</nav></header>
            <main>\(body())</main>
            <footer>Every record links to the sentence it was read from. API: <a href="/api/openapi.json">/api/openapi.json</a></footer>
            </body></html>
            """
    }
}
