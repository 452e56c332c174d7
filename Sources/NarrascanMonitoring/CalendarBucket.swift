// Time buckets for `trend` and `report`: days, ISO weeks (Monday to Sunday, numbered by the year
// of their Thursday, so 2021-01-03 is in 2020-W53) and calendar months. Dates are read from the
// `YYYY-MM-DD` prefix of an ISO 8601 date or date-time; the time and zone, when present, are
// ignored (a record is bucketed by the calendar date it was written with). The civil-date
// arithmetic is Howard Hinnant's days-from-civil, so no Foundation calendar is involved.

/// The width of a time bucket.
public enum BucketUnit: String, Sendable, CaseIterable {
    case day, week, month

    /// The bucket number of a day (days since 1970-01-01). Numbers are consecutive in time.
    public func bucket(ofDay day: Int) -> Int {
        switch self {
        case .day: return day
        case .week: return floorDivide(day + 3, 7)  // 1970-01-01 was a Thursday
        case .month:
            let (y, m, _) = civilFromDays(day)
            return y * 12 + (m - 1)
        }
    }

    /// The first day of a bucket.
    public func startDay(of bucket: Int) -> Int {
        switch self {
        case .day: return bucket
        case .week: return bucket * 7 - 3
        case .month: return daysFromCivil(floorDivide(bucket, 12), bucket - floorDivide(bucket, 12) * 12 + 1, 1)
        }
    }

    /// The bucket's name: `2021-11-08`, `2021-W45`, `2021-11`.
    public func label(of bucket: Int) -> String {
        switch self {
        case .day: return formatDay(bucket)
        case .week:
            let thursday = startDay(of: bucket) + 3
            let (y, _, _) = civilFromDays(thursday)
            let week = (thursday - daysFromCivil(y, 1, 1)) / 7 + 1
            return "\(y)-W" + (week < 10 ? "0" : "") + String(week)
        case .month:
            let y = floorDivide(bucket, 12), m = bucket - y * 12 + 1
            return "\(y)-" + (m < 10 ? "0" : "") + String(m)
        }
    }
}

/// The day number (since 1970-01-01) of an ISO 8601 date or date-time, or nil when its first ten
/// characters are not a valid `YYYY-MM-DD`.
public func parseDay(_ text: String) -> Int? {
    let b = Array(text.utf8.prefix(11))
    guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
    if b.count == 11 && !(b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == 0x20) { return nil }
    func digits(_ r: Range<Int>) -> Int? {
        var v = 0
        for i in r {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
            v = v * 10 + Int(b[i] - 0x30)
        }
        return v
    }
    guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10), (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else {
        return nil
    }
    return daysFromCivil(y, m, d)
}

/// `YYYY-MM-DD` of a day number.
public func formatDay(_ day: Int) -> String {
    let (y, m, d) = civilFromDays(day)
    return "\(y)-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
}

public func daysInMonth(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
public func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400)
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
}

/// The date of a day number.
public func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = floorDivide(z, 146097)
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}

public func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
