// The registry of fuzz targets. Adding one is a file in this folder and a line here; `fuzz.sh list`
// prints these names, and the regression tests replay saved inputs for each.

/// Every fuzz target, in the order `scripts/fuzz.sh list` prints them.
public let allFuzzTargets: [any FuzzTarget] = [
    TokenizerFuzzTarget(),
    JSONRecordFuzzTarget(),
    LexiconFuzzTarget(),
    MatcherDifferentialFuzzTarget(),
    LineFramingFuzzTarget(),
    InputFormatFuzzTarget(name: "html", format: "html", seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.html")),
    InputFormatFuzzTarget(name: "feed", format: "rss", seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.[ra][st][so]*")),
    InputFormatFuzzTarget(name: "csv", format: "csv", seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.csv")),
    InputFormatFuzzTarget(name: "telegram", format: "telegram", seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/result.json")),
    InputFormatFuzzTarget(name: "gzip", format: nil, seeds: FuzzSeeds("Tests/EndToEndTests/Golden/formats/*.gz"), maxInputBytes: 1024),
]

/// The target called `name`, if there is one.
public func fuzzTarget(named name: String) -> (any FuzzTarget)? {
    allFuzzTargets.first { $0.name == name }
}
