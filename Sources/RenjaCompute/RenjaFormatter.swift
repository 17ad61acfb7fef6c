import Foundation
import RenjaModel

/// The one formatter of numbers, percentages, money, words and codes used by every output, so
/// that a document never mixes styles. Deterministic: it groups digits itself instead of using
/// the platform's locale data, which differs between systems.
///
/// Rules, each applied once at printing time on the exact value:
/// - Numbers follow PUEBI: `.` groups thousands, `,` marks decimals (`1.814.088.000`, `99,34`).
/// - Rounding is half up (away from zero), to 2 decimals for percentages and quantities, to
///   whole rupiah for money in table cells (to sen in a table whose amounts have sen), to sen
///   in `money(_:)`.
/// - A missing value (`nil`) prints `absent` ("-"), never zero.
public struct RenjaFormatter: Sendable {
    /// What a missing value prints as.
    public static let absent = "-"

    public var moneyStyle: Settings.MoneyStyle
    /// Whether `moneyCell(_:)` prints sen (`60.000.000,50`) rather than whole rupiah: set for a
    /// table whose amounts have sen (`showingSen(in:)`), whose rows would otherwise not add up
    /// to its printed totals.
    public private(set) var moneyCellsShowSen = false

    public init(moneyStyle: Settings.MoneyStyle = .puebi) {
        self.moneyStyle = moneyStyle
    }

    /// The formatter a project's settings ask for.
    public init(settings: Settings) {
        self.init(moneyStyle: settings.gayaUang)
    }

    /// `1.814.088.000`, or with `decimals: 2` `99,34` (always exactly `decimals` places).
    public func number(_ value: Decimal?, decimals: Int = 0) -> String {
        guard let value, !value.isNaN else { return Self.absent }
        return DecimalText.indonesian(value, decimals: decimals, fixed: true)
    }

    /// A percentage given in percent units (`25.8334` for 25,83%): `25,83%`, two decimals,
    /// the sign attached as PUEBI writes it.
    public func percent(_ value: Decimal?) -> String {
        guard let value, !value.isNaN else { return Self.absent }
        return DecimalText.indonesian(value, decimals: 2, fixed: true, suffix: .attached("%"))
    }

    /// A K value in its indicator's unit, rounded to at most two decimals without trailing
    /// zeros: `23 Jenis`, `87%`, `70,47%`, `90 orang`. The unit prints as the plan writes it,
    /// after a space; `%` attaches to the number; `nilai` and `indeks` (scores) and an empty
    /// unit print the bare number (`87`).
    public func quantity(_ value: Decimal?, unit: String) -> String {
        quantity(value, unit: quantityUnit(unit))
    }

    /// `unit` ready for `quantity(_:unit:)`.
    public func quantityUnit(_ unit: String) -> QuantityUnit {
        let unit = unit.trimmingBlanks()
        if unit == "%" { return QuantityUnit(suffix: .attached("%")) }
        return QuantityUnit(suffix: unit.isEmpty || Self.isScore(unit) ? .none : .spaced(unit))
    }

    /// A K value in a unit made by `quantityUnit(_:)`, as `quantity(_:unit:)` with its name.
    public func quantity(_ value: Decimal?, unit: QuantityUnit) -> String {
        guard let value, !value.isNaN else { return Self.absent }
        return DecimalText.indonesian(value, decimals: 2, fixed: false, suffix: unit.suffix)
    }

