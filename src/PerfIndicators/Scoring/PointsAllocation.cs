using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>
/// Gives points (分值) to indicators that have none: each first-level block of the policy (产出 50, 效益 30, 满意度 10 …)
/// is shared equally among its indicators without points, after the points already given in the block; a block with no
/// indicator passes its points on as the policy says (满意度 to 产出 and 效益, in proportion to their points). The PI3012
/// finding says what was written: each level's shares and any points moved from an empty level.
/// </summary>
internal static class PointsAllocation
{
    /// <summary>The points of every indicator (given or allocated); adds the allocation's findings and the check of points printed in labels (PI3023).</summary>
    public static decimal[] Allocate(ImmutableArray<IndicatorInput> indicators, PolicyParameters parameters, List<Diagnostic> findings, out bool[] allocated)
    {
        var points = Share(indicators, parameters, findings, out allocated);
        LabelPoints.Check(indicators, points, findings);
        return points;
    }

    private static decimal[] Share(ImmutableArray<IndicatorInput> indicators, PolicyParameters parameters, List<Diagnostic> findings, out bool[] allocated)
    {
        var points = new decimal[indicators.Length];
        allocated = new bool[indicators.Length];
        var missing = 0;
        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Points is decimal given)
            {
                points[i] = given;
            }
            else
            {
                missing++;
            }
        }

        if (missing == 0)
        {
            return points;
        }

        var levels = parameters.Weights.Levels;
        var members = levels.Select(level => Enumerable.Range(0, indicators.Length)
            .Where(i => indicators[i].Category is IndicatorCategory c && level.Categories.Contains(c)).ToList()).ToList();

        var budgets = levels.Select(l => l.Points).ToArray();
        var moves = new List<string>();
        for (var l = 0; l < levels.Count; l++)
        {
            if (members[l].Count > 0 || levels[l].WhenEmptyMoveTo.Count == 0)
            {
                continue;
            }

            var receivers = Enumerable.Range(0, levels.Count)
                .Where(r => r != l && members[r].Count > 0 && levels[r].Categories.Any(c => levels[l].WhenEmptyMoveTo.Contains(c)))
                .ToList();
            var weight = receivers.Sum(r => levels[r].Points);
            if (weight <= 0m)
            {
                continue;
            }

            var moved = 0m;
            var shares = new List<string>();
            foreach (var r in receivers)
            {
                var share = r == receivers[^1] ? levels[l].Points - moved : parameters.Rounding.Apply(levels[l].Points * levels[r].Points / weight);
                budgets[r] += share;
                moved += share;
                shares.Add(levels[r].Name + " " + DisplayText.Number(share));
            }

            budgets[l] = 0m;
            moves.Add("没有" + levels[l].Name + "，其 " + DisplayText.Number(levels[l].Points) + " 分按比例并入" + string.Join("、", shares));
        }

        var count = 0;
        var written = new List<string>();
        for (var l = 0; l < levels.Count; l++)
        {
            var without = members[l].Where(i => indicators[i].Points is null).ToList();
            if (without.Count == 0)
            {
                continue;
            }

            var givenInLevel = members[l].Where(i => indicators[i].Points is not null).Sum(i => points[i]);
            var remaining = budgets[l] - givenInLevel;
            if (remaining < 0m)
            {
                remaining = 0m;
            }

            var given = 0m;
            foreach (var i in without)
            {
                var share = i == without[^1] ? remaining - given : parameters.Rounding.Apply(remaining / without.Count);
                share = Math.Max(0m, share);
                points[i] = share;
                allocated[i] = true;
                given += share;
                count++;
            }

            written.Add(Shares(levels[l].Name, [.. without.Select(i => points[i])], givenInLevel));
        }

        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Points is null && !allocated[i])
            {
                allocated[i] = true;
                findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Warning, indicators[i].Name, "没有一级指标，无法按评分办法分配分值，按 0 分值计 (no 一级指标: the policy cannot give it points; 0 points)"));
            }
        }

        if (count > 0)
        {
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.PointsAllocated,
                DiagnosticSeverity.Warning,
                null,
                count + " 个指标未填分值，已按评分办法分配：" + string.Join("、", written) + string.Concat(moves.Select(m => "；" + m))));
        }

        return points;
    }

    /// <summary>What a level's indicators without points were given: <c>产出指标 2 个各 15（另有已填分值 20）</c>, or <c>4 个共 56.25（14.06、…）</c> when the shares differ.</summary>
    private static string Shares(string level, decimal[] shares, decimal given)
    {
        var text = level + " " + shares.Length + " 个";
        var details = new List<string>();
        if (shares.Length == 1)
        {
            text += " " + DisplayText.Number(shares[0]);
        }
        else if (shares.All(s => s == shares[0]))
        {
            text += "各 " + DisplayText.Number(shares[0]);
        }
        else
        {
            text += "共 " + DisplayText.Number(shares.Sum());
            details.Add(string.Join("、", shares.Select(DisplayText.Number)));
        }

        if (given > 0m)
        {
            details.Add("另有已填分值 " + DisplayText.Number(given));
        }

        return details.Count == 0 ? text : text + "（" + string.Join("；", details) + "）";
    }
}
