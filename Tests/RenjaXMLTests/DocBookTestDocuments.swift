/// Small DocBook books for the validation tests: a valid one, and one list of documents that
/// are not DocBook 5.0, which the tree validation (`RenjaDocBookSchemaTests`) and the stream
/// validation (`RelaxNGStreamValidatorTests`) must both refuse, under renja's grammar and
/// the official schema alike.
enum DocBookTestDocuments {
    /// A book as renja writes it, with one chapter holding `chapter` (after its attributes).
    static func book(chapter: String = "<title>BAB I</title><para>Isi.</para>") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <book xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="id">
          <info><title>Renja</title></info>
          <chapter xml:id="bab-1" label="I">\(chapter)</chapter>
        </book>
        """
    }

    /// A book with one table of one column, one row per entry in `entries`.
    static func table(entries: [String]) -> String {
        book(chapter: #"<title>BAB</title><table xml:id="t"><title/><tgroup cols="1"><colspec colname="c1"/><tbody>"#
            + entries.map { "<row>\($0)</row>" }.joined() + "</tbody></tgroup></table>")
    }

    /// Row spans written every way DocBook's positiveInteger allows: renja's grammar names 1
    /// and 2 before the datatype (cheaper to check), and must accept exactly the same values.
    static let rowSpans = table(entries: ["1", "2", "3", "10", "02", " 2 ", "+4"].map {
        #"<entry colname="c1" morerows="\#($0)"/>"#
    })

    /// Row spans DocBook 5.0 allows (an integer) and renja's grammar does not (not positive).
    static let rowSpansOnlyRenjaRefuses = ["0", "00", "-1"].map { value in
        (value: value, xml: table(entries: [#"<entry colname="c1" morerows="\#(value)"/>"#]))
    }

    /// Books that are not DocBook 5.0, each with what is wrong with it.
    static let invalid: [(fault: String, xml: String)] = [
        ("a chapter without its title", book(chapter: "<para>tanpa judul</para>")),
        // Its tbody is required: the end of the element finds it missing.
        ("an empty tgroup", book(chapter: #"<title>BAB</title><table xml:id="t"><title/><tgroup cols="1"></tgroup></table>"#)),
        // DocBook puts every block before the sections.
        ("a paragraph after a subsection", book(chapter: """
            <title>BAB</title><section xml:id="s"><title>S</title><para/></section><para>akhir</para>
            """)),
        ("an unknown element", book(chapter: "<title>BAB</title><paragraf>bukan DocBook</paragraf>")),
        ("a bad numeration", book(chapter: """
            <title>BAB</title><orderedlist numeration="romawi"><listitem><para/></listitem></orderedlist>
            """)),
        ("a bad orient", book(chapter: """
            <title>BAB</title><table xml:id="t" orient="miring"><title/><tgroup cols="1"><tbody><row><entry colname="c1"/></row></tbody></tgroup></table>
            """)),
        ("a column count that is no number", book(chapter: """
            <title>BAB</title><table xml:id="t"><title/><tgroup cols="nol"><tbody><row><entry/></row></tbody></tgroup></table>
            """)),
        // The stream validator rewrites attributes in place for later elements: a bad value
        // after good ones of the same name at the same depth must still be seen.
        ("a bad column count after good ones", book(chapter: "<title>BAB</title>" + ["1", "1", "nol"].enumerated().map { index, cols in
            #"<table xml:id="t\#(index)"><title/><tgroup cols="\#(cols)"><tbody><row><entry colname="c1"/></row></tbody></tgroup></table>"#
        }.joined())),
        // Shorter bad values after longer good ones: rewritten in place, they must be seen too.
        ("a short bad column count after longer good ones", book(chapter: "<title>BAB</title>" + ["10", "1", "x"].enumerated().map {
            index, cols in
            #"<table xml:id="t\#(index)"><title/><tgroup cols="\#(cols)"><tbody><row><entry colname="c1"/></row></tbody></tgroup></table>"#
        }.joined())),
        ("a row span that is no number", table(entries: [#"<entry colname="c1" morerows="2"/>"#, #"<entry colname="c1" morerows="dua"/>"#])),
        ("an unknown attribute", book(chapter: #"<title>BAB</title><para warna="merah">x</para>"#)),
        // inlineequation holds MathML (or DocBook media), never a DocBook paragraph.
        ("a paragraph as an equation", book(chapter: "<title>BAB</title><para><inlineequation><para/></inlineequation></para>")),
        ("text in a list", book(chapter: "<title>BAB</title><itemizedlist>teks<listitem><para/></listitem></itemizedlist>")),
        ("text in a table body", book(chapter: """
            <title>BAB</title><table xml:id="t"><title/><tgroup cols="1"><tbody>teks<row><entry/></row></tbody></tgroup></table>
            """)),
        // Among valid rows and entries, one entry holds a row.
        ("a row inside an entry", book(chapter: """
            <title>BAB</title><table xml:id="t"><title>T</title><tgroup cols="2">\
            <colspec colname="c1"/><colspec colname="c2"/><tbody>\
            <row><entry colname="c1">1</entry><entry colname="c2">a</entry></row>\
            <row><entry colname="c1">2</entry><entry colname="c2"><row><entry/></row></entry></row>\
            <row><entry colname="c1">3</entry><entry colname="c2">c</entry></row></tbody></tgroup></table>
            """)),
    ]
}
