import Foundation
import RenjaCompute
import RenjaModel

/// Collects the text changes between two versions: the plan's texts, and per programme and
/// kegiatan their names, lokasi, sumber dana, indicators and targets.
struct ChangeCollector {
    var formatter: RenjaFormatter
    private(set) var changes: [TextChange] = []

    init(formatter: RenjaFormatter) {
        self.formatter = formatter
    }

    mutating func comparePlanTexts(_ older: Plan, _ newer: Plan) {
        let subject = "Renja"
        note(subject, "tahap", older.tahap?.rawValue ?? "", newer.tahap?.rawValue ?? "")
        note(subject, "nama OPD", older.opd.nama, newer.opd.nama)
        note(subject, "visi", older.visi, newer.visi)
        note(subject, "kebijakan", older.kebijakan, newer.kebijakan)
        note(subject, "landasan hukum", older.landasanHukum, newer.landasanHukum)
        note(subject, "arah kebijakan", older.arahKebijakan, newer.arahKebijakan)
        note(subject, "faktor kunci keberhasilan", older.faktorKunciKeberhasilan, newer.faktorKunciKeberhasilan)
        note(subject, "belanja tidak langsung", formatter.money(older.belanjaTidakLangsung), formatter.money(newer.belanjaTidakLangsung))
        for key in Set(older.teks.keys).union(newer.teks.keys).sorted() {
            note(subject, "teks \(key)", older.teks[key] ?? [], newer.teks[key] ?? [])
        }
        let oldSasaran = older.tujuan.flatMap(\.sasaran).flatMap(\.indikator)
        let newSasaran = newer.tujuan.flatMap(\.sasaran).flatMap(\.indikator)
        compareIndikator(oldSasaran, newSasaran)
    }

    mutating func compareProgram(_ older: Program?, _ newer: Program?, kode: String, oldLokasi: String, newLokasi: String) {
        let subject = "Program \(kode)"
        note(subject, "program", older?.nama, newer?.nama)
        guard let older, let newer else { return }
        note(subject, "sasaran program", older.sasaranProgram, newer.sasaranProgram)
        note(subject, "kelompok sasaran", older.kelompokSasaran, newer.kelompokSasaran)
        compareIndikator(older.indikator, newer.indikator)
        for kegiatan in PlanComparer.union(older.kegiatan.map(\.kode), newer.kegiatan.map(\.kode)) {
            compareKegiatan(
                older.kegiatan.first { $0.kode == kegiatan }, newer.kegiatan.first { $0.kode == kegiatan },
                kode: kegiatan, oldLokasi: oldLokasi, newLokasi: newLokasi
            )
        }
    }

    private mutating func compareKegiatan(_ older: Kegiatan?, _ newer: Kegiatan?, kode: String, oldLokasi: String, newLokasi: String) {
        let subject = "Kegiatan \(kode)"
        note(subject, "kegiatan", older?.nama, newer?.nama)
        guard let older, let newer else { return }
        note(subject, "lokasi", older.lokasi ?? oldLokasi, newer.lokasi ?? newLokasi)
        note(subject, "sumber dana", older.sumberDana, newer.sumberDana)
        note(subject, "kelompok sasaran", older.kelompokSasaran, newer.kelompokSasaran)
        note(subject, "catatan", older.catatan, newer.catatan)
        compareIndikator(older.indikator, newer.indikator)
    }

    private mutating func compareIndikator(_ older: [Indikator], _ newer: [Indikator]) {
        for kode in PlanComparer.union(older.map(\.kode), newer.map(\.kode)) {
            let before = older.first { $0.kode == kode }
            let after = newer.first { $0.kode == kode }
            let subject = "Indikator \(kode)"
            note(subject, "indikator", before?.uraian, after?.uraian)
            guard let before, let after else { continue }
            note(subject, "satuan", before.satuan, after.satuan)
            for year in Set(before.target.keys).union(after.target.keys).sorted() {
                note(
                    subject, "target \(year)",
                    formatter.quantity(before.target[year], unit: before.satuan), formatter.quantity(after.target[year], unit: after.satuan)
                )
            }
        }
    }

    /// Records a change when the two texts differ; a missing one prints "-".
    private mutating func note(_ subject: String, _ aspect: String, _ before: String?, _ after: String?) {
        guard before != after else { return }
        changes.append(TextChange(subject: subject, aspect: aspect, before: before ?? RenjaFormatter.absent, after: after ?? RenjaFormatter.absent))
    }

    /// Lists of paragraphs or items compare as a whole, printed one per line.
    private mutating func note(_ subject: String, _ aspect: String, _ before: [String], _ after: [String]) {
        guard before != after else { return }
        note(subject, aspect, before.joined(separator: "\n"), after.joined(separator: "\n"))
    }
}
