/// Whole numbers in Indonesian words: `sebelas`, `seratus`, `seribu` but `satu juta`.
enum Terbilang {
    private static let satuan = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    /// The names of 10^3, 10^6, ... 10^33, indexed by group (group 1 = ribu).
    private static let skala = [
        "", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun", "sekstiliun",
        "septiliun", "oktiliun", "noniliun", "desiliun",
    ]

    /// The words of a non-negative number given as decimal digits; `nil` when it is beyond
    /// the named scales (10^36 and more), which no budget reaches.
    static func words(digits: String) -> String? {
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) else { return nil }
        if trimmed.isEmpty { return "nol" }
        let groups = thousandGroups(String(trimmed))
        guard groups.count <= skala.count else { return nil }
        var words: [String] = []
        for (index, group) in groups.enumerated() where group > 0 {
            let scale = groups.count - 1 - index
            if scale == 1, group == 1 {
                words.append("seribu")
            } else {
                words.append(belowThousand(group))
                if scale > 0 { words.append(skala[scale]) }
            }
        }
        return words.joined(separator: " ")
    }

    /// Groups of three digits, most significant first, each as a number 0-999.
    private static func thousandGroups(_ digits: String) -> [Int] {
        let values = digits.compactMap(\.wholeNumberValue)
        let leading = (3 - values.count % 3) % 3
        let padded = Array(repeating: 0, count: leading) + values
        return stride(from: 0, to: padded.count, by: 3).map { padded[$0] * 100 + padded[$0 + 1] * 10 + padded[$0 + 2] }
    }

    /// 1-999 in words.
    private static func belowThousand(_ number: Int) -> String {
        let hundreds = number / 100
        let rest = number % 100
        var words: [String] = []
        switch hundreds {
        case 0: break
        case 1: words.append("seratus")
        default: words.append("\(satuan[hundreds]) ratus")
        }
        switch rest {
        case 0: break
        case 1...9: words.append(satuan[rest])
        case 10: words.append("sepuluh")
        case 11: words.append("sebelas")
        case 12...19: words.append("\(satuan[rest % 10]) belas")
        default:
            words.append("\(satuan[rest / 10]) puluh")
            if rest % 10 > 0 { words.append(satuan[rest % 10]) }
        }
        return words.joined(separator: " ")
    }
}
