using System.Globalization;
using System.Text;

namespace PerfIndicators.Formats.Text;

/// <summary>
/// Prints a self-assessment as the 项目支出绩效自评表 in the national layout (财预〔2020〕10号 annex): project, budget
/// block, indicator rows, total and grade, followed by the explanation of every score and the findings.
/// </summary>
public static class SelfAssessmentText
{
    private static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    /// <summary>Formats the assessment as Markdown tables.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static string ToMarkdown(SelfAssessment assessment) => Format(assessment, markdown: true);

    /// <summary>Formats the assessment as aligned plain-text tables for a terminal (Chinese characters count as two columns).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static string ToTable(SelfAssessment assessment) => Format(assessment, markdown: false);

    private static string Format(SelfAssessment assessment, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var output = new StringBuilder();
        string T(string text) => markdown ? MarkdownText.Escape(text) : text;
        var title = "项目支出绩效自评表" + (assessment.FiscalYear is int year ? "（" + year.ToString(CultureInfo.InvariantCulture) + "年度）" : string.Empty);
        output.AppendLine(markdown ? "## " + title : title).AppendLine();

        Table(output, markdown, [["项目名称", assessment.ProjectName], ["主管部门", assessment.Department ?? "—"], ["实施单位", assessment.Unit ?? "—"]], header: ["项目", "内容"]);

        var budget = assessment.BudgetExecution;
        Table(
            output,
            markdown,
            [[
                "年度资金总额",
                Amount(budget.Initial),
                Amount(budget.Adjusted),
                Amount(budget.Executed),
                DisplayText.Number(budget.Points),
                budget.Rate is decimal rate ? DisplayText.Percent(rate) : "—",
                budget.IsApplicable ? Score(budget.Score) : "不适用",
            ]],
            header: ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);

        var rows = new List<string[]>();
        foreach (var indicator in assessment.Indicators)
        {
            rows.Add(
            [
                indicator.Category?.ToLabel() ?? "—",
                indicator.Subcategory?.ToLabel() ?? "—",
                indicator.Name,
                indicator.TargetText,
                indicator.ActualText.Length == 0 ? "—" : indicator.ActualText,
                DisplayText.Number(indicator.Points),
                indicator.Outcome == IndicatorOutcome.NotApplicable ? "不适用" : Score(indicator.Score),
                indicator.DeviationReason ?? string.Empty,
            ]);
        }

        foreach (var level in assessment.Levels.Where(l => l.IndicatorCount > 0))
        {
            rows.Add([level.Name + "小计", string.Empty, string.Empty, string.Empty, string.Empty, DisplayText.Number(level.Points), DisplayText.Score(level.Score), string.Empty]);
        }

        rows.Add(
        [
            "总分",
            string.Empty,
            string.Empty,
            string.Empty,
            string.Empty,
            "100",
            assessment.IsAssessed ? DisplayText.Score(assessment.Total) + (assessment.IsProvisional ? "（暂定）" : string.Empty) : "—",
            assessment.IsAssessed ? "等级：" + assessment.Grade : assessment.Status.ToLabel() + "，不评分、不评等级",
        ]);
        Table(output, markdown, rows, IndicatorHeader);

        output.AppendLine(markdown ? "### 评分说明" : "评分说明").AppendLine();
        output.AppendLine(Bullet(markdown) + T("预算执行率" + Rule(budget.RuleId) + "：" + budget.Explanation));
        foreach (var indicator in assessment.Indicators)
        {
            output.AppendLine(Bullet(markdown) + T(indicator.Name + Rule(indicator.RuleId) + "：" + indicator.Explanation));
        }

        output.AppendLine();
        if (assessment.Findings.Length > 0)
        {
            output.AppendLine(markdown ? "### 发现的问题" : "发现的问题").AppendLine();
            foreach (var finding in assessment.Findings)
            {
                output.AppendLine(
                    Bullet(markdown) + finding.Code + " " + finding.Severity.ToChineseLabel()
                    + (finding.Location.Indicator is null ? string.Empty : " [" + T(finding.Location.Indicator) + "]") + " " + T(finding.Text));
            }

            output.AppendLine();
        }

        output.AppendLine(T("评分办法：" + assessment.PolicyName + "（" + assessment.PolicyId + " " + assessment.PolicyVersion + "）"));
        output.AppendLine("输入指纹：" + assessment.Fingerprint);
        return output.ToString();
    }

    private static string Bullet(bool markdown) => markdown ? "- " : "  ";

    private static string Rule(string? id) => id is null ? string.Empty : "〔" + id + "〕";

    private static string Score(decimal? score) => score is decimal s ? DisplayText.Score(s) : "待评";

    private static string Amount(decimal? amount) => amount is decimal a ? DisplayText.Number(a) : "—";

    private static void Table(StringBuilder output, bool markdown, IReadOnlyList<string[]> rows, string[] header)
    {
        if (markdown)
        {
            output.AppendLine("| " + string.Join(" | ", header.Select(Escape)) + " |");
            output.AppendLine("|" + string.Concat(header.Select(_ => " --- |")));
            foreach (var row in rows)
            {
                output.AppendLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
            }

            output.AppendLine();
            return;
        }

        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = new int[header.Length];
        foreach (var row in all)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(row[i]);
                if (i < row.Length - 1)
                {
                    line.Append(' ', widths[i] - Width(row[i]) + 2);
                }
            }

            output.AppendLine(line.ToString().TrimEnd());
        }

        output.AppendLine();
    }

    private static string Escape(string cell) => MarkdownText.Escape(cell);

    private static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1;
        }

        return width;
    }
}
