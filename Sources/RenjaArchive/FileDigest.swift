import Crypto
import Foundation

/// The SHA-256 fingerprints the manifest records. swift-crypto, because Foundation on Linux
/// has no SHA-256.
public enum FileDigest {
    /// The SHA-256 of `data` as 64 lower-case hex digits.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
