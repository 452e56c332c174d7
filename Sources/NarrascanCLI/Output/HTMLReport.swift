// Renders the report as one HTML page: inline CSS sized for a 1280 px window, inline SVG charts,
// no scripts and no external resources, so the file can be mailed, archived and opened offline.
// Output is deterministic (sorted keys, fixed number formats, no generation time).

import NarrascanCore
import NarrascanMonitoring

/// The HTML report.
struct HTMLReport {
    let title: String
    let data: ReportCollector
    let detector: SpikeDetector

    /// The most documents of one source in the top-documents table, so one outlet cannot fill it.
    static let topPerSource = 3

    static let palette = ["#c2410c", "#6d28d9", "#0f766e", "#b91c1c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0e7490"]
    static let voiceColors: [(Voice, String)] = [(.own, "#1f2937"), (.quoted, "#60a5fa"), (.refuted, "#f59e0b")]

    var narratives: [String] { data.overall.narratives }
    func color(_ narrative: String) -> String { HTMLReport.palette[(narratives.firstIndex(of: narrative) ?? 0) % HTMLReport.palette.count] }

    func render() -> String {
        let a = data.overall
        let unit = a.unit
        let series = a.series("")
        let labels = series.map { unit.label(of: $0.bucket) }
        let spikes = a.spikes(detector)
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escapeHTML(title))</title>
            <style>\(HTMLReport.css)</style>
            </head><body><main>

