using System.Text.Json;
using System.Text.Json.Serialization;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>Target review results as JSON Lines: one object per project (docs/lint.md describes the fields).</summary>
public static class LintJson
{
    private static readonly LintJsonContext Context = new(RelaxedJson.Options(indented: false));

    /// <summary>One project's review as one line of JSON (no line break).</summary>
    /// <param name="input">The file it was read from.</param>
    /// <param name="report">The review.</param>
    /// <param name="policy">The policy it was checked under.</param>
    public static string ToLine(string input, LintReport report, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        var dto = new LintProjectJson(
            input,
            report.Project,
            report.Department,
            report.FiscalYear,
            policy.Id + " " + policy.Version,
            report.IndicatorCount,
            new LintCountsJson(report.Count(DiagnosticSeverity.Error), report.Count(DiagnosticSeverity.Warning), report.Count(DiagnosticSeverity.Info)),
            [.. report.Findings.Select(f => new LintFindingJson(
                f.Diagnostic.Code,
                f.Diagnostic.Severity.ToName(),
                f.Rule,
                f.Basis,
                f.Diagnostic.Location.Indicator,
                f.IndicatorIndex,
                f.Diagnostic.Location.Span is { } span ? new LintSpanJson(span.Start, span.Length) : null,
                f.Diagnostic.Location.Line,
                f.Diagnostic.Message))]);
        return JsonSerializer.Serialize(dto, Context.LintProjectJson);
    }
}

/// <summary>One project's review in JSON.</summary>
/// <param name="Input">The file it was read from.</param>
/// <param name="Project">The project's name.</param>
/// <param name="Department">Its department, if known.</param>
/// <param name="FiscalYear">Its budget year, if known.</param>
/// <param name="Policy">The lint policy's id and version.</param>
/// <param name="Indicators">How many indicators it has.</param>
/// <param name="Counts">Findings by severity.</param>
/// <param name="Findings">The findings.</param>
public sealed record LintProjectJson(string Input, string Project, string? Department, int? FiscalYear, string Policy, int Indicators, LintCountsJson Counts, IReadOnlyList<LintFindingJson> Findings);

/// <summary>Findings by severity.</summary>
/// <param name="Error">Errors.</param>
/// <param name="Warning">Warnings.</param>
/// <param name="Info">Infos.</param>
public sealed record LintCountsJson(int Error, int Warning, int Info);

/// <summary>One finding in JSON.</summary>
/// <param name="Code">The diagnostic code (PI90xx).</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Rule">The rule's id.</param>
/// <param name="Basis">The regulation it follows.</param>
/// <param name="Indicator">The indicator's name, or absent for the project.</param>
/// <param name="IndicatorIndex">The indicator's 0-based position.</param>
/// <param name="Span">The span of the target text at fault.</param>
/// <param name="Line">The project's line in a document, for a finding on the project.</param>
/// <param name="Message">Chinese, with an English gloss.</param>
public sealed record LintFindingJson(string Code, string Severity, string Rule, string Basis, string? Indicator, int? IndicatorIndex, LintSpanJson? Span, int? Line, string Message);

/// <summary>A half-open span.</summary>
/// <param name="Start">Its first character.</param>
/// <param name="Length">Its length.</param>
public sealed record LintSpanJson(int Start, int Length);

/// <summary>The source-generated serializer of the lint JSON records.</summary>
[JsonSerializable(typeof(LintProjectJson))]
internal sealed partial class LintJsonContext : JsonSerializerContext;
