// libFuzzer target: NumberParser on arbitrary text in both conventions. Beyond "no crash", a
// cell's value must not depend on the spaces around it (the grammar says they are ignored).
@_spi(Fuzzing) import RenjaLoader
import RenjaModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    for convention in Settings.NumberConvention.allCases {
        let bare = LoaderFuzzing.readNumber(bytes, convention: convention)
        let padded = LoaderFuzzing.readNumber(Array("  ".utf8) + bytes + Array(" ".utf8), convention: convention)
        if case .success(let value) = bare, case .success(let paddedValue) = padded, value != paddedValue {
            fatalError("'\(text)' is \(String(describing: value)) but padded \(String(describing: paddedValue))")
        }
        if case .success = bare, case .failure = padded { fatalError("'\(text)' parses, padded it does not") }
    }
    return 0
}
