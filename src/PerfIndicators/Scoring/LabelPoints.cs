using System.Collections.Immutable;
using PerfIndicators.Parsing;

namespace PerfIndicators.Scoring;

/// <summary>
/// Checks the points printed in labels (<c>产出指标(50分)</c>, <c>数量指标 15 分</c>, a label cut to <c>(30分)</c>) against the points of
/// the rows under them. A label covers the run of consecutive rows printed with it, as a merged cell does; a 二级 label's run ends
/// where its 一级 label changes.
/// </summary>
internal static class LabelPoints
{
    /// <summary>Adds a PI3023 warning for every label whose printed points differ from the sum of <paramref name="points"/> over its rows.</summary>
    /// <param name="indicators">The rows, in the order printed.</param>
    /// <param name="points">Each row's points (given or allocated), in the same order.</param>
    /// <param name="findings">Where the warnings go.</param>
    public static void Check(ImmutableArray<IndicatorInput> indicators, IReadOnlyList<decimal> points, List<Diagnostic> findings)
    {
        Runs(indicators, points, findings, static (x, a, b) => Same(x[a].CategoryLabel, x[b].CategoryLabel), static (x, i) => x[i].CategoryLabel, "一级指标");
        Runs(
            indicators,
            points,
            findings,
            static (x, a, b) => Same(x[a].CategoryLabel, x[b].CategoryLabel) && Same(x[a].SubcategoryLabel, x[b].SubcategoryLabel),
            static (x, i) => x[i].SubcategoryLabel,
            "二级指标");
    }

    private static void Runs(
        ImmutableArray<IndicatorInput> indicators,
        IReadOnlyList<decimal> points,
        List<Diagnostic> findings,
        Func<ImmutableArray<IndicatorInput>, int, int, bool> sameRun,
        Func<ImmutableArray<IndicatorInput>, int, string?> label,
        string level)
    {
        var start = 0;
        while (start < indicators.Length)
        {
            var end = start + 1;
            while (end < indicators.Length && sameRun(indicators, start, end))
            {
                end++;
            }

            if (label(indicators, start) is { } text && PrintedLabel.Read(text).Points is decimal printed)
            {
                var sum = 0m;
                for (var i = start; i < end; i++)
                {
                    sum += points[i];
                }

                if (sum != printed)
                {
                    findings.Add(Diagnostic.ForIndicator(
                        DiagnosticCodes.LabelPointsMismatch,
                        DiagnosticSeverity.Warning,
                        null,
                        level + "「" + text.Trim() + "」印有 " + DisplayText.Number(printed) + " 分，其下 " + (end - start) + " 项指标分值合计 "
                            + DisplayText.Number(sum) + "，按各指标分值计分 (the points printed in the label differ from the sum of its rows' points)"));
                }
            }

            start = end;
        }
    }

    /// <summary>Whether two rows print the same label (blank and missing alike), compared trimmed without making new strings.</summary>
    private static bool Same(string? a, string? b) => a.AsSpan().Trim().SequenceEqual(b.AsSpan().Trim());
}