    /// Whether `unit` is `nilai` or `indeks` in any case. Only a unit that starts with `n`,
    /// `i` or a non-ASCII letter (the Kelvin sign lower-cases to `k`) can lower-case to one of
    /// them: lowercasing every unit cost half as much as formatting its number. An ASCII unit
    /// is compared by bytes, without making its lower-case copy. (Also the K rule's test of a
    /// unit, `Indikator.KRule.defaultRule(forSatuan:)`.)
    static func isScore(_ unit: String) -> Bool {
        let bytes = unit.utf8
        guard let first = bytes.first, first >= 0x80 || "nNiI".utf8.contains(first) else { return false }
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let lowercased = unit.lowercased()
            return lowercased == "nilai" || lowercased == "indeks"
        }
        let lowercased = { (byte: UInt8) in byte | 0x20 }
        return bytes.lazy.map(lowercased).elementsEqual("nilai".utf8) || bytes.lazy.map(lowercased).elementsEqual("indeks".utf8)
    }

    /// Money in running text, in the project's style: PUEBI `Rp4.175.000.000,00` (always sen),
    /// or the office style `Rp.4.175.000.000,-` (`,-` for whole rupiah, else the sen).
    public func money(_ value: Money?) -> String {
        guard let value, !value.amount.isNaN else { return Self.absent }
        let text = DecimalText.indonesian(value.amount.magnitude, decimals: 2, fixed: true)
        let sign = value.amount < 0 && text != "0,00" ? "-" : ""
        switch moneyStyle {
        case .puebi:
            return sign + "Rp" + text
        case .kantor:
            let whole = text.hasSuffix(",00") ? String(text.dropLast(2)) + "-" : text
            return sign + "Rp." + whole
        }
    }

    /// Money in a table cell whose header says Rp, no prefix: whole rupiah (`468.642.214`) as the
    /// standard tables print it, or with sen (`468.642.213,68`) from a formatter `showingSen(in:)`
    /// a table's amounts. Only the printed figure is rounded, never the value.
    public func moneyCell(_ value: Money?) -> String {
        guard let value else { return Self.absent }
        return number(value.amount, decimals: moneyCellsShowSen ? 2 : 0)
    }

    /// This formatter, printing money cells with sen when some amount of `amounts` has sen. Each
    /// cell rounded to whole rupiah on its own made rows that did not add up to the printed
    /// total (60.000.001 + 45.500.001 under a Jumlah of 105.500.001); with every amount of the
    /// table in sen, the printed figures add up exactly.
    public func showingSen(in amounts: [Money?]) -> RenjaFormatter {
        var formatter = self
        formatter.moneyCellsShowSen = amounts.contains { amount in
            // Most amounts are written without decimals: known whole without any arithmetic.
            guard let amount, ExactUnits.fractionDigits(of: amount.amount) > 0 else { return false }
            if let sen = ExactUnits(amount.amount, roundedTo: 2) { return sen.units % 100 != 0 }
            return !PlainDigits(amount.amount, roundedTo: 2).fraction.isEmpty
        }
        return formatter
    }

    /// A whole number in Indonesian words: `sebelas`, `seratus satu`, `seribu`, `satu juta`,
    /// `dua miliar`; negative numbers start with `minus`.
    public func terbilang(_ number: Int) -> String {
        let words = Terbilang.words(digits: String(number.magnitude)) ?? String(number.magnitude)
        return number < 0 ? "minus " + words : words
    }

    /// An amount in words ending in `rupiah`, with the sen after it when there are any:
    /// `empat miliar seratus tujuh puluh lima juta rupiah`,
    /// `seratus rupiah lima puluh sen`. The amount is rounded to sen first.
    public func terbilangRupiah(_ value: Money) -> String {
        let digits = PlainDigits(value.amount, roundedTo: 2)
        let sen = Int((digits.fraction + "00").prefix(2)) ?? 0
        // Beyond the named scales (10^36) words stop making sense; the digits are honest.
        var words = (Terbilang.words(digits: digits.whole) ?? DecimalText.groupedThousands(digits.whole)) + " rupiah"
        if sen > 0 { words += " " + terbilang(sen) + " sen" }
        return digits.isNegative ? "minus " + words : words
    }

    /// A count in prose: `5 (lima)`.
    public func countWithWords(_ number: Int) -> String {
        "\(number) (\(terbilang(number)))"
    }

    /// An 18-digit NIP in its groups 8-6-1-3: `19681114 199003 1 004` (birth date, appointment
    /// month, sex, serial). Anything else is returned as given, for validation to report.
    public func nip(_ nip: String) -> String {
        // By bytes: `Character.isNumber` looks up Unicode properties, 300,000 instructions on
        // first use. A space joined to a combining mark stays, as a non-digit, and fails the check.
        let digits = nip.utf8.filter { $0 != UInt8(ascii: " ") }
        guard digits.count == 18, digits.allSatisfy(\.isASCIIDigit) else { return nip }
        return [digits[0..<8], digits[8..<14], digits[14..<15], digits[15..<18]]
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    private static let bulan = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// `Juli 2019`; a month outside 1-12 prints as `13-2019` so the mistake stays visible.
    public func monthYear(bulan: Int, tahun: Int) -> String {
        guard (1...12).contains(bulan) else { return "\(bulan)-\(tahun)" }
        return "\(Self.bulan[bulan - 1]) \(tahun)"
    }

    private static let romanDigits: [(value: Int, numeral: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// A chapter number in Roman numerals: `IV`. Numbers outside 1-3999, which have none,
    /// print in Arabic digits.
    public func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        var rest = number
        var numeral = ""
        for (value, letters) in Self.romanDigits {
            while rest >= value {
                numeral += letters
                rest -= value
            }
        }
        return numeral
    }
}
