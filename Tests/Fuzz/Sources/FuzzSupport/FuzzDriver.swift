/// Starts libFuzzer with this process's arguments and a test function.
///
/// ```swift
/// @main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }
/// ```
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    @_silgen_name("LLVMFuzzerRunDriver")
    static func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                          _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                          _ callback: TestOneInput) -> CInt

    public static func run(_ test: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let code = runDriver(&argc, &argv, test)
        exit(code)
    }
}

#if canImport(Glibc)
import Glibc
#endif
