namespace PerfIndicators.Parsing;

/// <summary>
/// A graded standard printed in one cell (分档评价标准): three or more values of one unit in a row, best first, as the 优/良/中/差
/// columns of a 绩效目标表 give them when the columns run together (<c>100%90%85%85%</c>, <c>≥95% ≥90% ≥85% &lt;85%</c>).
/// </summary>
internal static class GradedStandard
{
    /// <summary>The fewest values that make a graded standard (two equal values are more often a 指标解释 and its target).</summary>
    private const int MinGrades = 3;

    /// <summary>The most grades read.</summary>
    private const int MaxGrades = 6;

    /// <summary>
    /// Reads a graded standard from <paramref name="start"/> to the end of <paramref name="s"/>: at least three quantities of one unit,
    /// nothing between them, the thresholds never rising (or never falling) and not all equal.
    /// </summary>
    public static bool TryRead(string s, int start, out List<ScannedQuantity> grades)
    {
        grades = [];
        var p = start;
        while (p < s.Length && grades.Count < MaxGrades)
        {
            if (!QuantityScanner.TryScan(s, p, out var scanned, out _) || scanned.End == p)
            {
                return false;
            }

            if (grades.Count > 0 && !SameUnit(grades[0].Quantity, scanned.Quantity))
            {
                return false;
            }

            grades.Add(scanned);
            p = scanned.End;
        }

        if (p != s.Length || grades.Count < MinGrades)
        {
            return false;
        }

        var falling = true;
        var rising = true;
        var changes = false;
        for (var i = 1; i < grades.Count; i++)
        {
            var previous = grades[i - 1].Quantity.Scaled;
            var current = grades[i].Quantity.Scaled;
            falling &= current <= previous;
            rising &= current >= previous;
            changes |= current != previous;
        }

        return changes && (falling || rising);
    }

    /// <summary>Whether a graded standard starts at <paramref name="start"/> and runs to the end of <paramref name="s"/>.</summary>
    public static bool StartsAt(string s, int start) => TryRead(s, start, out _);

    /// <summary>The graded target for the grades read by <see cref="TryRead"/>.</summary>
    public static GradedTarget ToTarget(string written, List<ScannedQuantity> grades)
    {
        var first = grades[0].Quantity;
        var last = grades[^1].Quantity;
        var direction = last.Scaled <= first.Scaled ? Direction.HigherIsBetter : Direction.LowerIsBetter;
        return new GradedTarget(written, new ValueList<TargetGrade>(grades.Select(g => new TargetGrade(null, g.Comparator, g.Quantity))), direction);
    }

    private static bool SameUnit(Quantity a, Quantity b) =>
        a.Unit.Canonical == b.Unit.Canonical && a.Per?.Canonical == b.Per?.Canonical && !a.Unit.IsNone;
}
