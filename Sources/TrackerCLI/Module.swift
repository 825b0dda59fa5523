import Foundation
/// Entry point placeholder; replaced as the command line grows.
public enum TrackerCommand {
    public static func main() { print("tracker") }
}
