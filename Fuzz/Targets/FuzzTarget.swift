// What a fuzz target is: a named property of narrascan that must hold for any bytes. The same
// check runs under libFuzzer (`scripts/fuzz.sh`, through `Fuzz/Entry`) and in `swift test`, which
// replays every input saved under `Tests/FuzzRegressionTests/Inputs/<name>/`. A check reports a
// broken property as a thrown `FuzzFailure`, never a trap, so that a test can show which one broke;
// the fuzz entry turns the failure into a crash that libFuzzer saves.

/// A property of narrascan checked on arbitrary bytes.
public protocol FuzzTarget: Sendable {
    /// The name `scripts/fuzz.sh` knows the target by (lower case, dashes).
    var name: String { get }
    /// Where `scripts/fuzz.sh` finds seed inputs.
    var seeds: FuzzSeeds { get }
    /// The longest input the fuzzer generates (`-max_len`); keeps each execution short.
    var maxInputBytes: Int { get }
    /// Runs the code under test on `input` and checks its properties.
    /// - Throws: `FuzzFailure` when a property does not hold.
    func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure)
}

/// Where the seed corpus of a target comes from: a glob relative to the repository root, taken
/// either whole (one seed per file) or one seed per line (JSONL).
public struct FuzzSeeds: Sendable {
    /// How a matching file becomes seeds.
    public enum Unit: String, Sendable {
        /// One seed per file.
        case file
        /// One seed per line.
        case line
    }
    /// A shell glob relative to the repository root, e.g. `Samples/dev/*.txt`.
    public var glob: String
    /// How each file is cut into seeds.
    public var unit: Unit

    /// Seeds from the files matching `glob`, cut by `unit`.
    public init(_ glob: String, unit: Unit = .file) {
        self.glob = glob
        self.unit = unit
    }
}

/// A property that did not hold, with what was expected and what happened.
public struct FuzzFailure: Error, Sendable, CustomStringConvertible {
    /// The target whose property broke.
    public var target: String
    /// What broke, for the person reading the crash report.
    public var message: String

    /// A failure of `target`'s property, described by `message`.
    public init(target: String, message: String) {
        self.target = target
        self.message = message
    }

    /// `target: message`.
    public var description: String { "\(target): \(message)" }
}

extension FuzzTarget {
    /// Throws a `FuzzFailure` of this target unless `condition` holds.
    @inlinable
    public func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(target: name, message: message()) }
    }
}
