/// Upper-case roman numerals, for chapter numbers (BAB I .. BAB XII).
enum RomanNumeral {
    private static let values: [(value: Int, symbol: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// `number` (1 or more) in roman numerals: 4 is `IV`, 9 is `IX`.
    static func string(_ number: Int) -> String {
        var rest = number
        var result = ""
        for (value, symbol) in values {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }
}
