using System.Globalization;
using System.Text.Json;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes the public JSON shape of a read budget document (<c>perfind extract --json</c>), documented in
/// <c>docs/documents-json.md</c>. Field names and value forms are a contract: they change only with a major version.
/// </summary>
public static class DocumentJson
{
    /// <summary>
    /// Writes <c>{"document","tables","projects","budgetRows","findings","diagnostics","summary"}</c>. Indicators have the
    /// shape of <see cref="JsonContract.WriteIndicator"/>; amounts are JSON numbers with the scale written in the document.
    /// </summary>
    /// <param name="writer">The writer (use <see cref="JsonContract.WriterOptions"/> to keep Chinese unescaped).</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();

        writer.WriteStartObject("document");
        writer.WriteString("unit", document.Header.Unit);
        writer.WriteString("unitCode", document.Header.UnitCode);
        if (document.Header.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        writer.WriteString("title", document.Header.Title);
        writer.WriteString("encoding", document.EncodingName);
        writer.WriteEndObject();

        writer.WriteStartArray("tables");
        foreach (var table in document.Tables)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Camel(table.Kind.ToString()));
            writer.WriteString("title", table.Title);
            writer.WriteString("amountUnit", table.AmountUnit?.Label());
            writer.WriteBoolean("amountUnitStated", table.AmountUnitStated);
            writer.WriteString("layout", Camel(table.Layout.ToString()));
            writer.WriteNumber("line", table.Line);
            writer.WriteNumber("rows", table.RowCount);
            writer.WriteNumberOrNull("total", table.StatedTotal?.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("projects");
        foreach (var project in document.Projects)
        {
            WriteProject(writer, project, document);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("budgetRows");
        foreach (var row in document.BudgetRows)
        {
            writer.WriteStartObject();
            writer.WriteString("name", row.Name);
            writer.WriteString("unit", row.Unit);
            writer.WriteNumberOrNull("amount", row.Amount?.Value);
            writer.WriteString("amountUnit", row.Amount?.Unit.Label());
            WriteFunding(writer, row.Funding);
            writer.WriteNumber("line", row.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("findings");
        foreach (var finding in document.Checks)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Diagnostic.Code);
            writer.WriteString("severity", finding.Diagnostic.Severity.ToName());
            writer.WriteString("check", Camel(finding.Check.ToString()));
            writer.WriteString("outcome", Camel(finding.Outcome.ToString()));
            writer.WriteString("subject", finding.Subject);
            writer.WriteNumberOrNull("expected", finding.Expected);
            writer.WriteNumberOrNull("actual", finding.Actual);
            writer.WriteNumberOrNull("difference", finding.Difference);
            writer.WriteString("amountUnit", finding.AmountUnit?.Label());
            writer.WriteStartArray("lines");
            foreach (var line in finding.Lines)
            {
                writer.WriteNumberValue(line);
            }

            writer.WriteEndArray();
            writer.WriteString("message", finding.Diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        WriteDiagnostics(writer, document.Diagnostics, document);

        var all = document.AllDiagnostics.ToList();
        writer.WriteStartObject("summary");
        writer.WriteNumber("projects", document.Projects.Length);
        writer.WriteNumber("indicators", document.Projects.Sum(p => p.Indicators.Length));
        writer.WriteNumber("projectsWithoutIndicators", document.Projects.Count(p => !p.HasStructuredIndicators));
        writer.WriteNumber("budgetRows", document.BudgetRows.Length);
        writer.WriteStartObject("diagnostics");
        writer.WriteNumber("error", all.Count(d => d.Severity == DiagnosticSeverity.Error));
        writer.WriteNumber("warning", all.Count(d => d.Severity == DiagnosticSeverity.Warning));
        writer.WriteNumber("info", all.Count(d => d.Severity == DiagnosticSeverity.Info));
        writer.WriteEndObject();
        writer.WriteStartObject("findings");
        foreach (var outcome in Enum.GetValues<CheckOutcome>())
        {
            writer.WriteNumber(Camel(outcome.ToString()), document.Checks.Count(f => f.Outcome == outcome));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    /// <summary>Writes one project object (see <see cref="Write"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="project">The project.</param>
    /// <param name="document">The document it was read from, for line numbers.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void WriteProject(Utf8JsonWriter writer, Project project, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("name", project.Name);
        writer.WriteString("parentName", project.ParentName);
        writer.WriteString("category", project.Category);
        writer.WriteString("unit", project.Unit);
        writer.WriteString("unitCode", project.UnitCode);
        writer.WriteNumberOrNull("amount", project.Amount?.Value);
        writer.WriteString("amountUnit", project.Amount?.Unit.Label());
        WriteFunding(writer, project.Funding);
        writer.WriteString("goal", project.Goal);
        writer.WriteString("description", project.Description);
        if (project.Period is { } period)
        {
            writer.WriteStartObject("period");
            writer.WriteString("start", period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("end", period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("period");
        }

        writer.WriteString("periodText", project.PeriodText);
        writer.WriteStartArray("budgetItems");
        foreach (var item in project.BudgetItems)
        {
            writer.WriteStartObject();
            writer.WriteString("name", item.Name);
            writer.WriteNumber("amount", item.Amount.Value);
            writer.WriteString("amountUnit", item.Amount.Unit.Label());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("repeated", project.IsRepeated);
        writer.WriteBoolean("hasIndicators", project.HasStructuredIndicators);
        writer.WriteString("source", Camel(project.Source.ToString()));
        writer.WriteNumber("line", project.Line);
        writer.WritePropertyName("span");
        JsonContract.WriteSpan(writer, project.Span);
        writer.WriteString("indicatorText", project.IndicatorText);
        writer.WriteStartArray("indicators");
        foreach (var indicator in project.Indicators)
        {
            JsonContract.WriteIndicator(writer, indicator);
        }

        writer.WriteEndArray();
        WriteDiagnostics(writer, project.Diagnostics, document);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics, BudgetDocument document)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", diagnostic.Severity.ToName());
            writer.WriteString("message", diagnostic.Message);
            writer.WritePropertyName("span");
            JsonContract.WriteSpan(writer, diagnostic.Span);
            writer.WriteNumber("line", document.LineOf(diagnostic.Span.Start));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFunding(Utf8JsonWriter writer, IEnumerable<FundingAmount> funding)
    {
        writer.WriteStartArray("funding");
        foreach (var item in funding)
        {
            writer.WriteStartObject();
            writer.WriteString("source", Camel(item.Source.ToString()));
            writer.WriteString("label", item.Label);
            writer.WriteNumber("amount", item.Amount.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
