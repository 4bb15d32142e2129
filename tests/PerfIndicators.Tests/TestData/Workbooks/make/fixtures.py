"""Lays out 目标表 (performance target forms) as flat OpenDocument spreadsheets, from seed and corpus rows.

Every value comes from a named source row; where a form has a field its source does not state, the cell is left
empty (never filled in). What is changed from the source is only what a form does to it: a labelled or numbered
indicator cell (`数量指标:…≥90个;…`, `1、产出指标:培训人数,年度指标值:≥400人。`) becomes one row per indicator, and
extraction damage of the text seeds (spaces inside numbers and names: `200. 00`, `工 作`) is removed.

Sources:
- ../../Documents/huzhou-2023.txt (seed 001_bcddf65ccbf67a67): the 2023年重点项目支出绩效明细表 rows of
  驻京联络处工作经费 (189.5) and 数字政府建设专项 (66.34), unit 湖州市人民政府办公室 302001; their 项目支出预算表 rows are
  all 一般公共预算, so 财政拨款 equals the total. The 一级指标 of each 二级 label is the framework's (数量/质量/时效/成本 →
  产出指标, …效益/可持续影响 → 效益指标, 服务对象满意度 → 满意度指标).
- ../../Documents/shanghai-2022.txt (seed 003_65457b28401a0426): the section 合作交流工作业务费项目经费情况说明(上海市人民
  政府合作交流办公室机关本部): 实施主体, 实施周期, 年度预算安排 160.45万元; its 绩效目标 is "详见单位的项目绩效目标表", so the
  form has no indicator rows and no goal.
- ../../Documents/guangzhou.txt (seed 004_21e5d7dc76788087): the rows 会议培训费, 广州市援疆工作队工作经费 and
  加强疏附县"三农"扶持工作专项资金 of the 项目支出绩效目标表 (绩效目标 → 年度目标, 财政拨款, numbered indicators).
- corpus-rows.jsonl (copied from the project's shared corpus, each line names its file and source_url):
  chizhou-tangxi-2022 委托业务项目 (labels with points, 产出指标(50分)), lingling-linye-zhengti-2021 部门整体支出
  (零陵区林业局; labels 产出指标(50)), yongde-minglang-2022 and lijiang-gucheng-weipian-2020 (Yunnan split cells
  指标性质 | 指标值 | 度量单位; lijiang in traditional script, as its page was printed). Budgets from selfeval-docs rows
  (budget_full_year). The split target texts (`≧ 735 人次`) are cut at their spaces into the three cells.
"""

import json
import os
import re
import sys

from fods import Sheet, write

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "..", "Documents")

LEVEL1 = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}


def seed_line(name, starts):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith(starts):
                return line.rstrip("\n").split("\t")
    raise SystemExit(f"{name}: no line starting {starts!r}")


def squeeze(text):
    """Removes the spaces PDF extraction put inside Chinese text and numbers."""
    return re.sub(r"(?<=[\u4e00-\u9fff\d,.、，。\"“”])\s+|\s+(?=[\u4e00-\u9fff\d,.、，。\"“”])", "", text).strip()


def huzhou_rows(cell):
    """`数量指标:A≥90个;B≥40期;时效指标:完成年度目标定性2023年` → (一级, 二级, name, value) rows; 定性 separates name and value."""
    rows, label = [], None
    for clause in cell.split(";"):
        if ":" in clause:
            label, clause = clause.split(":", 1)
        m = re.search(r"[≥≤=<>]", clause)
        if re.search(r"(?<!稳)定性", clause):
            # 定性 marks a qualitative value; 稳定性 (stability) is a word, not the mark.
            name, value = re.split(r"(?<!稳)定性", clause, maxsplit=1)
        elif m:
            name, value = clause[:m.start()], clause[m.start():]
        else:
            raise SystemExit(f"huzhou: no value in {clause!r}")
        rows.append((LEVEL1[label], label, name, value))
    return rows


