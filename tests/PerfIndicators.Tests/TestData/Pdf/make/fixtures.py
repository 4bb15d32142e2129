"""Lays the seed documents' own tables out as office documents, in the layouts they were published in.

Run by make.sh, which converts the files written here to PDF with LibreOffice (Writer, Calc) and Chromium.
Every cell comes from the seed text in ../../Documents/<seed>.txt (the project's shared seeds, copied unchanged); what
this script changes is only what PDF extraction had damaged, each change named where it is made:

- cells broken over lines or page breaks in the seed are one cell again (the PDF table has one cell);
- numbers broken by spaces (`220. 00`, `1, 068. 00`) are written whole, as the published table prints them;
- spaces that the extraction put between Chinese characters where a cell wrapped (`广州 城市形象`) are removed;
- amounts whose empty neighbour cells were lost are put back in their column, as the table's totals show;
- markup left by the extraction (`<sup>-</sup>`, `**`, `## `) is not printed.

Wording, including the seed's own typos and repeated fragments, is kept exactly.
"""

import os
import re
import sys

from odf import Calc, Cell, Table, Writer, html_page

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "Documents"))


def seed_lines(name):
    with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
        return f.read().split("\n")


def find(lines, text, start=0):
    for i in range(start, len(lines)):
        if lines[i].strip() == text:
            return i
    raise SystemExit(f"seed line not found: {text}")


WIDE = r"[\u3000-\u9fff\uff00-\uffef“”‘’、，。；：（）《》]"


def unwrap(text):
    """Removes the spaces extraction left where a cell wrapped between Chinese characters or punctuation."""
    text = text.strip()
    text = re.sub(rf"(?<={WIDE})\s+|\s+(?={WIDE})", "", text)
    return text


def amount(text):
    """`233, 875. 26` -> `233,875.26` (the published table prints the number whole)."""
    return re.sub(r"\s+", "", text)


def is_number(text):
    return re.fullmatch(r"-?[\d,]+(\.\d+)?", amount(text)) is not None and any(ch.isdigit() for ch in text)


# ------------------------------------------------------------------ Huzhou (湖州): Calc, tab-separated tables

