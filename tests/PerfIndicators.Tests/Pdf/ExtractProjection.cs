using System.Globalization;
using PerfIndicators.Documents;

namespace PerfIndicators.Tests.Pdf;

/// <summary>
/// What two readings of one document must agree on, one fact per line and without line numbers (a PDF's rebuilt text
/// and the seed text number their lines differently): the header, every budget row, every project with its amounts,
/// funding, goal, period, breakdown, each indicator and the codes of its diagnostics, every check-sum finding with its
/// numbers, and the codes of the document's diagnostics (messages name lines, so only codes are compared).
/// </summary>
internal static class ExtractProjection
{
    public static List<string> Of(BudgetDocument document)
    {
        var lines = new List<string>
        {
            $"header unit {document.Header.Unit ?? "-"}",
            $"header code {document.Header.UnitCode ?? "-"}",
            $"header year {document.Header.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        };
        foreach (var row in document.BudgetRows)
        {
            lines.Add($"budget {row.Name} | unit {row.Unit ?? "-"} | amount {A(row.Amount)} | funding {Funding(row.Funding)}");
        }

        var n = 0;
        foreach (var p in document.Projects)
        {
            var key = $"P{++n:00} {p.Name}";
            lines.Add($"{key} | parent {p.ParentName ?? "-"} | category {p.Category ?? "-"} | unit {p.UnitCode ?? ""} {p.Unit ?? "-"}{(p.IsRepeated ? " | repeated" : "")}");
            lines.Add($"{key} | amount {A(p.Amount)} | funding {Funding(p.Funding)}");
            lines.Add($"{key} | goal {p.Goal ?? "-"}");
            if (p.PeriodText is not null || p.Period is not null)
            {
                lines.Add($"{key} | period {(p.Period is { } period ? $"{period.Start:uuuu-MM-dd}..{period.End:uuuu-MM-dd}" : "-")} ({p.PeriodText})");
            }

            if (!p.BudgetItems.IsDefaultOrEmpty)
            {
                lines.Add($"{key} | items {string.Join("; ", p.BudgetItems.Select(i => $"{i.Name} {i.Amount}"))}");
            }

            lines.Add($"{key} | indicators {p.Indicators.Length}");
            foreach (var i in p.Indicators)
            {
                var category = i.SubcategoryLabel ?? i.CategoryLabel ?? i.Subcategory?.ToString() ?? i.Category?.ToString() ?? "-";
                lines.Add($"{key} | indicator [{category}] {i.Name} => {Target(i.Target)}");
            }

            foreach (var d in p.Diagnostics)
            {
                lines.Add($"{key} | {d.Severity.ToName()} {d.Code}");
            }
        }

        foreach (var f in document.Checks)
        {
            lines.Add($"finding {f.Diagnostic.Code} {f.Check}/{f.Outcome} {f.Subject} | expected {N(f.Expected)} actual {N(f.Actual)} diff {N(f.Difference)} {f.AmountUnit?.Label()}".TrimEnd());
        }

        foreach (var d in document.Diagnostics)
        {
            lines.Add($"document {d.Severity.ToName()} {d.Code}");
        }

        return lines;
    }

    /// <summary>The lines only in <paramref name="text"/> (prefixed <c>- </c>) and only in <paramref name="pdf"/> (prefixed <c>+ </c>), counted as multisets, in order.</summary>
    public static List<string> Difference(List<string> text, List<string> pdf)
    {
        var remaining = pdf.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in text)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add("- " + line);
            }
        }

        var left = text.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var line in pdf)
        {
            if (left.TryGetValue(line, out var count) && count > 0)
            {
                left[line] = count - 1;
            }
            else
            {
                result.Add("+ " + line);
            }
        }

        return result;
    }

    internal static string Target(Target target) => target switch
    {
        QuantitativeTarget q => $"quantitative {q.Comparator.ToSymbol() ?? "bare"} {q.Quantity.Value.ToString(CultureInfo.InvariantCulture)}{q.Quantity.MultiplierText}{q.Quantity.Unit.Text}",
        RateTarget r => $"rate {r.Comparator.ToSymbol() ?? "bare"} {r.Quantity.Value.ToString(CultureInfo.InvariantCulture)}{r.Quantity.Unit.Text}/{r.Per.Text}",
        _ => $"{target.Kind.ToString().ToLowerInvariant()} \"{target.Text}\"",
    };

    private static string A(Amount? amount) => amount?.ToString() ?? "-";

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Funding(IEnumerable<FundingAmount> funding)
    {
        var parts = funding.Select(f => $"{f.Label ?? f.Source.ToString()} {f.Amount.Value.ToString(CultureInfo.InvariantCulture)}").ToList();
        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }
}
