"""Writes flat OpenDocument files (.fodt for Writer, .fods for Calc) and HTML pages holding budget tables.

LibreOffice and Chromium turn them into the PDF fixtures (see make.sh). Tables are described by `Table`: header rows
(with column and row spans, as the published tables merge header cells), body rows, column widths, and the lines
printed above the table (title, unit code, unit line), which a published PDF repeats on every page only when the
producer does.
"""

from dataclasses import dataclass, field
from html import escape as _esc


def esc(text):
    return _esc(text, quote=True)


@dataclass
class Cell:
    text: str
    cols: int = 1
    rows: int = 1
    align: str = "left"  # left | center | right


@dataclass
class Table:
    widths_cm: list                       # one width per column
    header: list                          # rows of Cell (spanning cells are followed by nothing for the covered columns)
    body: list                            # rows of strings (or Cell), one per column
    above: list = field(default_factory=list)  # (text, style) lines above the table: style title | left | right | pair
    numeric: set = field(default_factory=set)  # column indexes printed right-aligned
    font_pt: float = 9


def _cell(value):
    return value if isinstance(value, Cell) else Cell(value)


# ---------------------------------------------------------------- Writer (.fodt)

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" style:font-name-complex="Noto Sans CJK SC"
     fo:font-size="{font}pt" style:font-size-asian="{font}pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm" style:print-orientation="{orient}"
     fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="PHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:text-indent="{indent}pt" fo:margin-bottom="0.1cm" fo:line-height="140%"/></style:style>
  <style:style style:name="PLeft" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
  <style:style style:name="PRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.1cm"/></style:style>
  <style:style style:name="PPair" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="{tabpos}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="PCell" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
  <style:style style:name="PCellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="PCellR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="{valign}"/></style:style>
  <style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle" fo:background-color="#e8e8e8"/></style:style>
  <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
  <style:style style:name="PBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
{colstyles}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current"/> -</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""

FODT_TAIL = """ </office:text></office:body>
</office:document>
"""


