// The registry of fuzz targets. Adding one is a file in this folder and a line here; `fuzz.sh list`
// prints these names, and the regression tests replay saved inputs for each.

/// Every fuzz target, in the order `scripts/fuzz.sh list` prints them.
public let allFuzzTargets: [any FuzzTarget] = [
    TokenizerFuzzTarget(),
    JSONRecordFuzzTarget(),
    LexiconFuzzTarget(),
    MatcherDifferentialFuzzTarget(),
    LineFramingFuzzTarget(),
    InputFormatFuzzTarget(name: "html", format: .html, property: .page, seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.html")),
    InputFormatFuzzTarget(name: "feed", format: .rss, property: .feed, seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.[ra][st][so]*")),
    InputFormatFuzzTarget(name: "csv", format: .csv, property: .table, seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.csv")),
    InputFormatFuzzTarget(name: "telegram", format: .telegram, property: .telegram, seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/result.json")),
    GzipFuzzTarget(),
    ScoreCommandFuzzTarget(),
]

/// The target called `name`, if there is one.
public func fuzzTarget(named name: String) -> (any FuzzTarget)? {
    allFuzzTargets.first { $0.name == name }
}
