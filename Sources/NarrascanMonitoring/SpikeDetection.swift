// Spike detection: does a narrative's share of documents in a bucket rise well above its own
// recent baseline? A robust z-score against the previous buckets:
//
//   baseline  = the shares of the last `window` buckets before t that have documents (at least
//               `minimumBaseline` of them, else no verdict)
//   expected  = median(baseline)
//   spread    = max(1.4826 × MAD(baseline),            robust standard deviation of the baseline
//                   √(expected × (1 − expected) / n_t),  binomial noise of a bucket of n_t documents
//                   floor)                               so a flat baseline does not make every blip a spike
//   z         = (share_t − expected) / spread
//   spike     ⇔ z ≥ threshold  and  labelled_t ≥ minimumCount
//
// Median and MAD ignore one or two earlier surges in the window; the binomial term keeps small
// buckets from firing on one or two documents; the minimum count does the same for tiny feeds.
// A verdict depends only on buckets up to t, so `--follow` can give it as soon as t closes.

/// The parameters of spike detection (`trend`/`report` options).
public struct SpikeParameters: Sendable, Equatable {
    /// Baseline buckets (with documents) before the tested one.
    public var window = 8
    /// Fewest baseline buckets for a verdict.
    public var minimumBaseline = 3
    /// Robust z-score a spike must reach.
    public var threshold = 3.0
    /// Fewest labelled documents in a spike bucket.
    public var minimumCount = 3
    /// Smallest spread, in share units.
    public var floor = 0.05

    public init() {}
}

/// The verdict on one bucket of one narrative.
public struct SpikeTest: Sendable, Equatable {
    public var observed: Double
    public var expected: Double
    public var z: Double
    public var baselineBuckets: Int
    public var isSpike: Bool
}

/// Tests buckets of a series against their baselines.
public struct SpikeDetector: Sendable {
    public var parameters = SpikeParameters()

    public init(parameters: SpikeParameters = SpikeParameters()) { self.parameters = parameters }

    /// The verdict on bucket `t` of `series` (documents, labelled), or nil when `t` has no
    /// documents or its baseline is too short.
    public func test(_ series: [(documents: Int, labelled: Int)], at t: Int) -> SpikeTest? {
        guard series[t].documents > 0 else { return nil }
        var baseline: [Double] = []
        var k = t - 1
        while k >= 0 && baseline.count < parameters.window {
            if series[k].documents > 0 { baseline.append(Double(series[k].labelled) / Double(series[k].documents)) }
            k -= 1
        }
        guard baseline.count >= parameters.minimumBaseline else { return nil }
        let observed = Double(series[t].labelled) / Double(series[t].documents)
        let expected = median(baseline)
        let mad = median(baseline.map { abs($0 - expected) })
        let binomial = (expected * (1 - expected) / Double(series[t].documents)).squareRoot()
        let spread = max(1.4826 * mad, binomial, parameters.floor)
        let z = (observed - expected) / spread
        return SpikeTest(
            observed: observed, expected: expected, z: z, baselineBuckets: baseline.count,
            isSpike: z >= parameters.threshold && series[t].labelled >= parameters.minimumCount)
    }
}

public func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// A detected spike, ready to print.
public struct Spike: Sendable {
    public var bucket: Int
    public var group: String
    public var narrative: String
    public var documents: Int
    public var labelled: Int
    public var test: SpikeTest
    public var topPhrases: [(phrase: String, documents: Int)]
}

extension TrendAggregation {
    /// The spikes of every group and narrative, by bucket, group, narrative. With `only`, just
    /// the verdicts on that bucket.
    public func spikes(_ detector: SpikeDetector, only bucket: Int? = nil, through last: Int? = nil) -> [Spike] {
        var result: [Spike] = []
        for group in groups {
            let points = series(group, through: last)
            for narrative in narratives {
                let counts = points.map { (documents: $0.cell.documents, labelled: $0.cell.labelled[narrative] ?? 0) }
                for t in points.indices where bucket == nil || points[t].bucket == bucket {
                    guard let test = detector.test(counts, at: t), test.isSpike else { continue }
                    let cell = points[t].cell
                    result.append(
                        Spike(
                            bucket: points[t].bucket, group: group, narrative: narrative, documents: cell.documents,
                            labelled: counts[t].labelled, test: test, topPhrases: cell.topPhrases(narrative)))
                }
            }
        }
        return result.sorted { ($0.bucket, $0.group, $0.narrative) < ($1.bucket, $1.group, $1.narrative) }
    }
}
