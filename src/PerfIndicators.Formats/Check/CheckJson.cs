using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfIndicators.Checking;

namespace PerfIndicators.Formats.Check;

/// <summary>
/// Re-checked forms as JSON Lines: one object per form, every field always written (<c>null</c> when unknown) so that the shape is
/// the same on every line (docs/check.md describes the fields).
/// </summary>
public static class CheckJson
{
    private static readonly CheckJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    });

    /// <summary>One form's re-check as one line of JSON (no line break).</summary>
    /// <param name="form">The form and its file.</param>
    public static string ToLine(CheckedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return JsonSerializer.Serialize(ToJson(form), Context.CheckFormJson);
    }

    /// <summary>The JSON record of one form's re-check (what <see cref="ToLine"/> writes).</summary>
    /// <param name="form">The form and its file.</param>
    public static CheckFormJson ToJson(CheckedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var r = form.Result;
        return new CheckFormJson(
            form.Source,
            r.Form.Sheet,
            r.Form.ProjectName,
            r.Form.Department,
            r.Form.Layout.ToName(),
            new CheckPolicyJson(r.Policy.Id, r.Policy.Version, r.PolicyChoice == PolicyChoice.Given ? "given" : "impliedByLayout"),
            Totals(r.Published),
            Totals(r.Recomputed),
            [.. r.Indicators.Select(i => new CheckIndicatorJson(
                i.Published.Level1,
                i.Published.Level2,
                i.Published.Name,
                i.Published.Target,
                i.Published.Actual,
                i.Published.Points?.Value,
                i.PublishedScore,
                i.RecomputedScore,
                i.Recomputed.RuleId,
                i.Recomputed.Explanation,
                [.. i.Findings.Select(Finding)]))],
            [.. r.Findings.Select(Finding)]);
    }

    private static CheckTotalsJson Totals(FormTotals totals) => new(totals.Total, totals.Grade, totals.ExecutionRate, totals.ExecutionScore);

    private static CheckFindingJson Finding(Diagnostic d) => new(d.Code, d.Severity.ToName(), d.Message, d.Location.IsEmpty ? null : d.Location.ToString());
}

/// <summary>One form's re-check in JSON.</summary>
/// <param name="Source">The file it was read from.</param>
/// <param name="Sheet">The sheet, or <c>null</c> for a CSV file or a text table.</param>
/// <param name="Project">项目名称 as printed, or <c>null</c>.</param>
/// <param name="Department">主管部门 as printed, or <c>null</c>.</param>
/// <param name="Layout">The layout recognised (<c>national</c>, <c>hubei</c>, …).</param>
/// <param name="Policy">The policy recomputed under.</param>
/// <param name="Published">What the form printed.</param>
/// <param name="Recomputed">What the policy gives.</param>
/// <param name="Indicators">Every indicator row in printed order.</param>
/// <param name="Findings">Every finding of the form (the rows' included).</param>
public sealed record CheckFormJson(
    string Source,
    string? Sheet,
    string? Project,
    string? Department,
    string Layout,
    CheckPolicyJson Policy,
    CheckTotalsJson Published,
    CheckTotalsJson Recomputed,
    IReadOnlyList<CheckIndicatorJson> Indicators,
    IReadOnlyList<CheckFindingJson> Findings);

/// <summary>The policy of a re-check.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Choice"><c>given</c> (<c>--policy</c>) or <c>impliedByLayout</c>.</param>
public sealed record CheckPolicyJson(string Id, string Version, string Choice);

/// <summary>A form's totals.</summary>
/// <param name="Total">总分.</param>
/// <param name="Grade">等级.</param>
/// <param name="ExecutionRate">执行率 as a fraction.</param>
/// <param name="ExecutionScore">The budget-execution 得分.</param>
public sealed record CheckTotalsJson(decimal? Total, string? Grade, decimal? ExecutionRate, decimal? ExecutionScore);

/// <summary>One indicator row re-checked.</summary>
/// <param name="Category">一级指标 as printed.</param>
/// <param name="Subcategory">二级指标 as printed.</param>
/// <param name="Name">三级指标.</param>
/// <param name="Target">年度指标值 as printed.</param>
/// <param name="Actual">实际完成值 as printed.</param>
/// <param name="Points">分值 as printed.</param>
/// <param name="PublishedScore">得分 as printed.</param>
/// <param name="RecomputedScore">The rule's 得分, <c>null</c> when no formula applies.</param>
/// <param name="Rule">The policy rule that scored it.</param>
/// <param name="Explanation">How the rule scored it.</param>
/// <param name="Findings">The row's findings.</param>
public sealed record CheckIndicatorJson(
    string? Category,
    string? Subcategory,
    string Name,
    string Target,
    string? Actual,
    decimal? Points,
    decimal? PublishedScore,
    decimal? RecomputedScore,
    string? Rule,
    string Explanation,
    IReadOnlyList<CheckFindingJson> Findings);

/// <summary>One finding.</summary>
/// <param name="Code">The diagnostic code (PI92xx reading, PI93xx findings, PI82xx/PI40xx files).</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Message">Chinese, with an English gloss, with the amounts.</param>
/// <param name="Location">Where: <c>'自评表'!G7</c>, <c>L12</c>; <c>null</c> for the whole form.</param>
public sealed record CheckFindingJson(string Code, string Severity, string Message, string? Location);

/// <summary>The source-generated serializer of the check JSON records.</summary>
[JsonSerializable(typeof(CheckFormJson))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
