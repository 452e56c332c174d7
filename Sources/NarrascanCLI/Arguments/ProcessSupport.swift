// The process-level glue the executable needs: signals, environment, its own path. Kept in the CLI
// library so that it is compiled and reviewed with the rest, but only `main.swift` calls it.

#if canImport(Glibc)
import Glibc
#endif

/// The flag the C signal handler writes to (a signal handler cannot capture context).
nonisolated(unsafe) private var signalTarget: UnsafeMutablePointer<Int32>?
/// The writing end of the flag's wake pipe (-1: none).
nonisolated(unsafe) private var signalWake: Int32 = -1

/// Ignores SIGPIPE (a closed pipe becomes EPIPE, handled as a quiet end) and makes SIGINT and SIGTERM
/// set `flag`, wake a reader waiting for input (`InterruptionFlag.wakeDescriptor`) and interrupt a
/// blocking read, so a command can finish its record, flush and exit.
public func installSignalHandlers(_ flag: InterruptionFlag) {
    signal(SIGPIPE, SIG_IGN)
    signalTarget = flag.pointer
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        signalWake = ends[1]
        flag.wakeDescriptor = ends[0]
    }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { sig in
        signalTarget?.pointee = sig
        var byte: UInt8 = 1
        if signalWake >= 0 { _ = write(signalWake, &byte, 1) }  // async-signal-safe; a full pipe is fine
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: a blocked read(2) returns EINTR
    sigaction(SIGINT, &action, nil)
    sigaction(SIGTERM, &action, nil)
    // A parent may hand us a blocked signal mask (threads of test runners and some supervisors do);
    // the promise "SIGINT/SIGTERM finish the record and exit" needs them delivered.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    sigaddset(&unblock, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
}

/// The process environment as a dictionary.
public func processEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var p = environ
    while let entry = p.pointee {
        let s = String(cString: entry)
        if let eq = s.firstIndex(of: "=") { result[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
        p += 1
    }
    return result
}

/// The running executable's absolute path (from /proc/self/exe, else argv[0]).
public func executablePath(_ argv0: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return argv0
}
