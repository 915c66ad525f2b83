import PTCEFormats
import PTCEPipeline
import PTCEEngine
import PTCEModel

/// The engine's self-check problems for `bytes`.
enum PTCEEngineSelfCheck {
    static func check(_ bytes: [UInt8]) -> [Problem] { SelfCheck.check(bytes: bytes).problems }
}