def guangzhou_rows(cell):
    """`1、产出指标:培训人数,年度指标值:≥400人。…` → (一级, '', name, value) rows."""
    rows = [(l1, "", name, value) for _, l1, name, value in re.findall(r"(\d+)、(\S+?指标):(.+?),年度指标值:(.+?)。", squeeze(cell))]
    if not rows:
        raise SystemExit(f"guangzhou: no clauses in {cell[:40]!r}")
    return rows


def corpus(doc, file="selfeval-rows.jsonl"):
    with open(os.path.join(HERE, "corpus-rows.jsonl"), encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["doc"] == doc and r["file"] == file]


def budget_of(doc):
    (row,) = corpus(doc, "selfeval-docs.jsonl")
    return float(row["budget_full_year"].replace("万元", ""))


def merge_runs(sheet, first_row, col, values, width=1):
    """Writes a column of labels, merging each run of equal labels down (as forms print 一级/二级 cells)."""
    r = 0
    while r < len(values):
        n = 1
        while r + n < len(values) and values[r + n] == values[r]:
            n += 1
        if values[r]:
            sheet.set(first_row + r, col, values[r], rows=n, cols=width)
        r += n


def national_form(sheet, top, title, year, name, department, unit, category, period, total, fiscal, other, goal, rows, unit_label="万元", merged=True):
    """The national 项目支出绩效目标申报表 (财预〔2020〕10号 附件): six columns A–F, header block, then 绩效指标 rows."""
    s, r = sheet, top
    s.set(r, 1, title, cols=6); r += 1
    if year:
        s.set(r, 1, f"（{year}年度）", cols=6); r += 1
    s.set(r, 1, "项目名称"); s.set(r, 2, name, cols=5); r += 1
    s.set(r, 1, "主管部门及代码"); s.set(r, 2, department, cols=2) if department else None
    s.set(r, 4, "实施单位"); s.set(r, 5, unit, cols=2) if unit else None; r += 1
    s.set(r, 1, "项目类别"); s.set(r, 2, category, cols=2) if category else None
    s.set(r, 4, "实施期"); s.set(r, 5, period, cols=2) if period else None; r += 1
    s.set(r, 1, f"项目资金（{unit_label}）", rows=3)
    s.set(r, 2, "年度资金总额"); s.set(r, 3, total, cols=4); r += 1
    s.set(r, 2, "其中：财政拨款"); s.set(r, 3, fiscal, cols=4) if fiscal is not None else None; r += 1
    s.set(r, 2, "其他资金"); s.set(r, 3, other, cols=4) if other is not None else None; r += 1
    s.set(r, 1, "年度目标"); s.set(r, 2, goal, cols=5) if goal else None; r += 1
    s.set(r, 1, "绩效指标", rows=1 + max(1, len(rows)))
    s.set(r, 2, "一级指标"); s.set(r, 3, "二级指标"); s.set(r, 4, "三级指标", cols=2); s.set(r, 6, "指标值"); r += 1
    if merged:
        merge_runs(s, r, 2, [x[0] for x in rows])
        merge_runs(s, r, 3, [x[1] for x in rows])
    for i, (l1, l2, n, v) in enumerate(rows):
        if not merged:
            # As a form copied without its merges: the label on the first row of its run only.
            if i == 0 or rows[i - 1][0] != l1:
                s.set(r + i, 2, l1)
            if l2 and (i == 0 or rows[i - 1][1] != l2):
                s.set(r + i, 3, l2)
        s.set(r + i, 4, n, cols=2)
        s.set(r + i, 6, v)
    return r + max(1, len(rows))


