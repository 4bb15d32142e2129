"""Writes flat OpenDocument spreadsheets (.fods): sheets of cells with merged ranges, text or numbers.

LibreOffice Calc (`soffice --headless --convert-to xlsx|xls`) turns them into the workbook fixtures (see make.sh), so
the xlsx and xls files are written by a real spreadsheet program, merged cells and number formats as it stores them.
"""

from html import escape as _esc


def esc(text):
    return _esc(text, quote=True)


class Sheet:
    """A grid of cells, 1-based rows and columns; a cell may span rows and columns (a merged range)."""

    def __init__(self, name, widths_cm):
        self.name = name
        self.widths_cm = widths_cm
        self.cells = {}          # (row, col) -> (value, rows, cols, kind)
        self.covered = set()

    def set(self, row, col, value, rows=1, cols=1, kind=None):
        """kind: None (text, or a float when value is a number), 'percent' (a number shown as 0%), 'text' (number as text)."""
        if (row, col) in self.covered:
            raise ValueError(f"{self.name}: cell {row},{col} is covered by a merged range")
        self.cells[(row, col)] = (value, rows, cols, kind)
        for r in range(row, row + rows):
            for c in range(col, col + cols):
                if (r, c) != (row, col):
                    self.covered.add((r, c))

    @property
    def last_row(self):
        rows = [r + n - 1 for (r, _), (_, n, _, _) in self.cells.items()]
        return max(rows, default=0)

    def xml(self, index):
        ncols = len(self.widths_cm)
        out = [f'<table:table table:name="{esc(self.name)}">']
        for c in range(ncols):
            out.append(f'<table:table-column table:style-name="co{index}_{c}"/>')
        for r in range(1, self.last_row + 1):
            out.append("<table:table-row>")
            for c in range(1, ncols + 1):
                if (r, c) in self.covered:
                    out.append("<table:covered-table-cell/>")
                    continue
                if (r, c) not in self.cells:
                    out.append("<table:table-cell/>")
                    continue
                value, rows, cols, kind = self.cells[(r, c)]
                span = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
                if isinstance(value, (int, float)) and kind != "text":
                    style = ' table:style-name="pct"' if kind == "percent" else ""
                    shown = f"{value * 100:g}%" if kind == "percent" else f"{value:g}"
                    vtype = "percentage" if kind == "percent" else "float"
                    out.append(f'<table:table-cell{style} office:value-type="{vtype}" office:value="{value!r}"{span}><text:p>{shown}</text:p></table:table-cell>')
                else:
                    paragraphs = "".join(f"<text:p>{esc(p)}</text:p>" for p in str(value).split("\n"))
                    out.append(f'<table:table-cell office:value-type="string"{span}>{paragraphs}</table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "\n".join(out)


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:percentage-style style:name="N_pct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="N_pct"/>
{columns}
 </office:automatic-styles>
 <office:body><office:spreadsheet>
"""

TAIL = """ </office:spreadsheet></office:body>
</office:document>
"""


def write(path, sheets):
    columns = []
    for i, sheet in enumerate(sheets):
        for c, w in enumerate(sheet.widths_cm):
            columns.append(f'  <style:style style:name="co{i}_{c}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD.format(columns="\n".join(columns)))
        for i, sheet in enumerate(sheets):
            f.write(sheet.xml(i))
            f.write("\n")
        f.write(TAIL)