class Writer:
    """A Writer document: paragraphs and tables, landscape or portrait A4, CJK font embedded on export."""

    def __init__(self, landscape, font_pt=9, valign="middle", indent_pt=18):
        self.landscape = landscape
        self.font_pt = font_pt
        self.valign = valign
        self.indent_pt = indent_pt
        self.parts = []
        self.colstyles = []
        self.tables = 0

    @property
    def text_width_cm(self):
        return (29.7 if self.landscape else 21.0) - 3.0

    def title(self, text):
        self.parts.append(f'<text:p text:style-name="PTitle">{esc(text)}</text:p>')

    def heading(self, text):
        self.parts.append(f'<text:p text:style-name="PHeading">{esc(text)}</text:p>')

    def para(self, text):
        self.parts.append(f'<text:p text:style-name="PBody">{esc(text)}</text:p>')

    def line(self, text, style="left"):
        if style == "title":
            self.title(text)
        elif style == "right":
            self.parts.append(f'<text:p text:style-name="PRight">{esc(text)}</text:p>')
        elif style == "pair":
            left, right = text
            self.parts.append(f'<text:p text:style-name="PPair">{esc(left)}<text:tab/>{esc(right)}</text:p>')
        else:
            self.parts.append(f'<text:p text:style-name="PLeft">{esc(text)}</text:p>')

    def page_break(self):
        self.parts.append('<text:p text:style-name="PBreak"/>')

    def table(self, t: Table):
        self.tables += 1
        n = self.tables
        for line, style in t.above:
            self.line(line, style)
        total = sum(t.widths_cm)
        cols = []
        for i, w in enumerate(t.widths_cm):
            name = f"T{n}C{i}"
            self.colstyles.append(f'  <style:style style:name="{name}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{name}"/>')
        self.colstyles.append(f'  <style:style style:name="T{n}" style:family="table"><style:table-properties style:width="{total}cm" table:align="left" style:may-break-between-rows="true"/></style:style>')
        out = [f'<table:table table:name="Table{n}" table:style-name="T{n}">', *cols, "<table:table-header-rows>"]
        ncols = len(t.widths_cm)
        covered = set()
        for r, row in enumerate(t.header):
            out.append('<table:table-row table:style-name="Row">')
            c = 0
            cells = iter(row)
            while c < ncols:
                if (r, c) in covered:
                    out.append("<table:covered-table-cell/>")
                    c += 1
                    continue
                cell = _cell(next(cells))
                for dr in range(cell.rows):
                    for dc in range(cell.cols):
                        if dr or dc:
                            covered.add((r + dr, c + dc))
                span = (f' table:number-columns-spanned="{cell.cols}"' if cell.cols > 1 else "") + (f' table:number-rows-spanned="{cell.rows}"' if cell.rows > 1 else "")
                out.append(f'<table:table-cell table:style-name="HCell"{span} office:value-type="string"><text:p text:style-name="PCellC">{esc(cell.text)}</text:p></table:table-cell>')
                c += 1
            out.append("</table:table-row>")
        out.append("</table:table-header-rows>")
        for row in t.body:
            out.append('<table:table-row table:style-name="Row">')
            for c, value in enumerate(row):
                cell = _cell(value)
                style = "PCellR" if c in t.numeric else "PCell"
                out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="{style}">{esc(cell.text)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.parts.append("\n".join(out))

    def write(self, path):
        pw, ph = (29.7, 21.0) if self.landscape else (21.0, 29.7)
        head = FODT_HEAD.format(
            font=self.font_pt, pw=pw, ph=ph, orient="landscape" if self.landscape else "portrait",
            valign=self.valign, indent=self.indent_pt, tabpos=self.text_width_cm, colstyles="\n".join(self.colstyles))
        with open(path, "w", encoding="utf-8") as f:
            f.write(head)
            f.write("\n".join(self.parts))
            f.write("\n")
            f.write(FODT_TAIL)


# ---------------------------------------------------------------- Calc (.fods)

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:font-face-decls>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="{font}pt" style:font-size-asian="{font}pt"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm" style:print-orientation="{orient}"
     fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:print="" style:scale-to="100%"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="cTitle" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/>
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="cLeft" style:family="table-cell"><style:paragraph-properties fo:text-align="start"/></style:style>
  <style:style style:name="cRight" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="cHead" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:background-color="#e8e8e8"/>
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="cText" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="{valign}"/>
   <style:paragraph-properties fo:text-align="start"/></style:style>
  <style:style style:name="cNum" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="{valign}"/>
   <style:paragraph-properties fo:text-align="end"/></style:style>
{colstyles}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Default" style:page-layout-name="pm1">
   <style:header style:display="false"/>
   <style:footer><text:p>第 <text:page-number>1</text:page-number> 页</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:spreadsheet>
"""

FODS_TAIL = """ </office:spreadsheet></office:body>
</office:document>
"""


class Calc:
    """A Calc workbook: one sheet per table, the table's header rows repeated on every printed page (print titles)."""

    def __init__(self, landscape, font_pt=9, valign="middle"):
        self.landscape = landscape
        self.font_pt = font_pt
        self.valign = valign
        self.sheets = []
        self.colstyles = []

    def sheet(self, name, t: Table):
        n = len(self.sheets) + 1
        ncols = len(t.widths_cm)
        cols = []
        for i, w in enumerate(t.widths_cm):
            style = f"co{n}_{i}"
            self.colstyles.append(f'  <style:style style:name="{style}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{style}" table:default-cell-style-name="cText"/>')
        out = [f'<table:table table:name="{esc(name)}" table:style-name="ta1">', *cols]

        def plain_row(text, style):
            if style == "pair":
                left, right = text
                return (f'<table:table-row table:style-name="ro"><table:table-cell table:style-name="cLeft" office:value-type="string" table:number-columns-spanned="{ncols - 1}"><text:p>{esc(left)}</text:p></table:table-cell>'
                        + "<table:covered-table-cell/>" * (ncols - 2)
                        + f'<table:table-cell table:style-name="cRight" office:value-type="string"><text:p>{esc(right)}</text:p></table:table-cell></table:table-row>')
            cell_style = {"title": "cTitle", "right": "cRight"}.get(style, "cLeft")
            return (f'<table:table-row table:style-name="ro"><table:table-cell table:style-name="{cell_style}" office:value-type="string" table:number-columns-spanned="{ncols}"><text:p>{esc(text)}</text:p></table:table-cell>'
                    + "<table:covered-table-cell/>" * (ncols - 1) + "</table:table-row>")

        for text, style in t.above:
            out.append(plain_row(text, style))
        out.append("<table:table-header-rows>")
        covered = set()
        for r, row in enumerate(t.header):
            out.append('<table:table-row table:style-name="ro">')
            c = 0
            cells = iter(row)
            while c < ncols:
                if (r, c) in covered:
                    out.append('<table:covered-table-cell table:style-name="cHead"/>')
                    c += 1
                    continue
                cell = _cell(next(cells))
                for dr in range(cell.rows):
                    for dc in range(cell.cols):
                        if dr or dc:
                            covered.add((r + dr, c + dc))
                span = (f' table:number-columns-spanned="{cell.cols}"' if cell.cols > 1 else "") + (f' table:number-rows-spanned="{cell.rows}"' if cell.rows > 1 else "")
                out.append(f'<table:table-cell table:style-name="cHead"{span} office:value-type="string"><text:p>{esc(cell.text)}</text:p></table:table-cell>')
                c += 1
            out.append("</table:table-row>")
        out.append("</table:table-header-rows>")
        for row in t.body:
            out.append('<table:table-row table:style-name="ro">')
            for c, value in enumerate(row):
                text = _cell(value).text
                style = "cNum" if c in t.numeric else "cText"
                if text:
                    out.append(f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{esc(text)}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell table:style-name="{style}"/>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.sheets.append("\n".join(out))

    def write(self, path):
        pw, ph = (29.7, 21.0) if self.landscape else (21.0, 29.7)
        head = FODS_HEAD.format(font=self.font_pt, pw=pw, ph=ph, orient="landscape" if self.landscape else "portrait",
                                valign=self.valign, colstyles="\n".join(self.colstyles))
        with open(path, "w", encoding="utf-8") as f:
            f.write(head)
            f.write("\n".join(self.sheets))
            f.write("\n")
            f.write(FODS_TAIL)


# ---------------------------------------------------------------- HTML (Chromium)

def html_page(title, blocks, landscape=False, font_pt=9, ruled=True):
    """An HTML page for Chromium's print-to-pdf: <thead> rows repeat on every printed page, rows may split.

    Without rules the cells have no borders and are top-aligned, so only word positions tell the columns apart."""
    size = "A4 landscape" if landscape else "A4"
    css = f"""@page {{ size: {size}; margin: 15mm 12mm; }}
body {{ font-family: 'Noto Sans CJK SC', sans-serif; font-size: {font_pt}pt; }}
h1 {{ text-align: center; font-size: 15pt; }}
p.right {{ text-align: right; margin: 2pt 0; }} p.left {{ margin: 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ {"border: 0.6pt solid #000;" if ruled else "border: none;"} padding: 2pt 6pt; vertical-align: {"middle" if ruled else "top"}; }}
th {{ {"background: #e8e8e8;" if ruled else ""} }} td.num {{ text-align: right; white-space: nowrap; }}
tr {{ break-inside: auto; }}"""
    parts = [f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css}</style></head><body>']
    for kind, value in blocks:
        if kind == "title":
            parts.append(f"<h1>{esc(value)}</h1>")
        elif kind in ("left", "right"):
            parts.append(f'<p class="{kind}">{esc(value)}</p>')
        elif kind == "pair":
            parts.append(f'<p class="left">{esc(value[0])}<span style="float:right">{esc(value[1])}</span></p>')
        elif kind == "table":
            t = value
            parts.append("<table><colgroup>" + "".join(f'<col style="width:{w}cm">' for w in t.widths_cm) + "</colgroup><thead>")
            for row in t.header:
                parts.append("<tr>" + "".join(
                    f'<th{" colspan=%d" % c.cols if c.cols > 1 else ""}{" rowspan=%d" % c.rows if c.rows > 1 else ""}>{esc(c.text)}</th>'
                    for c in map(_cell, row)) + "</tr>")
            parts.append("</thead><tbody>")
            for row in t.body:
                parts.append("<tr>" + "".join(
                    f'<td{" class=num" if i in t.numeric else ""}>{esc(_cell(v).text)}</td>' for i, v in enumerate(row)) + "</tr>")
            parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
