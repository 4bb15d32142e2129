using System.Globalization;
using System.Net;
using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// Prints a self-assessment as one self-contained HTML page: the 项目支出绩效自评表 in the national layout
/// (财预〔2020〕10号 annex) as a table, then the explanation of every score and the findings. The page has its styles
/// inline and refers to nothing outside itself (no scripts, fonts, images or links), so it opens offline and prints on A4.
/// </summary>
public static class SelfAssessmentHtml
{
    private const string Styles =
        "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;margin:2em auto;max-width:60em;color:#000}"
        + "h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}"
        + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #000;padding:.3em .4em;vertical-align:middle}"
        + "th{background:#ddebf7;font-weight:bold;text-align:center}td.n{text-align:right;white-space:nowrap}"
        + "tr.sub td{background:#f2f2f2}tr.total td,tr.total th{font-weight:bold}"
        + ".error{color:#c00000}.warning{color:#9c5700}.info{color:#555}p.meta{font-size:.85em;color:#555;word-break:break-all}"
        + "@media print{body{margin:0;max-width:none}}";

    /// <summary>Formats the assessment as a complete HTML document (UTF-8, <c>&lt;!DOCTYPE html&gt;</c>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static string ToHtml(SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var html = new StringBuilder();
        var title = "项目支出绩效自评表" + (assessment.FiscalYear is int year ? "（" + year.ToString(CultureInfo.InvariantCulture) + "年度）" : string.Empty);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title + " — " + assessment.ProjectName)).Append("</title>\n")
            .Append("<style>").Append(Styles).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n");

        html.Append("<table class=\"form\">\n");
        Row(html, Th("项目名称"), Td(assessment.ProjectName, span: 8));
        Row(html, Th("主管部门"), Td(assessment.Department ?? "—", span: 3), Th("实施单位"), Td(assessment.Unit ?? "—", span: 4));

        var budget = assessment.BudgetExecution;
        Row(html, Th("项目资金", rows: 2), Th("年初预算数"), Th("全年预算数"), Th("全年执行数"), Th("分值"), Th("执行率"), Th("得分", span: 3));
        Row(
            html,
            Number(Amount(budget.Initial)),
            Number(Amount(budget.Adjusted)),
            Number(Amount(budget.Executed)),
            Number(DisplayText.Number(budget.Points)),
            Number(budget.Rate is decimal rate ? DisplayText.Percent(rate) : "—"),
            Td(budget.IsApplicable ? Score(budget.Score) : "不适用", span: 3, css: "n"));

        var levels = assessment.Levels.Where(l => l.IndicatorCount > 0).ToList();
        Row(
            html,
            Th("绩效指标", rows: 1 + assessment.Indicators.Length + levels.Count),
            Th("一级指标"), Th("二级指标"), Th("三级指标"), Th("年度指标值"), Th("实际完成值"), Th("分值"), Th("得分"), Th("偏差原因分析及改进措施"));
        foreach (var indicator in assessment.Indicators)
        {
            Row(
                html,
                Td(indicator.Category?.ToLabel() ?? "—"),
                Td(indicator.Subcategory?.ToLabel() ?? "—"),
                Td(indicator.Name),
                Td(indicator.TargetText),
                Td(indicator.ActualText.Length == 0 ? "—" : indicator.ActualText),
                Number(DisplayText.Number(indicator.Points)),
                Number(indicator.Outcome == IndicatorOutcome.NotApplicable ? "不适用" : Score(indicator.Score)),
                Td(indicator.DeviationReason ?? string.Empty));
        }

        foreach (var level in levels)
        {
            html.Append("<tr class=\"sub\">");
            html.Append(Td(level.Name + "小计", span: 5)).Append(Number(DisplayText.Number(level.Points))).Append(Number(DisplayText.Score(level.Score))).Append(Td(string.Empty));
            html.Append("</tr>\n");
        }

        html.Append("<tr class=\"total\">")
            .Append(Th("总分")).Append(Td(string.Empty, span: 5)).Append(Number("100"))
            .Append(Number(assessment.IsAssessed ? DisplayText.Score(assessment.Total) + (assessment.IsProvisional ? "（暂定）" : string.Empty) : "—"))
            .Append(Td(assessment.IsAssessed ? "等级：" + assessment.Grade : assessment.Status.ToLabel() + "，不评分、不评等级"))
            .Append("</tr>\n</table>\n");

        html.Append("<h2>评分说明</h2>\n<ul>\n");
        html.Append("<li>预算执行率").Append(E(Rule(budget.RuleId))).Append('：').Append(E(budget.Explanation)).Append("</li>\n");
        foreach (var indicator in assessment.Indicators)
        {
            html.Append("<li>").Append(E(indicator.Name + Rule(indicator.RuleId))).Append('：').Append(E(indicator.Explanation)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (assessment.Findings.Length > 0)
        {
            html.Append("<h2>发现的问题</h2>\n<table class=\"findings\">\n");
            Row(html, Th("代码"), Th("级别"), Th("指标"), Th("说明"));
            foreach (var finding in assessment.Findings)
            {
                var css = finding.Severity.ToName();
                Row(html, Td(finding.Code, css: css), Td(finding.Severity.ToChineseLabel(), css: css), Td(finding.Location.Indicator ?? "—"), Td(finding.Text));
            }

            html.Append("</table>\n");
        }

        html.Append("<p class=\"meta\">评分办法：").Append(E(assessment.PolicyName + "（" + assessment.PolicyId + " " + assessment.PolicyVersion + "）"))
            .Append("<br>输入指纹：").Append(E(assessment.Fingerprint)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
        {
            html.Append(cell);
        }

        html.Append("</tr>\n");
    }

    private static string Th(string text, int span = 1, int rows = 1) => "<th" + Spans(span, rows) + ">" + E(text) + "</th>";

    private static string Td(string text, int span = 1, string? css = null) =>
        "<td" + (css is null ? string.Empty : " class=\"" + css + "\"") + Spans(span, 1) + ">" + E(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</td>";

    private static string Number(string text) => Td(text, css: "n");

    private static string Spans(int span, int rows) =>
        (span > 1 ? " colspan=\"" + span.ToString(CultureInfo.InvariantCulture) + "\"" : string.Empty)
        + (rows > 1 ? " rowspan=\"" + rows.ToString(CultureInfo.InvariantCulture) + "\"" : string.Empty);

    private static string E(string text) => WebUtility.HtmlEncode(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static string Rule(string? id) => id is null ? string.Empty : "〔" + id + "〕";

    private static string Score(decimal? score) => score is decimal s ? DisplayText.Score(s) : "待评";

    private static string Amount(decimal? amount) => amount is decimal a ? DisplayText.Number(a) : "—";
}
