// What a command runs against: its outputs, its input, the environment. The real process passes
// file descriptors and the real environment; tests pass memory.

import NarrascanCore

#if canImport(Glibc)
import Glibc
#endif

/// The world a command sees.
public final class CommandContext {
    public let stdout: ByteOutput
    public let stderr: ByteOutput
    public let stdin: ByteInput
    public let environment: [String: String]
    /// The running executable's path (for finding the bundled lexicons).
    public let executablePath: String?
    /// The number of CPU cores (default for --jobs).
    public let cores: Int
    /// Set by signal handlers: stop after the record in hand.
    public let interruption: InterruptionFlag
    /// Opens an input file by path (`score` reads every file through it). The real process opens
    /// the file; tests wrap that to change a file on disk while it is being read.
    public let openFile: (String) throws(InputError) -> any ByteInput
    /// What `keepUntilEnd` holds; shared with the contexts derived from this one.
    private var kept = KeptObjects()

    public init(
        stdout: ByteOutput, stderr: ByteOutput, stdin: ByteInput, environment: [String: String] = [:],
        executablePath: String? = nil, cores: Int = 1, interruption: InterruptionFlag = InterruptionFlag(),
        openFile: @escaping (String) throws(InputError) -> any ByteInput = { (path) throws(InputError) in try FileDescriptorInput(path: path) }
    ) {
        self.openFile = openFile
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin
        self.environment = environment
        self.executablePath = executablePath
        self.cores = max(1, cores)
        self.interruption = interruption
    }

    /// This context with standard output replaced by the file at `path` (created or truncated),
    /// or this context when `path` is nil (`--output`/`-o`).
    /// - Throws: `CLIError.usage` naming the file when it cannot be opened for writing.
    public func writingOutput(to path: String?) throws(CLIError) -> CommandContext {
        guard let path else { return self }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .usage(UsageError("\(path): cannot write: \(systemErrorMessage(errno))")) }
        let derived = CommandContext(
            stdout: FileDescriptorOutput(fd: fd, closeOnDeinit: true), stderr: stderr, stdin: stdin, environment: environment,
            executablePath: executablePath, cores: cores, interruption: interruption)
        derived.kept = kept
        return derived
    }

    /// Keeps `value` alive as long as this context (and the one it was derived from): a command
    /// hands over what it is done with but need not free before it returns. The process's context
    /// lives until exit(2), so the compiled lexicons go back to the system with the process instead
    /// of being freed array by array after the last record (16.9 M instructions, 1.5–2 ms with the
    /// bundled lexicons, the serial tail of every `score` and `stream` run); a test's context frees
    /// them when the test lets it go. Hand over nothing that holds a context (that would be a cycle).
    public func keepUntilEnd(_ value: Any) { kept.objects.append(value) }

    /// Writes one line to stderr and flushes it (diagnostics are never buffered behind output).
    public func warn(_ line: String) {
        try? stderr.write(line + "\n")
        try? stderr.flush()
    }
}

/// The objects a context keeps alive for its commands (`CommandContext.keepUntilEnd`).
final class KeptObjects {
    var objects: [Any] = []
}

/// A flag set asynchronously (by a signal handler) and polled between records.
public final class InterruptionFlag: @unchecked Sendable {
    private let storage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// The reading end of a pipe the signal handler writes a byte to after setting the flag (-1:
    /// none), so that a reader about to wait for input can wait for the signal too
    /// (`FileDescriptorInput`): a signal that lands between checking the flag and a blocking
    /// read(2) would otherwise go unseen until more input came. Set once, by
    /// `installSignalHandlers`, before any command runs.
    public internal(set) var wakeDescriptor: Int32 = -1
    public init() { storage.initialize(to: 0) }
    deinit { storage.deallocate() }
    /// The signal number that asked us to stop, or 0.
    public var signal: Int32 { storage.pointee }
    /// Records a signal (async-signal-safe: a plain store).
    public func raise(_ signal: Int32) { storage.pointee = signal }
    /// Where a C signal handler may store the signal.
    public var pointer: UnsafeMutablePointer<Int32> { storage }
}
