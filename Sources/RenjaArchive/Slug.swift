import Foundation

/// Safe folder names from free text: lower-case ASCII letters, digits and single hyphens,
/// so that no OPD name or label can climb out of the archive (`..`, `/`) or clash by case.
public enum Slug {
    /// `Kecamatan Jatiroto` -> `kecamatan-jatiroto`, `Dinas Pekerjaan Umum & Penataan Ruang`
    /// -> `dinas-pekerjaan-umum-penataan-ruang`; accents are folded (`é` -> `e`); text with no
    /// letter or digit gives `fallback`.
    public static func make(_ text: String, fallback: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isSafe = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isSafe {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : slug
    }
}
