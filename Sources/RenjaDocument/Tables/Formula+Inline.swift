import RenjaCompute
import RenjaModel

extension Formula {
    /// The formula as a cell prints it: a text formula in italics, a fraction as real math
    /// (`pembilang / penyebut × 100 %`), not as the garbled run of words the seed shows.
    func inline(_ formatter: RenjaFormatter) -> Inline {
        switch self {
        case .teks(let uraian):
            return .emphasis([.text(uraian)])
        case let .pecahan(pembilang, penyebut, pengali, satuan):
            var parts: [Math] = [.fraction(.text(pembilang), .text(penyebut))]
            if let pengali {
                parts += [.operator("×"), .number(formatter.quantity(pengali, unit: ""))]
            }
            if let satuan {
                parts.append(.operator(satuan))
            }
            return .math(.row(parts))
        }
    }
}
