// What a command hands to its context to keep (`keepUntilEnd`, how `score` and `stream` leave the
// compiled lexicons to be freed with the process): it lives exactly as long as the context it was
// handed to, or the context that one was derived from (`--output`), and no longer.

import NarrascanCLI
import Testing

@Suite struct CommandContextTests {
    final class Token {}

    @Test func whatACommandKeepsLivesAsLongAsTheContextItCameFrom() throws {
        weak var kept: Token?
        var context: CommandContext? = CommandContext(stdout: MemoryOutput(), stderr: MemoryOutput(), stdin: MemoryInput([]))
        do {
            let derived = try context!.writingOutput(to: makeTemporaryDirectory("kept") + "/out.jsonl")  // as with --output
            let token = Token()
            kept = token
            derived.keepUntilEnd(token)
        }
        #expect(kept != nil, "freed when the derived context went, before the process's context")
        context = nil
        #expect(kept == nil, "still held after every context went")
    }

    @Test func scoreAndStreamRunTwiceOnOneContextAsOnTwo() throws {
        // The classifier a run leaves to its context changes nothing for the next run.
        let out = MemoryOutput()
        let context = CommandContext(
            stdout: out, stderr: MemoryOutput(), stdin: MemoryInput("{\"id\":\"a\",\"text\":\"hybrid attack\"}\n"),
            environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        #expect(NarrascanCommand.main(["score", "--format", "jsonl", "-"], context: context) == 0)
        let first = out.text
        #expect(NarrascanCommand.main(["stream"], context: context) == 0)  // stdin is used up: no lines
        #expect(first.hasPrefix("{\"id\":\"a\",\"labels\":[\"hybrid-attack\"]"))
        #expect(out.text == first)
    }
}
