// The HTML format: a saved web page becomes one document holding the article's text, not the
// page's. Furniture is dropped first (scripts, styles, navigation, headers and footers, asides,
// forms, and any element whose class or id names a menu, navigation, cookie banner, share bar,
// related list, comment section or subscription box); then the article is the page's
// `itemprop=articleBody`, else its longest `article`, else its `main`, else the element with the
// densest text in its own paragraphs. Block elements end a sentence: a block that does not end in
// punctuation gets a full stop, so a phrase never joins the last words of a headline to the first
// of the paragraph below it. Title, date, URL, language and site name come from the page's meta
// data when it has them.

/// Extracts documents from HTML pages and the text from HTML fragments (feed descriptions).
struct HTMLArticle {
    /// Elements never part of an article.
    static let furnitureElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "iframe",
        "button", "select", "textarea", "head", "object", "canvas", "dialog", "menu",
    ]
    /// Words in a class or id that mark furniture (whole parts of a hyphenated or underscored name,
    /// or a part's start or end: `mainmenu`, `navbar`, `cookie-consent`, `comments-list`).
    static let furnitureWords: Set<String> = [
        "menu", "nav", "navbar", "navigation", "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social",
        "related", "comment", "comments", "subscribe", "subscription", "newsletter", "sidebar", "breadcrumb",
        "breadcrumbs", "promo", "advert", "banner", "popup", "recommended", "readmore", "trending", "teasers",
    ]
    /// Furniture words also recognised as the start or end of a part (`mainmenu`, `navbar`,
    /// `commentsList`); short or ambiguous ones ("nav", "comment", "share") only as whole parts,
    /// so `canvas`, `commentary` and `shareholders` stay.
    static let furnitureStems = [
        "menu", "navbar", "navigation", "cookie", "consent", "sharing", "social", "related", "comments", "subscribe",
        "newsletter", "sidebar", "breadcrumb",
    ]
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "br", "address",
        "details", "summary", "center", "body", "html",
    ]
    static let protected: Set<String> = ["#root", "html", "body", "main"]

    /// Whether an element is furniture by its name, role, class or id.
    static func isFurniture(_ e: HTMLElement) -> Bool {
        if protected.contains(e.name) { return false }
        if furnitureElements.contains(e.name) { return true }
        if e.attributes["hidden"] != nil || e.attributes["aria-hidden"] == "true" { return true }
        if let role = e.attributes["role"], furnitureRoles.contains(role.lowercased()) { return true }
        for key in ["class", "id"] {
            guard let value = e.attributes[key]?.lowercased(), !value.isEmpty else { continue }
            for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" }).map(String.init)
                for part in parts {
                    if furnitureWords.contains(part) { return true }
                    for stem in furnitureStems where part.hasPrefix(stem) || part.hasSuffix(stem) { return true }
                }
            }
        }
        return false
    }

    /// For each element: whether it or an ancestor is furniture.
    static func furnitureMap(_ tree: HTMLTree) -> [Bool] {
        var dropped = [Bool](repeating: false, count: tree.elements.count)
        for i in tree.elements.indices where i > 0 {
            dropped[i] = dropped[tree[i].parent] || isFurniture(tree[i])
        }
        return dropped
    }

    /// The text of `root` with block structure: one paragraph per block, joined by blank lines,
    /// furniture left out.
    static func blockText(_ tree: HTMLTree, root: Int, dropped: [Bool]) -> [UInt8] {
        var paragraphs: [[UInt8]] = []
        var current: [UInt8] = []
        func endBlock() {
            var block = collapsingWhitespace(current)
            current.removeAll(keepingCapacity: true)
            guard !block.isEmpty else { return }
            if endsInWordCharacter(block) { block.append(UInt8(ascii: ".")) }
            paragraphs.append(block)
        }
        func visit(_ i: Int) {
            for child in tree[i].children {
                switch child {
                case .text(let t): current += t
                case .element(let e):
                    if dropped[e] { continue }
                    let block = blockElements.contains(tree[e].name)
                    if block { endBlock() }
                    visit(e)
                    if block { endBlock() } else { current.append(0x20) }
                }
            }
        }
        visit(root)
        endBlock()
        var out: [UInt8] = []
        for (k, p) in paragraphs.enumerated() {
            if k > 0 { out += [0x0A, 0x0A] }
            out += p
        }
        return out
    }

    /// Whether the last character is a letter or digit (so a block end must be marked).
    static func endsInWordCharacter(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last else { return false }
        if last < 0x80 { return (last | 0x20 >= 0x61 && last | 0x20 <= 0x7A) || (last >= 0x30 && last <= 0x39) }
        var start = bytes.count - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The text of an HTML fragment (a feed item's description or content).
    static func fragmentText(_ bytes: [UInt8]) -> [UInt8] {
        let tree = HTMLTree(bytes)
        return blockText(tree, root: 0, dropped: furnitureMap(tree))
    }

    /// Whether a feed field's text holds markup rather than plain text.
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                let c = bytes[i + 1] | 0x20
                if (c >= 0x61 && c <= 0x7A) || bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "!") { return true }
            }
            i += 1
        }
        return false
    }

    /// The element holding the article: articleBody, the longest article, main, or the densest block.
    static func articleRoot(_ tree: HTMLTree, dropped: [Bool]) -> Int {
        let live = tree.elements.indices.filter { $0 > 0 && !dropped[$0] }
        if let body = live.first(where: { tree[$0].attributes["itemprop"]?.lowercased() == "articlebody" }) { return body }
        let articles = live.filter { tree[$0].name == "article" }
        if let longest = articles.max(by: { textLength(tree, $0, dropped) < textLength(tree, $1, dropped) }),
            textLength(tree, longest, dropped) > 0
        {
            return longest
        }
        if let main = live.first(where: { tree[$0].name == "main" || tree[$0].attributes["role"]?.lowercased() == "main" }) { return main }
        var best = 0, bestScore = 0
        for e in live {
            var score = 0
            for child in tree[e].children {
                switch child {
                case .text(let t): score += collapsingWhitespace(t).count
                case .element(let c) where !dropped[c] && (tree[c].name == "p" || tree[c].name == "blockquote"): score += tree.plainText(c).utf8.count
                default: break
                }
            }
            if score > bestScore { (best, bestScore) = (e, score) }
        }
        return best
    }

    static func textLength(_ tree: HTMLTree, _ e: Int, _ dropped: [Bool]) -> Int {
        blockText(tree, root: e, dropped: dropped).count
    }

    /// The document of a page.
    /// - Parameters:
    ///   - bytes: the page as read (any declared encoding).
    ///   - id: the document id (the file name without extension).
    static func document(_ raw: [UInt8], id: String, path: String?) -> DocumentRecord {
        let bytes = TextEncoding.utf8(raw, declared: TextEncoding.declared(in: raw))
        let tree = HTMLTree(bytes)
        let dropped = furnitureMap(tree)
        let root = articleRoot(tree, dropped: dropped)
        var record = DocumentRecord(id: id, text: blockText(tree, root: root, dropped: dropped), path: path)

        var meta: [String: String] = [:]
        for e in tree.all("meta") {
            let a = tree[e].attributes
            guard let key = (a["property"] ?? a["name"] ?? a["itemprop"])?.lowercased(), let content = a["content"] else { continue }
            if meta[key] == nil { meta[key] = content.trimmingSpaces }
        }
        let titleElement = tree.all("title").first.map { tree.plainText($0) }
        record.title = nonEmpty(meta["og:title"]) ?? nonEmpty(titleElement) ?? tree.all("h1").first.map { tree.plainText($0) }.flatMap(nonEmpty)
        let canonical = tree.all("link").first { tree[$0].attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true }
        record.url = nonEmpty(canonical.flatMap { tree[$0].attributes["href"] }) ?? nonEmpty(meta["og:url"])
        record.source = nonEmpty(meta["og:site_name"])
        let timeElements = tree.all("time").filter { tree[$0].attributes["datetime"] != nil }
        let timeInArticle = timeElements.first { isInside($0, root, tree) }
        let dateCandidates = [
            meta["article:published_time"], meta["datepublished"], meta["pubdate"], meta["publishdate"], meta["date"],
            meta["dc.date"], meta["dc.date.issued"],
            (timeInArticle ?? timeElements.first).flatMap { tree[$0].attributes["datetime"] },
        ]
        record.date = dateCandidates.lazy.compactMap { $0.flatMap(FeedDate.normalize) }.first
        if let lang = tree.all("html").first.flatMap({ tree[$0].attributes["lang"] ?? tree[$0].attributes["xml:lang"] }) {
            record.lang = primaryLanguageSubtag(lang)
        }
        return record
    }

    static func isInside(_ e: Int, _ ancestor: Int, _ tree: HTMLTree) -> Bool {
        var i = e
        while i > 0 {
            if i == ancestor { return true }
            i = tree[i].parent
        }
        return ancestor == 0
    }
}

/// "ru-RU" → "ru"; nil for an empty tag.
func primaryLanguageSubtag(_ tag: String) -> String? {
    let primary = tag.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
    guard let primary, !primary.isEmpty, primary.count <= 3, primary.allSatisfy({ $0.isLetter }) else { return nil }
    return primary
}

/// The string, or nil when it is nil or only white space.
func nonEmpty(_ s: String?) -> String? {
    guard let t = s?.trimmingSpaces, !t.isEmpty else { return nil }
    return t
}

extension String {
    /// Without leading and trailing white space, inner runs of white space made one space.
    var trimmingSpaces: String { String(decoding: collapsingWhitespace(Array(utf8)), as: UTF8.self) }
}
