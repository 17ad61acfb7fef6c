/// The stylesheet `HTMLWriter` puts inline in every page, so that `renja.html` is one
/// self-contained file for screen and print.
///
/// It may hold no `<`, `>` or `&`: the page is polyglot, an HTML parser reads `<style>` raw
/// (without unescaping), and the serializer refuses such text. Hence no child combinators.
enum HTMLStylesheet {
    static let css = """

        @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
        @page landscape { size: A4 landscape; margin: 15mm; }
        @counter-style arabic-paren { system: extends decimal; suffix: ") "; }

        html { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.5; color: #000; background: #fff; }
        body { max-width: 60em; margin: 0 auto; padding: 1em; }

        .cover { text-align: center; font-weight: bold; padding: 12em 0 6em; }
        .cover-line { font-size: 1.5em; margin: 0.3em 0; text-align: center; }

        h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: 1.3; break-after: avoid; }
        h1 { font-size: 1.3em; text-align: center; }
        h2 { font-size: 1.1em; }
        h3, h4, h5, h6 { font-size: 1em; }
        section.chapter h1 .number { display: block; }
        p { text-align: justify; margin: 0.5em 0; }
        ol.arabic-paren { list-style-type: arabic-paren; }

        .toc ul { list-style: none; padding-left: 0; }
        .toc ul ul { padding-left: 2em; }
        .toc a { color: inherit; text-decoration: none; }

        .table-scroll { margin: 1em 0; }
        table { border-collapse: collapse; font-size: 0.85em; }
        caption { font-weight: bold; padding-bottom: 0.5em; }
        th, td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; text-align: center; vertical-align: middle; }
        .align-center { text-align: center; }
        .align-right { text-align: right; font-variant-numeric: tabular-nums; }
        tr.row-group td { font-weight: bold; background: #f4f4f4; }
        tr.row-total td { font-weight: bold; border-top: 2px solid #000; }
        tr.row-column-numbers th, tr.row-column-numbers td { font-size: 0.85em; font-weight: normal; text-align: center; }

        figure { margin: 1em 0; text-align: center; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; }

        .signature { width: max-content; max-width: 100%; margin: 2em 0 2em auto; text-align: center; break-inside: avoid; }
        .signature p { margin: 0; text-align: center; }
        .signature .signature-name { margin-top: 4em; font-weight: bold; text-decoration: underline; }

        @media screen {
          /* Wide tables scroll inside their wrapper; the header stays in view while the rows
             scroll, which needs the wrapper to be the vertical scroller too. */
          .table-scroll { overflow: auto; max-height: 85vh; }
          thead { position: sticky; top: 0; z-index: 1; }
        }

        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          section.front, section.chapter { break-before: page; }
          .landscape { page: landscape; }
          /* A landscape form (T-C.29 has 28 columns) must fit the page width: small type,
             tight cells, and numbers kept on one line so that only words wrap. */
          .landscape table { width: 100%; font-size: 6.5pt; line-height: 1.25; }
          .landscape th, .landscape td { padding: 0.15em 0.25em; }
          .landscape .align-right { white-space: nowrap; }
          table { font-size: 9pt; line-height: 1.3; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