            """
        // Header and summary cards.
        var period = "no dated documents"
        if let first = a.firstBucket, let last = a.lastBucket {
            period = "\(formatDay(unit.startDay(of: first))) – \(formatDay(unit.startDay(of: last + 1) - 1))"
        }
        h += "<header><h1>\(escapeHTML(title))</h1><p class=\"meta\">\(a.documents) documents · \(data.bySource.groups.count) sources · \(period) · by \(unit.rawValue)"
        if a.undated > 0 { h += " · <strong>\(a.undated) without a date</strong> (not in the timelines)" }
        h += "</p></header>\n<section class=\"cards\">"
        for n in narratives {
            let labelled = series.reduce(0) { $0 + ($1.cell.labelled[n] ?? 0) }
            let dated = series.reduce(0) { $0 + $1.cell.documents }
            let count = spikes.filter { $0.narrative == n }.count
            h += "<div class=\"card\" style=\"border-top-color:\(color(n))\"><div class=\"name\" style=\"color:\(color(n))\">\(escapeHTML(n))</div>"
            h += "<div class=\"big\">\(dated == 0 ? "–" : formatPercent(Double(labelled) / Double(dated)))</div>"
            h += "<div class=\"small\">\(labelled) of \(dated) dated documents labelled · <span class=\"\(count > 0 ? "hot" : "")\">\(count) spike\(count == 1 ? "" : "s")</span></div></div>"
        }
        h += "</section>\n"

        // Timelines.
        let chart = SVGChart()
        h += "<section><h2>Timeline</h2><p class=\"note\">Share of documents labelled with each narrative per \(unit.rawValue). "
        h += "<span class=\"dot spike\"></span> spike (robust z ≥ \(formatDecimal(detector.parameters.threshold, places: 2)) over the previous \(detector.parameters.window) \(unit.rawValue)s); "
        h += "<span class=\"dash\"></span> its expected share.</p>"
        h += "<figure><figcaption>Documents per \(unit.rawValue)</figcaption>" + SVGChart(height: 170, top: 16).volume(series.map(\.cell.documents), labels: labels, title: "Documents per \(unit.rawValue)") + "</figure>"
        for n in narratives {
            let shares: [Double?] = series.map { $0.cell.documents > 0 ? $0.cell.share(n) : nil }
            let marks = spikes.filter { $0.narrative == n }.compactMap { sp -> (index: Int, observed: Double, expected: Double)? in
                guard let i = series.firstIndex(where: { $0.bucket == sp.bucket }) else { return nil }
                return (i, sp.test.observed, sp.test.expected)
            }
            h += "<figure><figcaption><span class=\"swatch\" style=\"background:\(color(n))\"></span>\(escapeHTML(n))</figcaption>"
            h += chart.share(shares, labels: labels, color: color(n), title: "\(n) share per \(unit.rawValue)", spikes: marks) + "</figure>"
        }
        h += "</section>\n"

        // Spikes table.
        h += "<section><h2>Spikes</h2>"
        if spikes.isEmpty {
            h += "<p class=\"note\">No spikes (\(escapeHTML(detector.parameters.summary))).</p>"
        } else {
            h += "<table class=\"spikes\"><thead><tr><th>\(unit.rawValue.prefix(1).uppercased() + unit.rawValue.dropFirst())</th><th>Narrative</th><th class=\"num\">Labelled</th><th class=\"num\">Share</th><th class=\"num\">Expected</th><th class=\"num\">z</th><th>Top phrases</th></tr></thead><tbody>"
            for sp in spikes {
                h += "<tr><td class=\"nowrap\">\(unit.label(of: sp.bucket))<div class=\"sub\">from \(formatDay(unit.startDay(of: sp.bucket)))</div></td>"
                h += "<td><span class=\"chip\" style=\"background:\(color(sp.narrative))\">\(escapeHTML(sp.narrative))</span></td>"
                h += "<td class=\"num\">\(sp.labelled) / \(sp.documents)</td><td class=\"num strong\">\(formatPercent(sp.test.observed))</td>"
                h += "<td class=\"num\">\(formatPercent(sp.test.expected))</td><td class=\"num\">\(formatFixed(sp.test.z, places: 1))</td>"
                h += "<td>\(sp.topPhrases.map { "<span class=\"phrase\">\(escapeHTML($0.phrase))</span> \($0.documents)" }.joined(separator: " · "))</td></tr>"
            }
            h += "</tbody></table><p class=\"note\">Parameters: \(escapeHTML(detector.parameters.summary)).</p>"
        }
        h += "</section>\n"

        // Sources.
        h += "<section><h2>Sources</h2><table class=\"sources\"><thead><tr><th>Source</th><th class=\"num\">Documents</th>"
        for n in narratives { h += "<th><span class=\"swatch\" style=\"background:\(color(n))\"></span>\(escapeHTML(n))</th>" }
        h += "</tr></thead><tbody>"
        for group in data.bySource.groups {
            let cells = data.bySource.cells[group] ?? [:]
            let docs = cells.values.reduce(0) { $0 + $1.documents }
            h += "<tr><td class=\"strong\">\(escapeHTML(group))</td><td class=\"num\">\(docs)</td>"
            for n in narratives {
                let labelled = cells.values.reduce(0) { $0 + ($1.labelled[n] ?? 0) }
                let share = docs == 0 ? 0 : Double(labelled) / Double(docs)
                h += "<td><div class=\"bar\"><div style=\"width:\(f(share * 100))%;background:\(color(n))\"></div></div><span class=\"barlabel\">\(formatPercent(share)) <span class=\"sub\">(\(labelled))</span></span></td>"
            }
            h += "</tr>"
        }
        h += "</tbody></table></section>\n"

        // Phrases.
        h += "<section><h2>Most frequent phrases</h2><p class=\"note\">Documents in which each phrase matched; the bar splits its matches by voice: "
        h += HTMLReport.voiceColors.map { "<span class=\"swatch\" style=\"background:\($0.1)\"></span>\($0.0.rawValue == "own" ? "own voice" : $0.0.rawValue)" }.joined(separator: " ")
        h += ".</p><div class=\"phrases\">"
        for n in narratives {
            let stats = (data.phrases[n] ?? [:]).sorted { ($1.value.documents, $0.key) < ($0.value.documents, $1.key) }.prefix(10)
            let maxDocs = max(1, stats.first?.value.documents ?? 1)
            h += "<div class=\"phrasecol\"><h3 style=\"color:\(color(n))\">\(escapeHTML(n))</h3><table>"
            for (phrase, st) in stats {
                let total = max(1, st.voices.total + st.unattributed)
                h += "<tr><td class=\"phrase\">\(escapeHTML(phrase))</td><td class=\"num\">\(st.documents)</td><td class=\"vbar\"><div class=\"stack\" style=\"width:\(f(100 * Double(st.documents) / Double(maxDocs)))%\">"
                for (v, c) in HTMLReport.voiceColors where st.voices[v] > 0 {
                    h += "<div style=\"width:\(f(100 * Double(st.voices[v]) / Double(total)))%;background:\(c)\" title=\"\(v.rawValue): \(st.voices[v])\"></div>"
                }
                if st.unattributed > 0 { h += "<div style=\"width:\(f(100 * Double(st.unattributed) / Double(total)))%;background:#cbd5e1\"></div>" }
                h += "</div></td></tr>"
            }
            if stats.isEmpty { h += "<tr><td class=\"note\">no matches</td></tr>" }
            h += "</table></div>"
        }
        h += "</div></section>\n"

        // Top documents.
        var topDocs = data
        topDocs.prune(perSource: HTMLReport.topPerSource)
        h += "<section><h2>Top-scoring documents</h2><p class=\"note\">By highest narrative score, at most \(HTMLReport.topPerSource) per source. Matches are marked in their sentences; unmarked matches stand in the document's own voice, others are tagged "
        h += "<span class=\"voice v-quoted\">quoted</span> or <span class=\"voice v-refuted\">refuted</span>.</p><table class=\"docs\"><thead><tr><th class=\"num\">Score</th><th>Document</th><th>Evidence in context</th></tr></thead><tbody>"
        let attribution = VoiceAttribution()
        for d in topDocs.topDocuments {
            h += "<tr><td class=\"num strong\">\(formatFixed(d.topScore, places: 2))</td><td class=\"doc\"><div class=\"strong\">\(escapeHTML(d.title ?? d.id))</div>"
            h += "<div class=\"sub\">\(escapeHTML([d.date.map { String($0.prefix(10)) }, d.source, d.title == nil ? nil : d.id].compactMap { $0 }.joined(separator: " · ")))</div><div>"
            for n in d.labels { h += "<span class=\"chip\" style=\"background:\(color(n))\">\(escapeHTML(n))</span> " }
            h += "</div></td><td>" + snippets(d, attribution) + "</td></tr>"
        }
        h += "</tbody></table></section>\n"
        h += "<footer>narrascan \(NarrascanCommand.version) · labels are framings found by weighted phrase lexicons, not verdicts · voices: own = asserted, quoted = quotation or reported speech, refuted = in a passage that refutes it</footer>\n"
        return h + "</main></body></html>\n"
    }

    /// Up to three sentences of a document with its matches marked (phrases only without text).
    func snippets(_ d: MonitoredDocument, _ attribution: VoiceAttribution) -> String {
        let evidence = d.evidence.filter { $0.weight > 0 }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        guard let text = d.text else {
            let phrases = Array(Set(evidence.map(\.phrase))).sorted().prefix(8)
            return phrases.map { "<span class=\"phrase\">\(escapeHTML($0))</span>" }.joined(separator: " · ")
        }
        let map = attribution.analyze(text)
        var bySentence: [(range: Range<Int>, matches: [MonitoredEvidence])] = []
        for e in evidence where e.end <= text.count {
            let r = map.sentence(containing: e.start..<e.end)
            if let k = bySentence.firstIndex(where: { $0.range == r }) { bySentence[k].matches.append(e) } else { bySentence.append((r, [e])) }
        }
        bySentence.sort { ($1.matches.reduce(0) { $0 + $1.weight }, $0.range.lowerBound) < ($0.matches.reduce(0) { $0 + $1.weight }, $1.range.lowerBound) }
        var s = ""
        for item in bySentence.prefix(3).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            var html = "<p class=\"snippet\">"
            var at = item.range.lowerBound
            for e in item.matches where e.start >= at {
                html += escapeHTML(trimmedText(text[at..<e.start], leading: at == item.range.lowerBound))
                let voice = e.voice.flatMap { $0 == .own ? nil : " <span class=\"voice v-\($0.rawValue)\">\($0.rawValue)</span>" } ?? ""
                html += "<mark style=\"border-bottom-color:\(color(e.narrative))\" title=\"\(escapeHTML(e.narrative)) · \(escapeHTML(e.phrase))\">\(escapeHTML(String(decoding: text[e.start..<e.end], as: UTF8.self)))</mark>\(voice)"
                at = e.end
            }
            html += escapeHTML(String(decoding: text[at..<item.range.upperBound], as: UTF8.self).trimmingTrailingWhitespace())
            s += html + "</p>"
        }
        return s
    }

    private func trimmedText(_ bytes: ArraySlice<UInt8>, leading: Bool) -> String {
        var s = String(decoding: bytes, as: UTF8.self)
        if leading { while let c = s.first, c.isWhitespace { s.removeFirst() } }
        return s
    }

    static let css = """
        *{box-sizing:border-box}
        body{margin:0;background:#f6f7f9;color:#1f2937;font:15px/1.45 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:1220px;margin:0 auto;padding:28px 30px 40px}
        header h1{margin:0 0 4px;font-size:28px;letter-spacing:-.01em}
        .meta{margin:0 0 18px;color:#4b5563}
        h2{font-size:19px;margin:0 0 8px}
        h3{font-size:15px;margin:0 0 6px}
        section{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:18px 20px;margin:0 0 18px}
        section.cards{display:flex;gap:14px;background:none;border:0;padding:0}
        .card{flex:1;background:#fff;border:1px solid #e5e7eb;border-top:4px solid;border-radius:10px;padding:12px 16px}
        .card .name{font-weight:700}
        .card .big{font-size:30px;font-weight:700;margin:2px 0}
        .card .small{color:#4b5563;font-size:13px}
        .hot{color:#dc2626;font-weight:700}
        .note{color:#4b5563;font-size:13px;margin:0 0 10px}
        figure{margin:6px 0 10px}
        figcaption{font-weight:700;font-size:14px;margin:0 0 2px}
        svg{width:100%;height:auto;display:block}
        svg .ax{font-size:12px;fill:#6b7280}
        svg .grid{stroke:#eef0f3;stroke-width:1}
        svg .axis{stroke:#9ca3af;stroke-width:1}
        svg .vol{fill:#94a3b8}
        svg .spike{fill:#fff;stroke:#dc2626;stroke-width:3}
        svg .expected{stroke:#dc2626;stroke-width:2;stroke-dasharray:4 3}
        svg .spikelabel{font-size:13px;font-weight:700;fill:#dc2626}
        .dot{display:inline-block;width:11px;height:11px;border-radius:50%;border:3px solid #dc2626;vertical-align:-1px}
        .dash{display:inline-block;width:18px;border-top:2px dashed #dc2626;vertical-align:3px}
        .swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin:0 5px 0 8px;vertical-align:-1px}
        figcaption .swatch{margin-left:0}
        table{border-collapse:collapse;width:100%}
        th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#6b7280;border-bottom:2px solid #e5e7eb;padding:6px 8px}
        td{border-bottom:1px solid #f0f1f3;padding:7px 8px;vertical-align:top}
        .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        .strong{font-weight:700}
        .nowrap{white-space:nowrap}
        .sub{color:#6b7280;font-size:12px}
        .chip{display:inline-block;color:#fff;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:700;margin:2px 0}
        .phrase{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,monospace;font-size:13px;background:#f3f4f6;border-radius:4px;padding:0 4px}
        .bar{display:inline-block;width:120px;height:10px;background:#f1f5f9;border-radius:5px;overflow:hidden;vertical-align:middle;margin-right:8px}
        .bar div{height:100%}
        .barlabel{font-variant-numeric:tabular-nums}
        .phrases{display:flex;gap:18px}
        .phrasecol{flex:1;min-width:0}
        .phrasecol td{padding:4px 6px;border-bottom:1px solid #f3f4f6}
        .phrasecol td.phrase{background:none;padding-left:0;word-break:break-word}
        .vbar{width:34%}
        .stack{display:flex;height:10px;border-radius:5px;overflow:hidden;margin-top:5px;min-width:4px}
        .docs td.doc{width:27%}
        .snippet{margin:0 0 7px;font-size:14px}
        mark{background:#fef3c7;border-bottom:3px solid;padding:0 2px;border-radius:2px}
        .voice{font-size:11px;font-weight:700;text-transform:uppercase;border-radius:3px;padding:0 4px;color:#fff;vertical-align:1px}
        .v-own{background:#1f2937}.v-quoted{background:#60a5fa}.v-refuted{background:#f59e0b}
        footer{color:#6b7280;font-size:12px;text-align:center;margin-top:8px}
        """
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = self
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}