def national():
    sheets = []
    for key, starts in (("驻京联络处工作经费", "302001\t湖州市人民政府办公室\t政府事务综合业务管理\t驻京联络处工作经费"),
                        ("数字政府建设专项", "302001\t湖州市人民政府办公室\t信息化建设与运维\t数字政府建设专项")):
        code, unit, _, name, category, total, cell = seed_line("huzhou-2023.txt", starts)
        s = Sheet(key, [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
        national_form(s, 1, "项目支出绩效目标申报表", 2023, name, f"{unit} {code}", unit, category, None,
                      float(total), float(total), None, None, huzhou_rows(cell))
        sheets.append(s)

    # Shanghai: a form whose indicators are published elsewhere (详见单位的项目绩效目标表): header only.
    s = Sheet("合作交流工作业务费", [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
    national_form(s, 1, "项目支出绩效目标申报表", 2022, "合作交流工作业务费", "上海市人民政府合作交流办公室",
                  "上海市人民政府合作交流办公室机关本部", None, "2022年1月1日至2022年12月31日", 160.45, None, None, None, [])
    sheets.append(s)

    # Chizhou: labels carrying points, 产出指标(50分), from a published self-evaluation's target column.
    rows = corpus("chizhou-tangxi-2022")
    s = Sheet("委托业务项目", [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
    national_form(s, 1, "项目支出绩效目标表", 2022, rows[0]["project"], None, rows[0]["jurisdiction"], None, None,
                  budget_of("chizhou-tangxi-2022"), None, None, None,
                  [(r["level1"], r["level2"], r["name"], r["target_text"]) for r in rows])
    sheets.append(s)
    return sheets


def stacked():
    """Guangzhou: three forms stacked in one sheet, two empty rows apart, written without merged label cells."""
    s = Sheet("项目绩效目标表", [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
    top = 1
    for starts in ("会议培训费\t", "广州市援疆工作队工作经费\t", "加强疏附县\"三农\"扶持工"):
        cells = seed_line("guangzhou.txt", starts)
        name, total, fiscal = squeeze(cells[0]), float(squeeze(cells[1]).replace(",", "")), float(squeeze(cells[2]).replace(",", ""))
        texts = [c for c in cells[3:] if c.strip()]
        goal, indicators = squeeze(texts[0]), texts[1]
        top = national_form(s, top, "项目支出绩效目标表", None, name, "广州市协作办公室", "广州市协作办公室", None, None,
                            total, fiscal, None, goal, guangzhou_rows(indicators), merged=False) + 2

    # 部门整体: the whole department as one form (零陵区林业局 2021), merged labels with points.
    rows = corpus("lingling-linye-zhengti-2021")
    d = Sheet("部门整体", [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
    d.set(1, 1, "部门整体支出绩效目标表", cols=6)
    d.set(2, 1, "（2021年度）", cols=6)
    d.set(3, 1, "部门名称"); d.set(3, 2, "零陵区林业局", cols=5)
    d.set(4, 1, "年度预算资金（万元）"); d.set(4, 2, "年度资金总额"); d.set(4, 3, budget_of("lingling-linye-zhengti-2021"), cols=4)
    d.set(5, 1, "年度总体目标"); 
    d.set(6, 1, "绩效指标", rows=1 + len(rows))
    d.set(6, 2, "一级指标"); d.set(6, 3, "二级指标"); d.set(6, 4, "三级指标", cols=2); d.set(6, 6, "指标值")
    merge_runs(d, 7, 2, [r["level1"] for r in rows])
    merge_runs(d, 7, 3, [r["level2"] for r in rows])
    for i, r in enumerate(rows):
        d.set(7 + i, 4, r["name"], cols=2)
        d.set(7 + i, 6, r["target_text"])
    return [s, d]


def split_form(name, doc, labels, unit_label, budget, traditional):
    """The split-cell layout (Yunnan): 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 under a two-row header."""
    rows = corpus(doc)
    s = Sheet(name, [3.0, 3.4, 5.0, 2.2, 2.4, 2.2])
    t = (lambda x: x.translate(str.maketrans("级标项称质计单位门实施资金总额绩效值度量", "級標項稱質計單位門實施資金總額績效值度量"))) if traditional else (lambda x: x)
    s.set(1, 1, t("项目支出绩效目标表"), cols=6)
    s.set(2, 1, f"（{rows[0]['year']}年度）", cols=6)
    s.set(3, 1, t("项目名称")); s.set(3, 2, rows[0]["project"], cols=5)
    s.set(4, 1, t("实施单位")); s.set(4, 2, labels, cols=5)
    s.set(5, 1, t(f"项目资金（{unit_label}）")); s.set(5, 2, t("年度资金总额")); s.set(5, 3, budget, cols=4)
    s.set(6, 1, t("一级指标"), rows=2); s.set(6, 2, t("二级指标"), rows=2); s.set(6, 3, t("三级指标"), rows=2); s.set(6, 4, t("指标值"), cols=3)
    s.set(7, 4, t("指标性质")); s.set(7, 5, t("指标值")); s.set(7, 6, t("度量单位"))
    merge_runs(s, 8, 1, [r["level1"] for r in rows])
    merge_runs(s, 8, 2, [r["level2"] for r in rows])
    for i, r in enumerate(rows):
        parts = r["target_text"].split(" ")
        s.set(8 + i, 3, r["name"])
        if len(parts) == 3:
            op, value, unit = parts
            s.set(8 + i, 4, op)
            s.set(8 + i, 5, float(value) if re.fullmatch(r"\d+(\.\d+)?", value) else value)
            s.set(8 + i, 6, unit)
        else:
            s.set(8 + i, 4, "定性")
            s.set(8 + i, 5, r["target_text"])
    return s


def split():
    return [
        split_form("义务教育营养改善计划", "yongde-minglang-2022", "永德县明朗中学", "元", budget_of("yongde-minglang-2022"), False),
        split_form("衛片執法補助經費", "lijiang-gucheng-weipian-2020", "丽江市古城区自然资源局", "万元", budget_of("lijiang-gucheng-weipian-2020"), True),
    ]


def no_header():
    """A sheet of the Huzhou 2023 project budget rows without any 目标表 header: nothing must be read from it."""
    s = Sheet("项目清单", [4.0, 5.0, 2.5])
    s.set(1, 1, "单位"); s.set(1, 2, "项目"); s.set(1, 3, "金额")
    for i, starts in enumerate(("302001\t湖州市人民政府办公室\t政府事务综合业务管理\t驻京联络处工作经费", "302001\t湖州市人民政府办公室\t信息化建设与运维\t数字政府建设专项")):
        _, unit, _, name, _, total, _ = seed_line("huzhou-2023.txt", starts)
        s.set(2 + i, 1, unit); s.set(2 + i, 2, name); s.set(2 + i, 3, float(total))
    return [s]


def huge(rows):
    """One form whose indicator table repeats the 驻京联络处 rows until the sheet has `rows` rows (past the row limit)."""
    code, unit, _, name, category, total, cell = seed_line("huzhou-2023.txt", "302001\t湖州市人民政府办公室\t政府事务综合业务管理\t驻京联络处工作经费")
    base = huzhou_rows(cell)
    s = Sheet("驻京联络处工作经费", [3.2, 3.4, 3.6, 5.0, 3.0, 3.4])
    many = [base[i % len(base)] for i in range(rows - 10)]
    national_form(s, 1, "项目支出绩效目标申报表", 2023, name, f"{unit} {code}", unit, category, None, float(total), float(total), None, None, many, merged=False)
    return [s]


def main(out):
    write(os.path.join(out, "national.fods"), national())
    write(os.path.join(out, "stacked.fods"), stacked())
    write(os.path.join(out, "split.fods"), split())
    write(os.path.join(out, "no-header.fods"), no_header())
    write(os.path.join(out, "huge.fods"), huge(60_000))


if __name__ == "__main__":
    main(sys.argv[1])
