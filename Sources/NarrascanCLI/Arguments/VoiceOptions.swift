// The voice-attribution options shared by `score`, `stream` and `eval`: `--voices` reports how
// each narrative's evidence stands (own voice, quoted, refuted), `--own-voice-only` and
// `--drop-refuted` also change which matches count. Without them the classifier does no
// attribution and the output is exactly what it was.

import NarrascanCore

/// The voice options, appended to a command's option table.
let voiceOptions: [OptionSpec] = [
    OptionSpec("--voices", help: "Attribute each match to a voice (own, quoted, refuted); JSONL gains \"voices\" and evidence \"voice\"."),
    OptionSpec("--own-voice-only", help: "Count only matches in the article's own voice (implies --voices)."),
    OptionSpec("--drop-refuted", help: "Count own-voice and quoted matches, not refuted ones (implies --voices)."),
]

/// What the voice options ask for.
struct VoiceSelection {
    /// Attribute voices at all.
    var attribute: Bool
    /// The voices that count.
    var counting: Set<Voice>

    /// Reads the options of `args`.
    /// - Throws: `UsageError` when both --own-voice-only and --drop-refuted are given.
    init(_ args: ParsedArguments) throws(UsageError) {
        if args.flag("--own-voice-only") && args.flag("--drop-refuted") {
            throw UsageError("--own-voice-only and --drop-refuted exclude each other; give one")
        }
        counting = args.flag("--own-voice-only") ? [.own] : args.flag("--drop-refuted") ? [.own, .quoted] : Set(Voice.allCases)
        attribute = args.flag("--voices") || counting.count < Voice.allCases.count
    }

    /// `classifier`, attributing voices when asked.
    func apply(to classifier: NarrativeClassifier) -> NarrativeClassifier {
        attribute ? classifier.attributingVoices(counting: counting) : classifier
    }
}
