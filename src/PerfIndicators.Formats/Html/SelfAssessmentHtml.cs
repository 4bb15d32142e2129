using System.Globalization;
using System.Net;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// Prints a self-assessment as one self-contained HTML page: the 项目支出绩效自评表 in the national layout
/// (财预〔2020〕10号 annex) as a table, then the explanation of every score and the findings. The page has its styles
/// inline and refers to nothing outside itself (no scripts, fonts, images or links), so it opens offline and prints on A4.
/// The page is <c>Html/Templates/self-assessment.html</c>, its texts the <c>sa.*</c> labels of <c>labels.txt</c>.
/// </summary>
public static class SelfAssessmentHtml
{
    /// <summary>The page's template and labels; text encoded as <see cref="WebUtility.HtmlEncode(string)"/> does, with Windows line breaks as <c>\n</c>.</summary>
    internal static PageTemplates Templates { get; } =
        PageTemplates.Load(static text => WebUtility.HtmlEncode(text.Replace("\r\n", "\n", StringComparison.Ordinal)), "labels.txt", "self-assessment");

    /// <summary>Formats the assessment as a complete HTML document (UTF-8, <c>&lt;!DOCTYPE html&gt;</c>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static string ToHtml(SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("self-assessment", html, Values(assessment));
        return html.ToString();
    }

    private static TemplateValues Values(SelfAssessment assessment)
    {
        var budget = assessment.BudgetExecution;
        var levels = assessment.Levels.Where(l => l.IndicatorCount > 0).ToList();
        var rows = 1 + assessment.Indicators.Length + levels.Count;
        return new TemplateValues
        {
            ["year"] = assessment.FiscalYear is int year ? year.ToString(CultureInfo.InvariantCulture) : string.Empty,
            ["name"] = assessment.ProjectName,
            ["department"] = assessment.Department ?? "—",
            ["unit"] = assessment.Unit ?? "—",
            ["budget"] = new TemplateValues
            {
                ["initial"] = Amount(budget.Initial),
                ["adjusted"] = Amount(budget.Adjusted),
                ["executed"] = Amount(budget.Executed),
                ["points"] = DisplayText.Number(budget.Points),
                ["rate"] = budget.Rate is decimal rate ? DisplayText.Percent(rate) : "—",
                ["applicable"] = budget.IsApplicable,
                ["score"] = Score(budget.Score),
                ["rule"] = budget.RuleId ?? string.Empty,
                ["explanation"] = budget.Explanation,
            },
            ["indicatorRows"] = rows > 1 ? rows.ToString(CultureInfo.InvariantCulture) : string.Empty,
            ["indicators"] = assessment.Indicators.Select(indicator => new TemplateValues
            {
                ["category"] = indicator.Category?.ToLabel() ?? "—",
                ["subcategory"] = indicator.Subcategory?.ToLabel() ?? "—",
                ["name"] = indicator.Name,
                ["target"] = indicator.TargetText,
                ["actual"] = indicator.ActualText.Length == 0 ? "—" : indicator.ActualText,
                ["points"] = DisplayText.Number(indicator.Points),
                ["applicable"] = indicator.Outcome != IndicatorOutcome.NotApplicable,
                ["score"] = Score(indicator.Score),
                ["deviationReason"] = indicator.DeviationReason ?? string.Empty,
                ["rule"] = indicator.RuleId ?? string.Empty,
                ["explanation"] = indicator.Explanation,
            }).ToList(),
            ["levels"] = levels.Select(level => new TemplateValues
            {
                ["name"] = level.Name,
                ["points"] = DisplayText.Number(level.Points),
                ["score"] = DisplayText.Score(level.Score),
            }).ToList(),
            ["assessed"] = assessment.IsAssessed,
            ["total"] = DisplayText.Score(assessment.Total),
            ["provisional"] = assessment.IsProvisional,
            ["grade"] = assessment.Grade ?? string.Empty,
            ["status"] = assessment.Status.ToLabel(),
            ["hasFindings"] = assessment.Findings.Length > 0,
            ["findings"] = assessment.Findings.Select(finding => new TemplateValues
            {
                ["severity"] = finding.Severity.ToName(),
                ["code"] = finding.Code,
                ["severityLabel"] = finding.Severity.ToChineseLabel(),
                ["indicator"] = finding.Location.Indicator ?? "—",
                ["message"] = finding.Text,
            }).ToList(),
            ["policyName"] = assessment.PolicyName,
            ["policyId"] = assessment.PolicyId,
            ["policyVersion"] = assessment.PolicyVersion,
            ["fingerprint"] = assessment.Fingerprint,
        };
    }

    private static string Score(decimal? score) => score is decimal s ? DisplayText.Score(s) : Templates.Plain("sa.pending");

    private static string Amount(decimal? amount) => amount is decimal a ? DisplayText.Number(a) : "—";
}
