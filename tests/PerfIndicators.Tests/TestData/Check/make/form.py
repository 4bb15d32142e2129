"""Lays out one published 自评表 of the development corpus (tests/PerfIndicators.Tests/Corpus/Data, copied from
/work/shared/corpus; each row names its source_url) as a CSV in the national layout, the same cells as CorpusForms.National
in the tests: title, 项目名称, budget block, indicator header, rows, 总分."""
import csv, json, sys
from decimal import Decimal

data = sys.argv[1]
doc_id = sys.argv[2]
out = sys.argv[3]

def show(v):
    if v is None:
        return ""
    d = Decimal(str(v)).normalize()
    return format(d, "f")

def label(v):
    return "" if v is None or "(inferred)" in v else v

doc = next(d for d in map(json.loads, open(f"{data}/selfeval-docs.jsonl", encoding="utf-8")) if d["doc"] == doc_id)
rows = [r for r in map(json.loads, open(f"{data}/selfeval-rows.jsonl", encoding="utf-8")) if r["doc"] == doc_id]
cells = [
    [f"{doc['year'] or ''}年度项目支出绩效自评表"],
    ["项目名称", doc_id],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "", doc["budget_full_year"] or "", doc["executed"] or "", show(doc["exec_points"]),
     (doc["exec_rate"] or "").split("(")[0].strip(), show(doc["exec_score"])],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
]
cells += [[label(r["level1"]), label(r["level2"]), r["name"], r["target_text"], r["actual_text"] or "", show(r["points"]), show(r["score"]), ""] for r in rows]
cells.append(["总分", "", "", "", "", "", show(doc["total_score"]), ""])
with open(out, "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(cells)
