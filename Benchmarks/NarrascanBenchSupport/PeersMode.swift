// `narrascan-peer PHRASES [WILD] CORPUS_TXT [--jobs N]`: the tool under test for the
// ../shared/bench peers harness (its EXTRA_PEERS). It compiles the plain phrase list (plus the
// wildcard list if given), reads the corpus with read(2) in 128 KiB blocks cut at line ends (small
// enough that the block is still in the core's cache when it is scanned: 4 MiB blocks were 5%
// slower; mapping the file like hs_count was slower still), scans each line (one document) with
// the real `PhraseMatcher`, and prints `matches=N`: every whole-word occurrence, overlapping ones
// included (the harness's "O" semantics). `--jobs 2` splits the file at a line boundary into two
// halves read by two threads, like `hs_count -t 2`. With `--lines` it prints, per line with a
// match, `line<TAB>count` instead (for diffing counts against another peer).

import Dispatch
import NarrascanCore

#if canImport(Glibc)
import Glibc
#endif

/// The peers harness's tool under test: counts phrase occurrences in a corpus of lines.
package enum PeersMode {
    package static func run(phraseFiles: [String], corpus: String, jobs: Int, perLine: Bool) throws {
        var lexicons: [Lexicon] = []
        for (k, file) in phraseFiles.enumerated() {
            var lexicon = try PhraseListLexicon.read(file)
            lexicon.name = "phrases-\(k)"
            lexicons.append(lexicon)
        }
        let matcher = try PhraseMatcher(lexicons: LexiconSet(lexicons))
        let fd = open(corpus, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw BenchError("\(corpus): cannot open") }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        let size = Int(info.st_size)
        // Split points at line starts.
        var cuts = [0]
        for k in 1..<max(1, jobs) {
            var pos = size * k / jobs
            var byte: UInt8 = 0
            while pos < size && pread(fd, &byte, 1, off_t(pos - 1)) == 1 && byte != 0x0A { pos += 1 }
            cuts.append(min(pos, size))
        }
        cuts.append(size)
        let totals = SliceTotals(count: cuts.count - 1)
        let sharedCuts = cuts
        let work: @Sendable (Int) -> Void = { part in
            totals.store(
                scanRange(fd: fd, from: sharedCuts[part], to: sharedCuts[part + 1], matcher: matcher, perLine: perLine),
                at: part)
        }
        if cuts.count == 2 { work(0) } else { DispatchQueue.concurrentPerform(iterations: cuts.count - 1, execute: work) }
        if !perLine { print("matches=\(totals.total)") }
    }

    /// Scans the lines of bytes `from..<to`; returns the match count.
    static func scanRange(fd: Int32, from: Int, to: Int, matcher: PhraseMatcher, perLine: Bool) -> Int {
        let block = 128 << 10
        var capacity = block * 2
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        let scratch = MatchScratch()
        var total = 0
        var pending = 0  // bytes carried over from the previous block (a partial line)
        var offset = from
        var lineNumber = 0
        /// Scans one line (one document) and counts its matches.
        func scanLine(_ start: UnsafeMutablePointer<UInt8>, _ count: Int) {
            _ = matcher.scan(UnsafeBufferPointer(start: start, count: count), scratch: scratch)
            total += scratch.matches.count
            lineNumber += 1
            if perLine && !scratch.matches.isEmpty { print("\(lineNumber)\t\(scratch.matches.count)") }
        }
        while offset < to || pending > 0 {
            if pending + block > capacity {
                capacity *= 2
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.update(from: buffer, count: pending)
                buffer.deallocate()
                buffer = grown
            }
            let want = min(block, to - offset)
            var got = 0
            while got < want {
                let n = pread(fd, buffer + pending + got, want - got, off_t(offset + got))
                if n <= 0 { break }
                got += n
            }
            offset += got
            let end = pending + got
            let atEOF = offset >= to || got == 0
            var lineStart = 0
            var i = 0
            while i < end {
                guard let nl = memchr(buffer + i, 0x0A, end - i) else { break }
                let j = UnsafeMutablePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - buffer
                scanLine(buffer + lineStart, j - lineStart)
                lineStart = j + 1
                i = j + 1
            }
            if atEOF {
                // The last line, without a line feed.
                if lineStart < end { scanLine(buffer + lineStart, end - lineStart) }
                break
            }
            pending = end - lineStart
            if pending > 0 { buffer.update(from: buffer + lineStart, count: pending) }
        }
        return total
    }
}
