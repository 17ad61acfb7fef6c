import Foundation
import RenjaCompute
import RenjaModel
import XCTest

final class RenjaFormatterTests: XCTestCase {
    private typealias B = PlanBuilder
    private let puebi = RenjaFormatter(settings: Settings())
    private let kantor = RenjaFormatter(settings: Settings(gayaUang: .kantor))

    func testNumbersGroupThousandsWithDotsAndDecimalsWithAComma() {
        XCTAssertEqual(puebi.number(1_814_088_000), "1.814.088.000")
        XCTAssertEqual(puebi.number(B.decimal("99.34"), decimals: 2), "99,34")
        XCTAssertEqual(puebi.number(B.decimal("99.5"), decimals: 2), "99,50")
        XCTAssertEqual(puebi.number(999), "999")
        XCTAssertEqual(puebi.number(1000), "1.000")
        XCTAssertEqual(puebi.number(0), "0")
        XCTAssertEqual(puebi.number(B.decimal("-1234.5"), decimals: 1), "-1.234,5")
        XCTAssertEqual(puebi.number(B.decimal("-0.001"), decimals: 2), "0,00", "no negative zero")
        XCTAssertEqual(puebi.number(nil), "-")
    }

    func testInnerGroupsKeepTheirLeadingZeros() {
        XCTAssertEqual(puebi.number(1_000_005), "1.000.005")
        XCTAssertEqual(puebi.number(10_020_300), "10.020.300")
        XCTAssertEqual(puebi.number(100_000), "100.000")
        XCTAssertEqual(puebi.number(B.decimal("-1000000.05"), decimals: 2), "-1.000.000,05")
        XCTAssertEqual(puebi.number(B.decimal("90071992547409.91"), decimals: 2), "90.071.992.547.409,91")
        XCTAssertEqual(puebi.quantity(B.decimal("1000.5"), unit: "%"), "1.000,5%")
    }

    func testRoundingIsHalfUpOnce() {
        XCTAssertEqual(puebi.number(B.decimal("2.5")), "3")
        XCTAssertEqual(puebi.number(B.decimal("0.125"), decimals: 2), "0,13")
        XCTAssertEqual(puebi.percent(B.decimal("25.834884")), "25,83%")
        XCTAssertEqual(puebi.percent(B.decimal("18.205")), "18,21%")
        XCTAssertEqual(puebi.percent(6), "6,00%")
        XCTAssertEqual(puebi.percent(nil), "-")
    }

    func testMoneyInBothStyles() {
        XCTAssertEqual(puebi.money(Money(4_175_000_000)), "Rp4.175.000.000,00")
        XCTAssertEqual(puebi.money(B.money("342181137.68")), "Rp342.181.137,68")
        XCTAssertEqual(puebi.money(B.money("0.005")), "Rp0,01")
        XCTAssertEqual(kantor.money(Money(4_175_000_000)), "Rp.4.175.000.000,-")
        XCTAssertEqual(kantor.money(Money(9_567_977_199)), "Rp.9.567.977.199,-")
        XCTAssertEqual(kantor.money(B.money("342181137.68")), "Rp.342.181.137,68")
        XCTAssertEqual(kantor.money(Money(-5)), "-Rp.5,-")
        XCTAssertEqual(puebi.money(nil), "-")
    }

    func testMoneyCellsPrintWholeRupiah() {
        XCTAssertEqual(puebi.moneyCell(B.money("468642213.68")), "468.642.214")
        XCTAssertEqual(kantor.moneyCell(B.money("468642213.5")), "468.642.214")
        XCTAssertEqual(puebi.moneyCell(B.money("0.49")), "0")
        XCTAssertEqual(puebi.moneyCell(nil), "-")
    }

    func testMoneyCellsPrintSenWhenSomeAmountOfTheirTableHasSen() {
        let sen = puebi.showingSen(in: [Money(5), nil, B.money("0.5")])
        XCTAssertEqual(sen.moneyCell(B.money("468642213.68")), "468.642.213,68")
        XCTAssertEqual(sen.moneyCell(Money(5)), "5,00")
        XCTAssertEqual(sen.moneyCell(nil), "-")
        let whole = puebi.showingSen(in: [Money(5), nil, B.money("3.004")])
        XCTAssertEqual(whole.moneyCell(B.money("3.004")), "3", "less than half a sen is no sen")
        XCTAssertEqual(puebi.showingSen(in: [Money?]()).moneyCell(Money(5)), "5")
    }

