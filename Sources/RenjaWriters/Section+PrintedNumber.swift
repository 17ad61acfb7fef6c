import RenjaDocument

extension Section {
    /// The number as the HTML headings and both tables of contents print it: `BAB II` for a
    /// chapter, `2.1` for a section, nothing for unnumbered front matter. DocBook headings
    /// carry the bare number in `label` instead and leave the word to the stylesheet.
    var printedNumber: String? {
        switch kind {
        case .chapter:
            number.map { "\(PrintedWords.chapter) \($0)" }
        case .front, .section:
            number
        }
    }
}