def huzhou_tables(seed):
    """The 项目支出预算表 and 重点项目支出绩效明细表 of a Huzhou seed, cell for cell."""
    lines = seed_lines(seed)
    # the last line of each title is the table's own (the earlier ones are the table of contents)
    budget_title = max(i for i, l in enumerate(lines) if re.search(r"市级单位项目支出预算表$", l.strip()))
    perf_title = max(i for i, l in enumerate(lines) if re.search(r"重点项目支出绩效明细表$", l.strip()))
    tables = []
    for title_index, end in ((budget_title, perf_title), (perf_title, len(lines))):
        block = [l for l in lines[title_index + 1:end] if l.strip()]
        above = [(lines[title_index].strip(), "title")]
        header_index = next(i for i, l in enumerate(block) if "\t" in l)
        for l in block[:header_index]:
            above.append((l.strip(), "right" if l.strip().startswith("单位") else "left"))
        header = [unwrap(c) for c in block[header_index].split("\t")]
        ncols = len(header)
        body = []
        for l in block[header_index + 1:]:
            if "\t" not in l:
                break
            cells = [c.strip() for c in l.split("\t")]
            cells += [""] * (ncols - len(cells))
            if all(c in ("**", "") for c in cells):
                continue  # an all-`**` row is extraction markup of an empty bold row: nothing is printed there
            # `**` marks bold empty cells in the seed's 栏次 row (1 2 3 …): printed empty
            body.append([("" if c == "**" else amount(c) if is_number(c) else c) for c in cells[:ncols]])
        numeric = {i for i, h in enumerate(header) if h in ("总计", "金额", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金")}
        tables.append((above, header, body, numeric))
    return tables


def huzhou(seed, landscape, widths, font_pt=9):
    lines = seed_lines(seed)
    contents = find(lines, "目录")  # the cover: the title lines above the table of contents
    title = " ".join(l.strip().strip("*") for l in lines[:contents] if l.strip())
    calc = Calc(landscape=landscape, font_pt=font_pt, valign="middle")
    cover = Table(widths_cm=[sum(widths[0])], header=[], body=[], above=[(title, "title")])
    calc.sheet("封面", cover)
    for (above, header, body, numeric), w in zip(huzhou_tables(seed), widths):
        calc.sheet(above[0][0][:30], Table(widths_cm=w, header=[[Cell(h) for h in header]], body=body, above=above, numeric=numeric))
    return calc


def huzhou_borderless_html():
    """Huzhou 2022's two tables printed by Chromium without cell borders (cells top-aligned), as many web pages print."""
    lines = seed_lines("huzhou-2022")
    contents = find(lines, "目录")
    blocks = [("title", " ".join(l.strip() for l in lines[:contents] if l.strip()))]
    widths = [[4.2, 4.0, 1.7, 2.2, 1.8, 2.2, 2.2, 1.8], [1.5, 3.4, 2.8, 4.4, 1.9, 1.2, 9.0]]
    for (above, header, body, numeric), w in zip(huzhou_tables("huzhou-2022"), widths):
        blocks.append(("title", above[0][0]))
        for text, style in above[1:]:
            blocks.append((style, text))
        blocks.append(("table", Table(widths_cm=w, header=[[Cell(h) for h in header]], body=body, numeric=numeric)))
    return html_page("湖州市人民政府区域合作交流办公室 2022 年单位预算", blocks, landscape=True, font_pt=9, ruled=False)


# ------------------------------------------------------------------ Guangzhou (广州): one long landscape table

GZ_HEADER = ["项目名称(资金使用单位)", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"]


def guangzhou_rows():
    """The 项目支出绩效目标表 rows with every amount in its column.

    The seed lost empty cells, so its amounts drift between columns: the 合计 row puts 1,423.20 under 其他资金 while
    the 州市国内合作服务中心 row puts it under 财政专户拨款, and that unit's project rows under 财政专户拨款, 财政拨款
    or nowhere. The 合计 row keeps all its empty cells (as many as the header), so it is the one to trust: the centre's
    funds are 其他资金, and its six projects add up to exactly that 1,423.20; the 广州市协作办公室 projects are
    财政拨款 (its subtotal 232,452.06 is the 合计 row's 财政拨款). The seed's mangled first character of the centre's
    name (`<sup>-</sup> 州市…`) is printed as the seed reads once its markup is gone: `州市国内合作服务中心`.
    """
    lines = seed_lines("guangzhou")
    start = next(i for i, l in enumerate(lines) if l.startswith("合计\t"))
    raw = []
    for l in lines[start:]:
        if not l.strip():
            continue
        if l.startswith("\t"):  # the seed's page break cut 广州市对口帮扶梅州指挥部工作经费's indicator cell: one cell again
            raw[-1][-1] = raw[-1][-1] + l.strip()
            continue
        cells = [c for c in l.split("\t")]
        while cells and not cells[-1].strip():
            cells.pop()
        raw.append(cells)
    rows = []
    funding_column = None
    for cells in raw:
        name = re.sub(r"<sup>.*?</sup>", "", cells[0]).strip()
        name = unwrap(name)
        numbers = [amount(c) for c in cells[1:] if c.strip() and is_number(c)]
        texts = [c.strip() for c in cells[1:] if c.strip() and not is_number(c)]
        goal, indicators = "", ""
        for t in texts:
            if re.match(r"^\d+、", t):
                indicators = unwrap(t)
            else:
                goal = unwrap(t)
        total = numbers[0]
        if name == "合计":
            row = [name, "233,875.26", "232,452.06", "", "1,423.20", "", ""]
        elif not goal and not indicators:  # a unit row, with the subtotal of the projects under it
            funding_column = 2 if name == "广州市协作办公室" else 4
            row = [name, total, "", "", "", "", ""]
            row[funding_column] = total
        else:
            assert all(n == total for n in numbers[1:]), (name, numbers)
            row = [name, total, "", "", "", goal, indicators]
            row[funding_column] = total
        rows.append(row)
    return rows


def guangzhou_table(rows=None, widths=(3.2, 1.9, 1.9, 1.5, 1.5, 6.0, 10.7)):
    return Table(widths_cm=list(widths), header=[[Cell(h) for h in GZ_HEADER]], body=rows or guangzhou_rows(), numeric={1, 2, 3, 4},
                 above=[("项目支出绩效目标表(含转移支付项目)", "title"), ("部门名称:广州市协作办公室", "left")])


def guangzhou_writer():
    w = Writer(landscape=True, font_pt=8, valign="top")
    w.table(guangzhou_table())
    return w


def guangzhou_html():
    t = guangzhou_table(widths=(2.6, 1.6, 1.6, 1.2, 1.2, 3.8, 6.0))
    return html_page("项目支出绩效目标表", [("title", t.above[0][0]), ("left", t.above[1][0]), ("table", t)], landscape=False, font_pt=8)


def long_writer(copies):
    """The Guangzhou table printed `copies` times in one document (a 200-page disclosure for the benchmarks)."""
    w = Writer(landscape=True, font_pt=8, valign="top")
    rows = guangzhou_rows()
    for _ in range(copies):
        w.table(guangzhou_table(rows))
        w.page_break()
    return w


# ------------------------------------------------------------------ Hangzhou (杭州): portrait, three-level header

def hangzhou_goals(lines):
    """The 绩效目标 cells of 表 11, joined from the seed's broken lines (each row: unit over 3 lines, name + amount, goal)."""
    start = find(lines, "表 11： 2024 年市级部门项目支出绩效表")
    body = [l.strip() for l in lines[start + 1:] if l.strip()]
    body = body[body.index("合计 4,605.00") + 1:]
    rows, current = [], None
    i = 0
    while i < len(body):
        if body[i] == "杭州市对口" and i + 2 < len(body) and body[i + 2] == "合作局":
            current = {"goal": []}
            rows.append(current)
            i += 3
            current["name_lines"] = []
            while not re.search(r"\d\.\d\d$", body[i]):
                current["name_lines"].append(body[i])
                i += 1
            m = re.match(r"^(.*?)\s*([\d,]+\.\d\d)$", body[i])
            current["name_lines"].append(m.group(1))
            current["amount"] = m.group(2)
            i += 1
            continue
        current["goal"].append(body[i])
        i += 1
    return [("".join(r["name_lines"]), r["amount"], "".join(r["goal"])) for r in rows]


def hangzhou():
    lines = seed_lines("hangzhou-2024")
    unit = "杭州市对口支援和区域合作局"
    w = Writer(landscape=False, font_pt=9, valign="middle")
    w.heading("一、部门概况")
    w.para("（一）主要职能")
    w.page_break()
    budget = Table(
        widths_cm=[3.6, 3.6, 1.7, 1.7, 1.2, 1.2, 1.5, 1.5],
        header=[
            [Cell("单位名称", rows=3), Cell("一级项目名称", rows=3), Cell("总计", rows=3), Cell("资金来源", cols=5)],
            [Cell("财政拨款收入", cols=3), Cell("财政专户管理资金", rows=2), Cell("单位资金", rows=2)],
            [Cell("一般公共预算"), Cell("政府性基金"), Cell("国有资本经营预算")],
        ],
        body=[
            ["合计", "", "4,665.00", "4,605.00", "", "", "", "60.00"],
            # 60.00 is the 其他收入 of the 收入预算总表 (seed line 471): the 单位资金 column
            [unit, "都市圈和区域合作工作", "80.00", "20.00", "", "", "", "60.00"],
            [unit, "对口地区项目援助支出", "4,231.00", "4,231.00", "", "", "", ""],
            [unit, "对口支援、对口帮扶和对口合作", "354.00", "354.00", "", "", "", ""],
        ],
        numeric={2, 3, 4, 5, 6, 7},
        above=[("表 10： 2024 年市级部门项目支出预算表", "title"), (("部门名称：" + unit, "单位：万元"), "pair")])
    w.table(budget)
    w.page_break()
    goals = hangzhou_goals(lines)
    perf = Table(
        widths_cm=[2.4, 4.0, 1.9, 9.7],
        header=[[Cell("单位名称"), Cell("项目名称"), Cell("金额"), Cell("绩效目标")]],
        body=[["合计", "", "4,605.00", ""]] + [[unit, name, value, goal] for name, value, goal in goals],
        numeric={2},
        above=[("表 11： 2024 年市级部门项目支出绩效表", "title"), (("部门名称：" + unit, "单位：万元"), "pair")])
    w.table(perf)
    return w


# ------------------------------------------------------------------ Shanghai (上海): project sections, prose

def shanghai():
    lines = seed_lines("shanghai-2022")
    w = Writer(landscape=False, font_pt=10.5, valign="top", indent_pt=21)
    w.title("上海市2022年市级部门预算")
    w.line("预算主管部门：上海市人民政府合作交流办公室", "left")
    w.page_break()
    start = find(lines, "项目经费情况说明")
    w.title("项目经费情况说明")
    for l in lines[start + 1:]:
        text = l.strip()
        if not text:
            continue
        if "项目经费情况说明" in text:
            w.heading(text)
        elif re.match(r"^[一二三四五六七八九十]+、", text):
            w.heading(text)
        else:
            w.para(text)
    return w


def main(out):
    os.makedirs(out, exist_ok=True)
    huzhou("huzhou-2022", True, [[5.0, 4.5, 2.2, 2.6, 2.2, 2.6, 2.6, 2.2], [1.6, 3.6, 3.0, 4.6, 2.0, 1.6, 10.2]]).write(os.path.join(out, "huzhou-2022.fods"))
    huzhou("huzhou-2023", False, [[3.4, 3.4, 1.6, 2.0, 1.8, 2.0, 2.0, 1.8], [1.7, 2.0, 2.0, 2.2, 1.6, 1.5, 7.0]], font_pt=12).write(os.path.join(out, "huzhou-2023.fods"))
    with open(os.path.join(out, "huzhou-2022-borderless.html"), "w", encoding="utf-8") as f:
        f.write(huzhou_borderless_html())
    guangzhou_writer().write(os.path.join(out, "guangzhou.fodt"))
    with open(os.path.join(out, "guangzhou-chromium.html"), "w", encoding="utf-8") as f:
        f.write(guangzhou_html())
    hangzhou().write(os.path.join(out, "hangzhou-2024.fodt"))
    shanghai().write(os.path.join(out, "shanghai-2022.fodt"))
    long_writer(int(os.environ.get("LONG_COPIES", "50"))).write(os.path.join(out, "long-200-pages.fodt"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "build"))
