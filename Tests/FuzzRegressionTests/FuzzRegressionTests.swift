// Replays every saved fuzz input through its target's check: each crash the fuzzer ever found is
// saved under Inputs/<target>/ (with a few chosen edge cases), so `swift test` keeps it fixed.
// Also checks that the inputs are filed under real target names and that the checks do catch a
// broken property (a check that could never fail would make every replay pass).

import Testing
import NarrascanCLI
@testable import NarrascanFuzzTargets
#if canImport(Glibc)
import Glibc
#endif

/// Tests/FuzzRegressionTests/Inputs.
let inputsDirectory: String = {
    let file = #filePath
    return String(file[..<file.lastIndex(of: "/")!]) + "/Inputs"
}()

func entries(of directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        // Read the name in place: a dirent is only as long as its name, so copying the 256-byte
        // `d_name` field out (`entry.pointee.d_name`) reads past the end of the last entry
        // (AddressSanitizer: heap-buffer-overflow).
        let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
        if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
}

func contents(of path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    precondition(fd >= 0, "cannot open \(path)")
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { return bytes }
        bytes += chunk[0..<n]
    }
}

@Suite struct FuzzRegressionTests {
    @Test(arguments: allFuzzTargets.map(\.name))
    func everySavedInputPassesItsTarget(name: String) throws {
        let target = try #require(fuzzTarget(named: name))
        let files = entries(of: inputsDirectory + "/" + name)
        #expect(!files.isEmpty, "no saved inputs for \(name)")
        for file in files {
            let bytes = contents(of: inputsDirectory + "/" + name + "/" + file)
            #expect(throws: Never.self, "\(name)/\(file)") {
                try bytes.withUnsafeBufferPointer { (b) throws(FuzzFailure) in try target.check(b) }
            }
        }
    }

    @Test func inputsAreFiledUnderTargetNames() {
        let names = Set(allFuzzTargets.map(\.name))
        #expect(names.count == allFuzzTargets.count, "two targets share a name")
        for folder in entries(of: inputsDirectory) {
            #expect(names.contains(folder), "Inputs/\(folder) is not a fuzz target")
        }
    }

    @Test func theLineFramingReferenceSplitsAsDocumented() {
        let lines = LineFramingFuzzTarget.split(Array("a\r\nb\rc\n\nd\r".utf8))
        #expect(lines == [[0x61], [0x62, 0x0D, 0x63], [], [0x64, 0x0D]])
        #expect(LineFramingFuzzTarget.split(Array("x\n".utf8)) == [[0x78]])
    }

    @Test func theRoundTripWriterEscapesEveryField() {
        let r = JSONRecordFuzzTarget.write(DocumentRecord(id: "a\u{0}b", text: Array("t\"".utf8), title: "x"))
        #expect(String(decoding: r, as: UTF8.self) == #"{"id":"a\u0000b","text":"t\"","title":"x"}"#)
    }

    @Test func theMatcherTargetsLexiconCompiles() {
        // Building the target compiles its fixed lexicon (it traps otherwise); it must find a phrase.
        let target = MatcherDifferentialFuzzTarget()
        #expect(!target.fast.matches(in: Array("so called hybrid attack".utf8)).isEmpty)
    }
}
