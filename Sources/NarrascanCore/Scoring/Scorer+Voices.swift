// Scoring with voice attribution: every counted match is tagged with its voice, each narrative
// reports how much of its evidence stands in each voice, and — when only some voices count — the
// score is computed from the matches in those voices alone (overlaps resolved among them).

extension Scorer {
    /// Scores one text's matches, attributing each to a voice with `voices` and counting only the
    /// matches whose voice is in `counting`.
    ///
    /// `NarrativeScore.voices` counts every match that would count with all voices (after overlap
    /// resolution), so a fact-check shows its refuted evidence even when `counting` is `[.own]`;
    /// `evidence` lists the matches that counted, each with its voice.
    /// - Complexity: O(m log m) in the number of matches, plus O(log s) per match in sentences.
    public func score(
        matches: [PhraseMatch], words: Int, invalidBytes: Int = 0, voices: VoiceMap, counting: Set<Voice>
    ) -> DocumentScore {
        var all = score(matches: matches, words: words, invalidBytes: invalidBytes)
        var counts: [VoiceCounts] = []
        for n in all.narratives.indices {
            var c = VoiceCounts()
            for e in all.narratives[n].evidence.indices {
                let v = voices.voice(of: all.narratives[n].evidence[e].start..<all.narratives[n].evidence[e].end)
                all.narratives[n].evidence[e].voice = v
                c[v] += 1
            }
            all.narratives[n].voices = c
            counts.append(c)
        }
        if counting.count == Voice.allCases.count { return all }
        let kept = matches.filter { counting.contains(voices.voice(of: $0.start..<$0.end)) }
        var result = score(matches: kept, words: words, invalidBytes: invalidBytes)
        for n in result.narratives.indices {
            result.narratives[n].voices = counts[n]
            for e in result.narratives[n].evidence.indices {
                let ev = result.narratives[n].evidence[e]
                result.narratives[n].evidence[e].voice = voices.voice(of: ev.start..<ev.end)
            }
        }
        return result
    }
}
