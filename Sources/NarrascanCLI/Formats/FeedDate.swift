// Dates as feeds and pages write them, normalised to ISO 8601: RFC 822/1123 (`Tue, 09 Nov 2021
// 14:30:00 +0300`, also with a zone name like GMT or EST, a two-digit year, or no weekday) from RSS,
// and RFC 3339 / ISO 8601 (`2021-11-09T14:30:00Z`, `2021-11-09`) from Atom, RDF's dc:date and
// pages. A date that cannot be read is no date (nil), never a made-up one.

/// Reads and normalises feed and page dates.
enum FeedDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    ]

    /// The ISO 8601 form of `text`, or nil when it is not a date this reader knows.
    static func normalize(_ text: String) -> String? {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { return nil }
        if let iso = iso8601(t) { return iso }
        return rfc822(t)
    }

    /// RFC 3339 and ISO 8601 dates and date-times, returned in the `YYYY-MM-DD[THH:MM:SS(Z|±HH:MM)]` form.
    static func iso8601(_ t: String) -> String? {
        let b = Array(t.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for k in at..<(at + n) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let y = digits(0, 4), b.count >= 10, b[4] == UInt8(ascii: "-"), let m = digits(5, 2), b[7] == UInt8(ascii: "-"),
            let d = digits(8, 2), (1...12).contains(m), (1...31).contains(d), y >= 1900
        else { return nil }
        let date = String(format4: y) + "-" + String(format2: m) + "-" + String(format2: d)
        if b.count == 10 { return date }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let hh = digits(11, 2), b.count >= 16,
            b[13] == UInt8(ascii: ":"), let mm = digits(14, 2), hh < 24, mm < 60
        else { return date }
        var k = 16
        var ss = 0
        if k < b.count && b[k] == UInt8(ascii: ":"), let s = digits(k + 1, 2) {
            ss = min(s, 59)
            k += 3
            if k < b.count && (b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ",")) {
                k += 1
                while k < b.count && b[k] >= 0x30 && b[k] <= 0x39 { k += 1 }
            }
        }
        let time = "T" + String(format2: hh) + ":" + String(format2: mm) + ":" + String(format2: ss)
        while k < b.count && b[k] == 0x20 { k += 1 }
        if k >= b.count { return date + time }
        if b[k] == UInt8(ascii: "Z") || b[k] == UInt8(ascii: "z") { return date + time + "Z" }
        if b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-"), let zh = digits(k + 1, 2) {
            var zm = 0
            if let m2 = digits(k + 4, 2), b[k + 3] == UInt8(ascii: ":") { zm = m2 } else if let m2 = digits(k + 3, 2) { zm = m2 }
            let offset = (zh * 60 + zm) * (b[k] == UInt8(ascii: "-") ? -1 : 1)
            return date + time + zone(offset)
        }
        return date + time
    }

    /// RFC 822 / RFC 1123 dates, as most RSS feeds write them (weekday optional, 2- or 4-digit year,
    /// numeric zone or a zone name; seconds optional).
    static func rfc822(_ t: String) -> String? {
        var words = t.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.count >= 3, first.allSatisfy({ $0.isLetter }), !months.contains(String(first.prefix(3))) {
            words.removeFirst()  // the weekday
        }
        guard words.count >= 3, let day = unsigned(words[0]), (1...31).contains(day),
            let month = months.firstIndex(of: String(words[1].prefix(3))), var year = unsigned(words[2])
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        guard year >= 1900 && year < 10000 else { return nil }
        let date = String(format4: year) + "-" + String(format2: month + 1) + "-" + String(format2: day)
        guard words.count >= 4 else { return date }
        let clock = words[3].split(separator: ":").map { unsigned($0) }
        guard clock.count >= 2, let hh = clock[0], let mm = clock[1], hh < 24, mm < 60 else { return date }
        let ss = clock.count >= 3 ? min(clock[2] ?? 0, 59) : 0
        let time = "T" + String(format2: hh) + ":" + String(format2: mm) + ":" + String(format2: ss)
        guard words.count >= 5 else { return date + time }
        let z = words[4]
        if let offset = zones[z] { return date + time + zone(offset) }
        if (z.hasPrefix("+") || z.hasPrefix("-")), z.count == 5, let v = unsigned(z.dropFirst()) {
            return date + time + zone((v / 100 * 60 + v % 100) * (z.hasPrefix("-") ? -1 : 1))
        }
        return date + time
    }

    /// The value of `text` when it is only ASCII digits (no sign: `Int("-8")` would let a clock
    /// of `-8:40` through as hour -8), else nil.
    static func unsigned<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    static func zone(_ minutes: Int) -> String {
        if minutes == 0 { return "Z" }
        let a = abs(minutes)
        return (minutes < 0 ? "-" : "+") + String(format2: a / 60) + ":" + String(format2: a % 60)
    }
}

extension String {
    init(format2 v: Int) { self = v < 10 ? "0\(v)" : "\(v)" }
    init(format4 v: Int) {
        let digits = "\(v)"
        self = digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
