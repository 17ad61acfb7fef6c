import Foundation
import RenjaModel

extension SpecReader {
    /// The T-C.29 columns whose figures a source document may state (12, 13, 14).
    static let statedEvaluationColumns = 12...14

    /// Figures a source document states, to be checked against the computed ones.
    func readDinyatakan(_ node: SpecNode?) -> [StatedFigure] {
        let keys = ["belanja_langsung", "total_anggaran", "pagu_program", "evaluasi"]
        guard let node, let fields = fields(node, path: "dinyatakan", keys: keys) else { return [] }
        var figures: [StatedFigure] = []
        for (key, quantity) in [("belanja_langsung", StatedFigure.Quantity.belanjaLangsung), ("total_anggaran", .totalAnggaran)] {
            if let node = optional(fields, key), let amount = money(node, path: fields.path(of: key)) {
                figures.append(StatedFigure(quantity, value: amount.amount, location: location(of: node)))
            }
        }
        let paguPath = fields.path(of: "pagu_program")
        for (programNode, yearsNode) in entries(optional(fields, "pagu_program"), path: paguPath) {
            guard let program = text(programNode, path: paguPath) else { continue }
            report(codes.checkReference(program, to: [.program], at: location(of: programNode)))
            let perYear = yearMoney(yearsNode, path: "\(paguPath).\(program)")
            for (tahun, pagu) in perYear.sorted(by: { $0.key < $1.key }) {
                figures.append(StatedFigure(.paguProgram(program: program, tahun: tahun), value: pagu.amount, location: location(of: yearsNode)))
            }
        }
        figures += readStatedEvaluation(optional(fields, "evaluasi"), path: fields.path(of: "evaluasi"))
        return figures
    }

    /// `code: {column: {k: value, rp: value}}`. Column 14 is a percentage that may well
    /// exceed 100 (that is what a stated figure is kept to expose), so it is not range-checked.
    private func readStatedEvaluation(_ node: SpecNode?, path: String) -> [StatedFigure] {
        var figures: [StatedFigure] = []
        for (codeNode, columnsNode) in entries(node, path: path) {
            guard let kode = text(codeNode, path: path) else { continue }
            report(codes.checkReference(kode, to: [.indikator, .program, .kegiatan], at: location(of: codeNode)))
            for (columnNode, aspectsNode) in entries(columnsNode, path: "\(path).\(kode)") {
                guard let kolom = integer(columnNode, path: "\(path).\(kode)") else { continue }
                guard Self.statedEvaluationColumns.contains(kolom) else {
                    error("T-C.29 column \(kolom) is not stated; only columns 12, 13 and 14 are", at: columnNode)
                    continue
                }
                let aspectsPath = "\(path).\(kode).\(kolom)"
                let aspekCases: [StatedFigure.Aspek] = [.k, .rp]
                guard let aspects = fields(aspectsNode, path: SpecPath(aspectsPath), keys: aspekCases.map(\.rawValue)) else { continue }
                for aspek in aspekCases {
                    guard let valueNode = optional(aspects, aspek.rawValue),
                          let value = decimal(valueNode, path: aspects.path(of: aspek.rawValue))
                    else { continue }
                    figures.append(StatedFigure(.evaluasi(kode: kode, kolom: kolom, aspek: aspek), value: value, location: location(of: valueNode)))
                }
            }
        }
        return figures
    }
}
