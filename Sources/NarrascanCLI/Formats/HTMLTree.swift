// A forgiving element tree of an HTML page or fragment, enough to choose an article and read its
// text: elements with their attributes and children, text with references decoded. It repairs what
// real pages get wrong as browsers do in the common cases: void elements never take children, a
// new `p`/`li`/`td`-like element closes an open one of its kind, an end tag closes everything
// opened inside its element, and an end tag nothing matches is ignored.

/// An element or text of an `HTMLTree`.
enum HTMLNode {
    case element(Int)
    case text([UInt8])
}

/// One element of an `HTMLTree`.
struct HTMLElement {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    var parent: Int
}

/// The elements of a page, element 0 being the document root.
struct HTMLTree {
    private(set) var elements: [HTMLElement]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements an opening of the same kind (or a block) implicitly closes.
    static let autoClosing: [String: Set<String>] = [
        "p": ["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "figure", "header", "footer", "nav", "aside", "form", "pre"],
        "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "td": ["td", "th", "tr"], "th": ["td", "th", "tr"],
        "tr": ["tr"], "option": ["option"],
    ]

    /// Builds the tree of `bytes` (UTF-8).
    init(_ bytes: [UInt8]) {
        elements = [HTMLElement(name: "#root", attributes: [:], parent: -1)]
        var stack = [0]
        var scanner = MarkupScanner(bytes, rawTextElements: MarkupScanner.htmlRawText)
        while let token = scanner.next() {
            switch token {
            case .text(let range):
                elements[stack.last!].children.append(.text(decodingReferences(bytes[range])))
            case .cdata(let range):
                elements[stack.last!].children.append(.text(Array(bytes[range])))
            case .start(let name, let attributes, let selfClosing):
                // Implicit ends: an open p before a block, an open li before another li...
                while stack.count > 1, let closes = HTMLTree.autoClosing[elements[stack.last!].name], closes.contains(name) {
                    stack.removeLast()
                }
                let index = elements.count
                elements.append(HTMLElement(name: name, attributes: attributes, parent: stack.last!))
                elements[stack.last!].children.append(.element(index))
                if !selfClosing && !HTMLTree.voidElements.contains(name) { stack.append(index) }
            case .end(let name):
                if let depth = stack.lastIndex(where: { elements[$0].name == name }), depth > 0 {
                    stack.removeSubrange(depth...)
                }
            }
        }
    }

    subscript(index: Int) -> HTMLElement { elements[index] }

    /// The indices of the elements named `name`, in document order.
    func all(_ name: String) -> [Int] {
        elements.indices.filter { elements[$0].name == name }
    }

    /// The text directly and indirectly inside `index`, whitespace collapsed (no block structure).
    func plainText(_ index: Int) -> String {
        var out: [UInt8] = []
        func visit(_ i: Int) {
            for child in elements[i].children {
                switch child {
                case .text(let t): out += t
                case .element(let e): visit(e)
                }
            }
        }
        visit(index)
        return String(decoding: collapsingWhitespace(out), as: UTF8.self)
    }
}

/// `bytes` with runs of white space (including no-break spaces) made one space, trimmed.
func collapsingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
            pendingSpace = true
            i += 1
            continue
        }
        if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {  // U+00A0
            pendingSpace = true
            i += 2
            continue
        }
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(b)
        i += 1
    }
    return out
}
