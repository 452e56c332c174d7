// Inline SVG charts for the HTML report, drawn in Swift: no scripts, no libraries, no network.
// Each chart is a fixed-size viewBox that scales to the page width; text stays legible at
// 1280 px. Numbers are written with fixed decimals so the same data always gives the same bytes.

/// Draws the report's charts.
struct SVGChart {
    var width = 1160.0
    var height = 210.0
    var left = 56.0
    var right = 24.0
    var top = 30.0
    var bottom = 34.0

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    /// The x of bucket `i` of `n` (centre of its slot).
    func x(_ i: Int, of n: Int) -> Double { left + plotWidth * (Double(i) + 0.5) / Double(max(n, 1)) }

    /// Bucket labels along the bottom, thinned to at most ~16.
    func xAxis(_ labels: [String]) -> String {
        var s = ""
        let step = max(1, Int((Double(labels.count) / 16).rounded(.up)))
        for (i, label) in labels.enumerated() where i % step == 0 {
            s += "<text x=\"\(f(x(i, of: labels.count)))\" y=\"\(f(height - bottom + 18))\" class=\"ax\" text-anchor=\"middle\">\(escapeHTML(label))</text>"
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" class=\"axis\"/>"
        return s
    }

    /// Horizontal grid lines with labels at `ticks` (values in 0...yMax).
    func grid(_ ticks: [Double], yMax: Double, label: (Double) -> String) -> String {
        var s = ""
        for t in ticks {
            let y = top + plotHeight * (1 - t / yMax)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 8))\" y=\"\(f(y + 4))\" class=\"ax\" text-anchor=\"end\">\(label(t))</text>"
        }
        return s
    }

    /// Bars of documents per bucket.
    func volume(_ counts: [Int], labels: [String], title: String) -> String {
        let (yMax, steps) = niceAxis(Double(max(1, counts.max() ?? 1)))
        var s = open(title)
        s += grid(ticks(yMax, steps), yMax: yMax) { String(Int($0.rounded())) }
        let slot = plotWidth / Double(max(counts.count, 1))
        for (i, c) in counts.enumerated() where c > 0 {
            let h = plotHeight * Double(c) / yMax
            s += "<rect x=\"\(f(x(i, of: counts.count) - slot * 0.35))\" y=\"\(f(top + plotHeight - h))\" width=\"\(f(slot * 0.7))\" height=\"\(f(h))\" class=\"vol\"><title>\(escapeHTML(labels[i])): \(c) documents</title></rect>"
        }
        s += xAxis(labels)
        return s + "</svg>"
    }

    /// A narrative's share per bucket as a line, its expected share at each spike as a dashed tick,
    /// and each spike as a red marker with its share.
    func share(
        _ shares: [Double?], labels: [String], color: String, title: String,
        spikes: [(index: Int, observed: Double, expected: Double)]
    ) -> String {
        let peak = max(shares.compactMap { $0 }.max() ?? 0, spikes.map(\.observed).max() ?? 0)
        let (percentMax, steps) = niceAxis(max(20, peak * 100 + 4))
        let yMax = percentMax / 100
        var s = open(title)
        s += grid(ticks(yMax, steps), yMax: yMax) { "\(Int(($0 * 100).rounded()))%" }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - v / yMax) }
        // Area and line, broken at buckets without documents.
        var segments: [[(Double, Double)]] = [[]]
        for (i, v) in shares.enumerated() {
            if let v { segments[segments.count - 1].append((x(i, of: shares.count), y(v))) } else if !segments.last!.isEmpty { segments.append([]) }
        }
        for seg in segments where !seg.isEmpty {
            let pts = seg.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            let base = f(top + plotHeight)
            s += "<polygon points=\"\(f(seg.first!.0)),\(base) \(pts) \(f(seg.last!.0)),\(base)\" fill=\"\(color)\" fill-opacity=\"0.10\"/>"
            s += "<polyline points=\"\(pts)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>"
        }
        for (i, v) in shares.enumerated() {
            guard let v else { continue }
            s += "<circle cx=\"\(f(x(i, of: shares.count)))\" cy=\"\(f(y(v)))\" r=\"3\" fill=\"\(color)\"><title>\(escapeHTML(labels[i])): \(formatPercent(v))</title></circle>"
        }
        for sp in spikes {
            let cx = x(sp.index, of: shares.count), cy = y(sp.observed)
            s += "<line x1=\"\(f(cx - 12))\" y1=\"\(f(y(sp.expected)))\" x2=\"\(f(cx + 12))\" y2=\"\(f(y(sp.expected)))\" class=\"expected\"/>"
            s += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"7\" class=\"spike\"><title>spike \(escapeHTML(labels[sp.index])): \(formatPercent(sp.observed)) vs expected \(formatPercent(sp.expected))</title></circle>"
            let anchor = cx > width - 140 ? "end" : cx < left + 80 ? "start" : "middle"
            s += "<text x=\"\(f(cx))\" y=\"\(f(max(cy - 13, top - 6)))\" class=\"spikelabel\" text-anchor=\"\(anchor)\">▲ \(Int((sp.observed * 100).rounded()))%</text>"
        }
        s += xAxis(labels)
        return s + "</svg>"
    }

    private func open(_ title: String) -> String {
        "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(escapeHTML(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
    }

    private func ticks(_ yMax: Double, _ steps: Int) -> [Double] {
        (0...steps).map { yMax * Double($0) / Double(steps) }
    }
}

/// A round axis for values up to `v`: the smallest step of 1, 2 or 5 × 10ⁿ that covers `v` in at
/// most 5 steps, and the number of steps.
func niceAxis(_ v: Double) -> (max: Double, steps: Int) {
    guard v > 0 else { return (1, 1) }
    var magnitude = 1.0
    while magnitude * 10 <= v / 5 { magnitude *= 10 }
    while magnitude > v / 5 && magnitude > 1 { magnitude /= 10 }
    for m in [1.0, 2.0, 5.0, 10.0, 20.0] {
        let step = m * magnitude
        let steps = Int((v / step).rounded(.up))
        if steps <= 5 { return (step * Double(steps), max(steps, 1)) }
    }
    return (v, 1)
}

/// A coordinate with one decimal.
func f(_ v: Double) -> String { formatFixed(v, places: 1) }

/// Escapes text for HTML element content and attribute values.
func escapeHTML(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
