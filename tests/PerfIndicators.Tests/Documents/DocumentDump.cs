using System.Globalization;
using System.Text;
using PerfIndicators.Documents;

namespace PerfIndicators.Tests.Documents;

/// <summary>
/// A compact text dump of a read document for golden files: header, tables, budget rows, every project with its
/// amounts, goal, period, breakdown and indicators, the findings and the diagnostics, each with its line.
/// </summary>
internal static class DocumentDump
{
    public static string Write(DocumentReadResult result)
    {
        var builder = new StringBuilder();
        if (result.Document is not { } document)
        {
            builder.Append("not read\n");
            foreach (var d in result.Diagnostics)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  {Severity(d.Severity)} {d.Code}: {d.Message}\n");
            }

            return builder.ToString();
        }

        var header = document.Header;
        builder.Append("document\n");
        builder.Append(CultureInfo.InvariantCulture, $"  unit: {header.Unit ?? "-"}\n  unitCode: {header.UnitCode ?? "-"}\n  year: {header.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}\n  title: {header.Title ?? "-"}\n  encoding: {document.EncodingName}\n");
        builder.Append(CultureInfo.InvariantCulture, $"tables ({document.Tables.Length})\n");
        foreach (var t in document.Tables)
        {
            var unit = t.AmountUnit is { } u ? u.Label() + (t.AmountUnitStated ? "" : "(assumed)") : "unit?";
            var rows = t.Layout == TableLayout.NotRead ? "" : $" rows={t.RowCount}";
            var total = t.StatedTotal is { } s ? $" 合计={s}" : "";
            builder.Append(CultureInfo.InvariantCulture, $"  L{t.Line} {t.Kind} {t.Layout} {unit}{rows}{total} | {t.Title ?? "-"}\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"budget rows ({document.BudgetRows.Length})\n");
        foreach (var r in document.BudgetRows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  L{r.Line} {r.Name} | unit: {r.Unit ?? "-"} | amount: {A(r.Amount)} | funding: {Funding(r.Funding)}\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"projects ({document.Projects.Length}, indicators {document.Projects.Sum(p => p.Indicators.Length)})\n");
        foreach (var p in document.Projects)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  L{p.Line} {p.Name}{(p.IsRepeated ? " [repeated]" : "")}\n");
            builder.Append(CultureInfo.InvariantCulture, $"    parent: {p.ParentName ?? "-"} | category: {p.Category ?? "-"} | unit: {(p.UnitCode is null ? "" : p.UnitCode + " ")}{p.Unit ?? "-"}\n");
            builder.Append(CultureInfo.InvariantCulture, $"    amount: {A(p.Amount)} | funding: {Funding(p.Funding)}\n");
            if (p.Goal is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    goal: {p.Goal}\n");
            }

            if (p.PeriodText is not null || p.Period is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    period: {(p.Period is { } period ? $"{period.Start:uuuu-MM-dd}..{period.End:uuuu-MM-dd}" : "-")} ({p.PeriodText})\n");
            }

            if (!p.BudgetItems.IsDefaultOrEmpty)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    items: {string.Join("; ", p.BudgetItems.Select(i => $"{i.Name} {i.Amount}"))}\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"    indicators ({p.Indicators.Length})\n");
            foreach (var i in p.Indicators)
            {
                var category = i.SubcategoryLabel ?? i.CategoryLabel ?? i.Subcategory?.ToString() ?? i.Category?.ToString() ?? "-";
                builder.Append(CultureInfo.InvariantCulture, $"      [{category}] {i.Name} => {Target(i.Target)} @{document.LineOf(i.Span.Start)}\n");
            }

            foreach (var d in p.Diagnostics)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    {Severity(d.Severity)} {d.Code} L{document.LineOf(d.Span.Start)}: {d.Message}\n");
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"findings ({document.Checks.Length})\n");
        foreach (var f in document.Checks)
        {
            var numbers = $"expected={N(f.Expected)} actual={N(f.Actual)} diff={N(f.Difference)} {f.AmountUnit?.Label()}".TrimEnd();
            builder.Append(CultureInfo.InvariantCulture, $"  {Severity(f.Diagnostic.Severity)} {f.Diagnostic.Code} {f.Check}/{f.Outcome} L{string.Join(",", f.Lines)} {numbers}\n    {f.Diagnostic.Message}\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"diagnostics ({document.Diagnostics.Length})\n");
        foreach (var d in document.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {Severity(d.Severity)} {d.Code} L{document.LineOf(d.Span.Start)}: {d.Message}\n");
        }

        return builder.ToString();
    }

    private static string Target(Target target) => target switch
    {
        QuantitativeTarget q => $"quantitative {q.Comparator.ToSymbol() ?? "bare"} {q.Quantity.Value.ToString(CultureInfo.InvariantCulture)}{q.Quantity.MultiplierText}{q.Quantity.Unit.Text}",
        RateTarget r => $"rate {r.Comparator.ToSymbol() ?? "bare"} {r.Quantity.Value.ToString(CultureInfo.InvariantCulture)}{r.Quantity.Unit.Text}/{r.Per.Text}",
        _ => $"{target.Kind.ToString().ToLowerInvariant()} \"{target.Text}\"",
    };

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string A(Amount? amount) => amount?.ToString() ?? "-";

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Funding(IEnumerable<FundingAmount> funding)
    {
        var parts = funding.Select(f => $"{f.Label ?? f.Source.ToString()} {f.Amount.Value.ToString(CultureInfo.InvariantCulture)}").ToList();
        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }
}
