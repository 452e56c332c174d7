// The RSS 2.0, RSS 1.0 (RDF) and Atom formats: one document per item or entry. Read the way feed
// readers read what sites really serve, not as a strict XML parser would: HTML entities nobody
// declared, stray `&`s, a declared encoding that is wrong (see `TextEncoding`), escaped or CDATA
// HTML in descriptions, dates in RFC 822 or RFC 3339 or missing. A missing or unreadable date
// gives no `date`, never a made-up one. The channel's (feed's) title is every item's `source`, and
// its language (`<language>`, `xml:lang`) every item's `lang` unless the item says otherwise.

/// Reads feeds into documents.
enum FeedReader {
    /// The elements whose text an item keeps (by lower-cased qualified name).
    static let itemFields: Set<String> = [
        "title", "link", "guid", "id", "pubdate", "dc:date", "published", "updated", "description", "content:encoded",
        "content", "summary", "dc:language", "dc:title",
    ]

    /// The documents of a feed, and the problems of the items that gave none.
    /// - Parameters:
    ///   - raw: the feed's bytes in whatever encoding it has.
    ///   - name: the input's name, for fallback ids.
    static func documents(_ raw: [UInt8], name: String) -> (documents: [DocumentRecord], problems: [String]) {
        let bytes = TextEncoding.utf8(raw, declared: TextEncoding.declared(in: raw))
        var scanner = MarkupScanner(bytes)
        var stack: [String] = []
        var channelTitle: String?
        var channelLanguage: String?
        var sawFeed = false
        var itemDepth: Int?
        var itemLang: String?
        var fields: [String: [UInt8]] = [:]
        var links: [(rel: String, href: String)] = []
        var open: (name: String, depth: Int, start: Int)?
        var documents: [DocumentRecord] = []
        var problems: [String] = []
        var items = 0

        while true {
            let before = scanner.position
            guard let token = scanner.next() else { break }
            switch token {
            case .start(let tag, let attributes, let selfClosing):
                if ["rss", "rdf:rdf", "feed", "channel"].contains(tag) {
                    sawFeed = true
                    if let lang = attributes["xml:lang"], channelLanguage == nil { channelLanguage = primaryLanguageSubtag(lang) }
                }
                if itemDepth == nil && (tag == "item" || tag == "entry") {
                    itemDepth = stack.count
                    items += 1
                    fields = [:]
                    links = []
                    itemLang = attributes["xml:lang"].flatMap(primaryLanguageSubtag)
                } else if let depth = itemDepth, stack.count == depth + 1, open == nil {
                    if tag == "link", let href = attributes["href"] {
                        links.append((attributes["rel"]?.lowercased() ?? "alternate", href))
                    } else if itemFields.contains(tag) && !selfClosing {
                        open = (tag, stack.count, scanner.position)
                    }
                } else if itemDepth == nil, open == nil, !selfClosing, tag == "title" || tag == "language" || tag == "dc:language",
                    let parent = stack.last, parent == "channel" || parent == "feed"
                {
                    open = (tag, stack.count, scanner.position)
                }
                if !selfClosing { stack.append(tag) }
            case .end(let tag):
                // Unclosed tags inside a field (a raw `<br>` in a description) do not hide its end.
                if let o = open, o.name == tag, stack.lastIndex(of: tag) == o.depth {
                    let inner = Array(bytes[o.start..<before])
                    open = nil
                    if itemDepth != nil {
                        if fields[tag] == nil { fields[tag] = inner }
                    } else if tag == "title" {
                        if channelTitle == nil { channelTitle = String(decoding: fieldText(inner), as: UTF8.self) }
                    } else if channelLanguage == nil {
                        channelLanguage = primaryLanguageSubtag(String(decoding: fieldText(inner), as: UTF8.self))
                    }
                }
                guard let depth = stack.lastIndex(of: tag) else { continue }  // an end tag nothing opened
                stack.removeSubrange(depth...)
                if let item = itemDepth, stack.count <= item {
                    itemDepth = nil
                    let number = items
                    switch makeDocument(fields, links: links, number: number, name: name) {
                    case .success(var d):
                        d.source = nonEmpty(channelTitle)
                        d.lang = itemLang ?? fields["dc:language"].flatMap { primaryLanguageSubtag(String(decoding: fieldText($0), as: UTF8.self)) } ?? channelLanguage
                        documents.append(d)
                    case .failure(let problem): problems.append(problem.message)
                    }
                }
            case .text, .cdata: break
            }
        }
        if !sawFeed && items == 0 { problems.append("no RSS or Atom feed in this file (no <rss>, <rdf:RDF> or <feed>)") }
        return (documents, problems)
    }

    struct ItemProblem: Error { let message: String }

    static func makeDocument(_ fields: [String: [UInt8]], links: [(rel: String, href: String)], number: Int, name: String) -> Result<DocumentRecord, ItemProblem> {
        func text(_ key: String) -> String? { fields[key].flatMap { nonEmpty(String(decoding: fieldText($0), as: UTF8.self)) } }
        let link = links.first { $0.rel == "alternate" }?.href ?? text("link")
        let title = text("title") ?? text("dc:title")
        var body: [UInt8] = []
        for key in ["content:encoded", "content", "description", "summary"] {
            if let raw = fields[key] {
                body = fieldText(raw)
                if !body.isEmpty { break }
            }
        }
        if body.isEmpty, let title { body = Array(title.utf8) }
        guard !body.isEmpty else { return .failure(ItemProblem(message: "item \(number) has no title, content or description")) }
        let id = text("guid") ?? text("id") ?? link ?? "\(name)#\(number)"
        var d = DocumentRecord(id: id, text: body, title: title)
        d.url = link.flatMap(nonEmpty)
        d.date = [text("pubdate"), text("dc:date"), text("published"), text("updated")].lazy.compactMap { $0.flatMap(FeedDate.normalize) }.first
        return .success(d)
    }

    /// The text of a feed element's content: CDATA taken literally, references decoded elsewhere,
    /// and HTML (escaped, in CDATA, or inline XHTML) reduced to its text.
    static func fieldText(_ inner: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        let open = Array("<![CDATA[".utf8)
        while i < inner.count {
            if let start = firstIndex(of: open, in: inner, from: i) {
                appendDecodingReferences(inner[i..<start], to: &out)
                let contentStart = start + open.count
                let end = firstIndex(of: Array("]]>".utf8), in: inner, from: contentStart) ?? inner.count
                out += inner[contentStart..<end]
                i = min(end + 3, inner.count)
            } else {
                appendDecodingReferences(inner[i...], to: &out)
                break
            }
        }
        return HTMLArticle.looksLikeMarkup(out) ? HTMLArticle.fragmentText(out) : collapsingWhitespace(out)
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