    func testQuantitiesPrintTheirUnit() {
        XCTAssertEqual(puebi.quantity(23, unit: "Jenis"), "23 Jenis")
        XCTAssertEqual(puebi.quantity(87, unit: "%"), "87%")
        XCTAssertEqual(puebi.quantity(B.decimal("70.465"), unit: "%"), "70,47%")
        XCTAssertEqual(puebi.quantity(B.decimal("99.50"), unit: "%"), "99,5%")
        XCTAssertEqual(puebi.quantity(90, unit: "orang"), "90 orang")
        XCTAssertEqual(puebi.quantity(87, unit: "nilai"), "87")
        XCTAssertEqual(puebi.quantity(87, unit: "Indeks"), "87")
        XCTAssertEqual(puebi.quantity(1476, unit: " orang "), "1.476 orang")
        XCTAssertEqual(puebi.quantity(5, unit: ""), "5")
        XCTAssertEqual(puebi.quantity(12, unit: "Laporan Kegiatan"), "12 Laporan Kegiatan", "longer than a small string")
        XCTAssertEqual(puebi.quantity(3, unit: "Ruas Jalan Desa"), "3 Ruas Jalan Desa")
        XCTAssertEqual(puebi.quantity(7, unit: "m²"), "7 m²", "a non-ASCII unit in a short text")
        XCTAssertEqual(puebi.quantity(B.decimal("1234.5"), unit: "Dokumen Perencanaan Daerah"), "1.234,5 Dokumen Perencanaan Daerah")
        XCTAssertEqual(puebi.quantity(nil, unit: "Jenis"), "-")
        XCTAssertEqual(puebi.quantity(87, unit: "NILAI"), "87", "any case")
        XCTAssertEqual(puebi.quantity(87, unit: "inde\u{212A}s"), "87", "the Kelvin sign lower-cases to k")
        XCTAssertEqual(puebi.quantity(87, unit: "nilai rata-rata"), "87 nilai rata-rata")
    }

    /// The unit is written into the figure's own buffer: units longer than the figure, non-ASCII
    /// units, units that only look like scores, and the fallback path for huge values.
    func testQuantityUnitsOfAnyLengthAndScript() {
        let longUnit = String(repeating: "dokumen perencanaan ", count: 5) + "akhir"
        XCTAssertEqual(puebi.quantity(B.decimal("-1234567.891"), unit: longUnit), "-1.234.567,89 " + longUnit)
        XCTAssertEqual(puebi.quantity(12, unit: "kegiatan üji"), "12 kegiatan üji")
        XCTAssertEqual(puebi.quantity(12, unit: "nilaï"), "12 nilaï", "not ASCII, not a score")
        XCTAssertEqual(puebi.quantity(12, unit: "nila"), "12 nila")
        XCTAssertEqual(puebi.quantity(12, unit: "indeksi"), "12 indeksi")
        XCTAssertEqual(puebi.quantity(12, unit: "NiLaI"), "12")
        XCTAssertEqual(puebi.quantity(B.decimal("123456789012345678901234567890"), unit: "orang"),
                       "123.456.789.012.345.678.901.234.567.890 orang", "beyond ExactUnits")
        XCTAssertEqual(puebi.percent(B.decimal("123456789012345678901234567890")), "123.456.789.012.345.678.901.234.567.890,00%")
        XCTAssertEqual(puebi.percent(B.decimal("-0.125")), "-0,13%")
    }

    /// A unit worked out once prints every value as the unit's name does.
    func testPreparedQuantityUnitPrintsAsTheUnitsName() {
        let values: [Decimal?] = [nil, 0, 87, B.decimal("70.465"), B.decimal("-1234567.891")]
        for unit in ["Jenis", "%", " % ", "", "nilai", "inde\u{212A}s", " orang ", "nilai rata-rata"] {
            let prepared = puebi.quantityUnit(unit)
            XCTAssertEqual(values.map { puebi.quantity($0, unit: prepared) }, values.map { puebi.quantity($0, unit: unit) }, unit)
        }
        XCTAssertEqual(puebi.quantity(87, unit: puebi.quantityUnit(" Jenis")), "87 Jenis")
    }

    func testCountsNipMonthsAndRomanNumerals() {
        XCTAssertEqual(puebi.countWithWords(5), "5 (lima)")
        XCTAssertEqual(puebi.countWithWords(3), "3 (tiga)")
        XCTAssertEqual(puebi.nip("196811141990031004"), "19681114 199003 1 004")
        XCTAssertEqual(puebi.nip("19681114 199003 1 004"), "19681114 199003 1 004")
        XCTAssertEqual(puebi.nip("1968111419900310"), "1968111419900310", "not 18 digits: left for validation")
        XCTAssertEqual(puebi.nip("19681114199003100X"), "19681114199003100X")
        // Arabic-Indic digits are numbers but not ASCII; a space joined to a combining mark is no blank.
        XCTAssertEqual(puebi.nip("19681114199003100\u{0664}"), "19681114199003100\u{0664}")
        XCTAssertEqual(puebi.nip("19681114 \u{0301}199003 1 004"), "19681114 \u{0301}199003 1 004")
        XCTAssertEqual(puebi.monthYear(bulan: 7, tahun: 2019), "Juli 2019")
        XCTAssertEqual(puebi.monthYear(bulan: 1, tahun: 2020), "Januari 2020")
        XCTAssertEqual(puebi.monthYear(bulan: 12, tahun: 2020), "Desember 2020")
        XCTAssertEqual(puebi.monthYear(bulan: 13, tahun: 2020), "13-2020")
        XCTAssertEqual((1...5).map(puebi.roman), ["I", "II", "III", "IV", "V"])
        XCTAssertEqual(puebi.roman(1994), "MCMXCIV")
        XCTAssertEqual(puebi.roman(0), "0")
    }
}
