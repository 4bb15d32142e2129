using System.Globalization;
using PerfIndicators.Documents;

namespace PerfIndicators.Formats.Json.Contracts;

/// <summary>A read budget document as <c>perfind extract --json</c> writes it (<c>docs/documents-json.md</c>).</summary>
internal sealed record DocumentDto(
    DocumentHeaderDto Document,
    IReadOnlyList<DocumentTableDto> Tables,
    IEnumerable<DocumentProjectDto> Projects,
    IReadOnlyList<BudgetRowDto> BudgetRows,
    IReadOnlyList<DocumentCheckDto> Findings,
    IReadOnlyList<LineDiagnosticDto> Diagnostics,
    DocumentSummaryDto Summary)
{
    public static DocumentDto From(BudgetDocument document)
    {
        var all = document.AllDiagnostics.ToList();
        return new DocumentDto(
            new DocumentHeaderDto(document.Header.Unit, document.Header.UnitCode, document.Header.Year, document.Header.Title, document.EncodingName),
            [.. document.Tables.Select(t => new DocumentTableDto(
                Camel(t.Kind), t.Title, t.AmountUnit?.Label(), t.AmountUnitStated, Camel(t.Layout), t.Line, t.RowCount, t.StatedTotal?.Value))],
            // Built one by one as the serializer writes them, so a document of 100,000 projects is not copied whole.
            document.Projects.Select(p => DocumentProjectDto.From(p, document)),
            [.. document.BudgetRows.Select(r => new BudgetRowDto(r.Name, r.Unit, r.Amount?.Value, r.Amount?.Unit.Label(), FundingDto.From(r.Funding), r.Line))],
            [.. document.Checks.Select(c => new DocumentCheckDto(
                c.Diagnostic.Code, c.Diagnostic.Severity.ToName(), Camel(c.Check), Camel(c.Outcome), c.Subject, c.Expected, c.Actual, c.Difference,
                c.AmountUnit?.Label(), c.Lines, c.Diagnostic.Message))],
            LineDiagnosticDto.From(document.Diagnostics, document),
            new DocumentSummaryDto(
                document.Projects.Length,
                document.Projects.Sum(p => p.Indicators.Length),
                document.Projects.Count(p => !p.HasStructuredIndicators),
                document.BudgetRows.Length,
                new SeverityCountsDto(
                    all.Count(d => d.Severity == DiagnosticSeverity.Error),
                    all.Count(d => d.Severity == DiagnosticSeverity.Warning),
                    all.Count(d => d.Severity == DiagnosticSeverity.Info)),
                Enum.GetValues<CheckOutcome>().ToDictionary(Camel, o => document.Checks.Count(f => f.Outcome == o))));
    }

    /// <summary>An enum value's JSON name: its C# name with a lower-case first letter (<c>projectTotal</c>).</summary>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>The document's header.</summary>
internal sealed record DocumentHeaderDto(string? Unit, string? UnitCode, int? Year, string? Title, string Encoding);

/// <summary>One table found in the document.</summary>
internal sealed record DocumentTableDto(string Kind, string? Title, string? AmountUnit, bool AmountUnitStated, string Layout, int Line, int Rows, decimal? Total);

/// <summary>A project as the document publishes it.</summary>
internal sealed record DocumentProjectDto(
    string Name,
    string? ParentName,
    string? Category,
    string? Unit,
    string? UnitCode,
    decimal? Amount,
    string? AmountUnit,
    IReadOnlyList<FundingDto> Funding,
    string? Goal,
    string? Description,
    PeriodDto? Period,
    string? PeriodText,
    IReadOnlyList<BudgetItemDto> BudgetItems,
    bool Repeated,
    bool HasIndicators,
    string Source,
    int Line,
    SpanDto Span,
    string? IndicatorText,
    IReadOnlyList<IndicatorDto> Indicators,
    IReadOnlyList<LineDiagnosticDto> Diagnostics)
{
    public static DocumentProjectDto From(Project project, BudgetDocument document) => new(
        project.Name,
        project.ParentName,
        project.Category,
        project.Unit,
        project.UnitCode,
        project.Amount?.Value,
        project.Amount?.Unit.Label(),
        FundingDto.From(project.Funding),
        project.Goal,
        project.Description,
        project.Period is { } period
            ? new PeriodDto(period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
            : null,
        project.PeriodText,
        [.. project.BudgetItems.Select(i => new BudgetItemDto(i.Name, i.Amount.Value, i.Amount.Unit.Label()))],
        project.IsRepeated,
        project.HasStructuredIndicators,
        DocumentDto.Camel(project.Source),
        project.Line,
        SpanDto.From(project.Span),
        project.IndicatorText,
        [.. project.Indicators.Select(IndicatorDto.From)],
        LineDiagnosticDto.From(project.Diagnostics, document));
}

/// <summary>One funding source of an amount (财政拨款 …).</summary>
internal sealed record FundingDto(string Source, string? Label, decimal Amount)
{
    public static IReadOnlyList<FundingDto> From(IEnumerable<FundingAmount> funding) =>
        [.. funding.Select(f => new FundingDto(DocumentDto.Camel(f.Source), f.Label, f.Amount.Value))];
}

/// <summary>One item of a project's budget.</summary>
internal sealed record BudgetItemDto(string Name, decimal Amount, string AmountUnit);

/// <summary>One row of a budget table.</summary>
internal sealed record BudgetRowDto(string Name, string? Unit, decimal? Amount, string? AmountUnit, IReadOnlyList<FundingDto> Funding, int Line);

/// <summary>A check sum of the document with its numbers.</summary>
internal sealed record DocumentCheckDto(
    string Code,
    string Severity,
    string Check,
    string Outcome,
    string? Subject,
    decimal? Expected,
    decimal? Actual,
    decimal? Difference,
    string? AmountUnit,
    IReadOnlyList<int> Lines,
    string Message);

/// <summary>A diagnostic of a document, with its span and line.</summary>
internal sealed record LineDiagnosticDto(string Code, string Severity, string Message, SpanDto Span, int Line)
{
    public static IReadOnlyList<LineDiagnosticDto> From(IEnumerable<Diagnostic> diagnostics, BudgetDocument document) =>
        [.. diagnostics.Select(d => new LineDiagnosticDto(d.Code, d.Severity.ToName(), d.Message, SpanDto.From(d.Span), document.LineOf(d.Span.Start)))];
}

/// <summary>The counts at the end of a document.</summary>
internal sealed record DocumentSummaryDto(int Projects, int Indicators, int ProjectsWithoutIndicators, int BudgetRows, SeverityCountsDto Diagnostics, IReadOnlyDictionary<string, int> Findings);

/// <summary>Diagnostics per severity.</summary>
internal sealed record SeverityCountsDto(int Error, int Warning, int Info);
