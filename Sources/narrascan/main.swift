// The narrascan executable: wire the real process (file descriptors, environment, signals) to the
// CLI library, run, and exit with its code.

#if canImport(Glibc)
import Glibc
#endif
import NarrascanCLI

let interruption = InterruptionFlag()
installSignalHandlers(interruption)
let context = CommandContext(
    stdout: FileDescriptorOutput(fd: 1),
    stderr: FileDescriptorOutput(fd: 2, bufferSize: 0),
    stdin: FileDescriptorInput(fd: 0, name: "-", interruption: interruption),
    environment: processEnvironment(),
    executablePath: CommandLine.arguments.first.flatMap(executablePath),
    cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
    interruption: interruption)
exit(NarrascanCommand.main(Array(CommandLine.arguments.dropFirst()), context: context))
