using System.Collections.Immutable;

namespace PerfIndicators.Review;

/// <summary>One stored assessment as year-over-year comparison reads it: the project, its total, grade, execution and indicators.</summary>
/// <param name="Project">项目名称.</param>
/// <param name="Code">项目编码, or <see langword="null"/>.</param>
/// <param name="Department">主管部门, or <see langword="null"/>.</param>
/// <param name="Unit">实施单位, or <see langword="null"/>.</param>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="IsAssessed">Whether the project was assessed (has a total and grade).</param>
/// <param name="Total">总分 (0 when not assessed).</param>
/// <param name="Grade">等级, or <see langword="null"/>.</param>
/// <param name="ExecutionRate">预算执行率 as a fraction, or <see langword="null"/>.</param>
/// <param name="Fingerprint">The assessment's fingerprint.</param>
/// <param name="Indicators">The indicators in form order.</param>
public sealed record YearAssessment(
    string Project, string? Code, string? Department, string? Unit, int FiscalYear, bool IsAssessed, decimal Total, string? Grade, decimal? ExecutionRate,
    string Fingerprint, ImmutableArray<YearIndicator> Indicators);

/// <summary>One indicator of a <see cref="YearAssessment"/>.</summary>
/// <param name="Category">一级指标 label, or <see langword="null"/>.</param>
/// <param name="Subcategory">二级指标 label, or <see langword="null"/>.</param>
/// <param name="Name">三级指标.</param>
/// <param name="TargetText">年度指标值 as written.</param>
/// <param name="ActualText">实际完成值 as written.</param>
/// <param name="TargetValue">The target's number A, or <see langword="null"/>.</param>
/// <param name="ActualValue">The actual's number B in the target's unit, or <see langword="null"/>.</param>
/// <param name="ValueUnit">The unit of A and B, or <see langword="null"/>.</param>
/// <param name="IsLowerBetter">Whether a smaller actual is better (a ceiling).</param>
public sealed record YearIndicator(
    string? Category, string? Subcategory, string Name, string TargetText, string ActualText, decimal? TargetValue, decimal? ActualValue, string? ValueUnit, bool IsLowerBetter);

/// <summary>How two years' assessments were found to be the same project.</summary>
public enum ProjectMatchRule
{
    /// <summary>The same 项目编码.</summary>
    Code = 0,

    /// <summary>No code on one side or both: the same 项目名称 and 实施单位.</summary>
    NameAndUnit,
}

/// <summary>Settings of a year-over-year comparison.</summary>
public sealed record YearComparisonOptions
{
    /// <summary>The defaults: execution below 90 % counts as low.</summary>
    public static YearComparisonOptions Default { get; } = new();

    /// <summary>预算执行率 below this fraction in both years is reported (0.9).</summary>
    public decimal LowExecutionBelow { get; init; } = 0.9m;
}

/// <summary>An indicator whose target this year is below what was achieved last year (目标值低于上年实际完成值).</summary>
/// <param name="Name">三级指标.</param>
/// <param name="TargetText">This year's 年度指标值 as written.</param>
/// <param name="PreviousActualText">Last year's 实际完成值 as written.</param>
/// <param name="Target">This year's target value.</param>
/// <param name="PreviousActual">Last year's actual value, in the same unit.</param>
/// <param name="Unit">The unit of both.</param>
public sealed record LoweredTarget(string Name, string TargetText, string PreviousActualText, decimal Target, decimal PreviousActual, string? Unit);

/// <summary>The same project in two years.</summary>
/// <param name="Previous">The earlier year's assessment.</param>
/// <param name="Current">The later year's assessment.</param>
/// <param name="Rule">How the two were matched.</param>
/// <param name="TotalChange">总分 later − earlier, or <see langword="null"/> when either was not assessed.</param>
/// <param name="GradeChanged">Whether the grade differs.</param>
/// <param name="Dropped">Indicators of the earlier year the later one no longer has (by 一级/二级/三级 labels).</param>
/// <param name="Added">Indicators new in the later year.</param>
/// <param name="LoweredTargets">Targets set below the earlier year's actual.</param>
/// <param name="LowExecutionBothYears">Whether 预算执行率 was below the threshold in both years.</param>
public sealed record ProjectChange(
    YearAssessment Previous, YearAssessment Current, ProjectMatchRule Rule, decimal? TotalChange, bool GradeChanged,
    ImmutableArray<string> Dropped, ImmutableArray<string> Added, ImmutableArray<LoweredTarget> LoweredTargets, bool LowExecutionBothYears);

/// <summary>A department's matched projects and how their mean total moved.</summary>
/// <param name="Department">主管部门 (empty when not given).</param>
/// <param name="Projects">Matched, assessed-in-both-years projects.</param>
/// <param name="PreviousMean">Their mean total in the earlier year.</param>
/// <param name="CurrentMean">Their mean total in the later year.</param>
/// <param name="Change">CurrentMean − PreviousMean.</param>
public sealed record DepartmentChange(string Department, int Projects, decimal PreviousMean, decimal CurrentMean, decimal Change);

/// <summary>The year-over-year comparison of two fiscal years (结果应用).</summary>
/// <param name="PreviousYear">The earlier year.</param>
/// <param name="CurrentYear">The later year.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Pairs">Matched projects in the later year's order.</param>
/// <param name="OnlyPrevious">Projects of the earlier year not found in the later one.</param>
/// <param name="OnlyCurrent">Projects of the later year not found in the earlier one.</param>
/// <param name="Departments">Departments ranked by change, largest fall first (ties by name).</param>
public sealed record YearComparison(
    int PreviousYear, int CurrentYear, YearComparisonOptions Options, ImmutableArray<ProjectChange> Pairs,
    ImmutableArray<YearAssessment> OnlyPrevious, ImmutableArray<YearAssessment> OnlyCurrent, ImmutableArray<DepartmentChange> Departments);

/// <summary>Compares two years of assessments: matches projects, and reports total and grade changes, indicator changes, lowered targets and low execution.</summary>
public static class YearComparer
{
    /// <summary>
    /// Compares <paramref name="previous"/> with <paramref name="current"/>. A project is matched by 项目编码 when both have one,
    /// else by 项目名称 + 实施单位 (trimmed, exact); each project is matched at most once, code matches first. When a year holds the
    /// same project twice, the one given last counts.
    /// </summary>
    /// <param name="previousYear">The earlier year.</param>
    /// <param name="previous">Its assessments.</param>
    /// <param name="currentYear">The later year.</param>
    /// <param name="current">Its assessments.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="YearComparisonOptions.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">When a list is null.</exception>
    public static YearComparison Compare(int previousYear, IEnumerable<YearAssessment> previous, int currentYear, IEnumerable<YearAssessment> current, YearComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        options ??= YearComparisonOptions.Default;
        var before = Latest(previous);
        var after = Latest(current);
        var byCode = new Dictionary<string, YearAssessment>(StringComparer.Ordinal);
        var byName = new Dictionary<(string, string), YearAssessment>();
        foreach (var item in before)
        {
            if (Code(item) is { } code)
            {
                byCode.TryAdd(code, item);
            }

            byName.TryAdd(NameKey(item), item);
        }

        var used = new HashSet<YearAssessment>(ReferenceEqualityComparer.Instance);
        var pairs = ImmutableArray.CreateBuilder<ProjectChange>();
        var onlyCurrent = ImmutableArray.CreateBuilder<YearAssessment>();
        var pending = new List<YearAssessment>();
        var matched = new Dictionary<YearAssessment, (YearAssessment, ProjectMatchRule)>(ReferenceEqualityComparer.Instance);
        foreach (var item in after)
        {
            if (Code(item) is { } code && byCode.TryGetValue(code, out var earlier) && used.Add(earlier))
            {
                matched[item] = (earlier, ProjectMatchRule.Code);
            }
            else
            {
                pending.Add(item);
            }
        }

        foreach (var item in pending)
        {
            // A name match only where the codes do not contradict: two different codes are two projects.
            if (byName.TryGetValue(NameKey(item), out var earlier) && !(Code(item) is { } a && Code(earlier) is { } b && a != b) && used.Add(earlier))
            {
                matched[item] = (earlier, ProjectMatchRule.NameAndUnit);
            }
        }

        foreach (var item in after)
        {
            if (matched.TryGetValue(item, out var match))
            {
                pairs.Add(Change(match.Item1, item, match.Item2, options));
            }
            else
            {
                onlyCurrent.Add(item);
            }
        }

        var departments = pairs
            .Where(p => p.TotalChange is not null)
            .GroupBy(p => p.Current.Department ?? p.Previous.Department ?? string.Empty, StringComparer.Ordinal)
            .Select(g =>
            {
                var count = g.Count();
                var was = ScoreRounding(g.Sum(p => p.Previous.Total) / count);
                var now = ScoreRounding(g.Sum(p => p.Current.Total) / count);
                return new DepartmentChange(g.Key, count, was, now, now - was);
            })
            .OrderBy(d => d.Change)
            .ThenBy(d => d.Department, StringComparer.Ordinal)
            .ToImmutableArray();

        return new YearComparison(
            previousYear, currentYear, options, pairs.ToImmutable(), [.. before.Where(b => !used.Contains(b))], onlyCurrent.ToImmutable(), departments);
    }

    private static decimal ScoreRounding(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static List<YearAssessment> Latest(IEnumerable<YearAssessment> items)
    {
        // The last assessment of a project (same code, or same name and unit) replaces earlier ones, keeping its first position.
        var list = new List<YearAssessment>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            var key = Code(item) is { } code ? "c:" + code : "n:" + item.Project.Trim() + "\u0001" + (item.Unit ?? string.Empty).Trim();
            if (at.TryGetValue(key, out var index))
            {
                list[index] = item;
            }
            else
            {
                at[key] = list.Count;
                list.Add(item);
            }
        }

        return list;
    }

    private static string? Code(YearAssessment item) => string.IsNullOrWhiteSpace(item.Code) ? null : item.Code.Trim();

    private static (string, string) NameKey(YearAssessment item) => (item.Project.Trim(), (item.Unit ?? string.Empty).Trim());

    private static string IndicatorKey(YearIndicator indicator) =>
        string.Join("／", new[] { indicator.Category, indicator.Subcategory, indicator.Name.Trim() }.Where(s => !string.IsNullOrEmpty(s)));

    private static ProjectChange Change(YearAssessment previous, YearAssessment current, ProjectMatchRule rule, YearComparisonOptions options)
    {
        var was = new Dictionary<string, YearIndicator>(StringComparer.Ordinal);
        foreach (var indicator in previous.Indicators)
        {
            was.TryAdd(IndicatorKey(indicator), indicator);
        }

        var now = new HashSet<string>(StringComparer.Ordinal);
        var added = ImmutableArray.CreateBuilder<string>();
        var lowered = ImmutableArray.CreateBuilder<LoweredTarget>();
        foreach (var indicator in current.Indicators)
        {
            var key = IndicatorKey(indicator);
            if (!now.Add(key))
            {
                continue;
            }

            if (!was.TryGetValue(key, out var before))
            {
                added.Add(key);
                continue;
            }

            if (indicator.TargetValue is decimal target && before.ActualValue is decimal achieved && !indicator.IsLowerBetter && !before.IsLowerBetter
                && string.Equals(indicator.ValueUnit, before.ValueUnit, StringComparison.Ordinal) && target < achieved)
            {
                lowered.Add(new LoweredTarget(indicator.Name, indicator.TargetText, before.ActualText, target, achieved, indicator.ValueUnit));
            }
        }

        var dropped = was.Keys.Where(k => !now.Contains(k)).ToImmutableArray();
        var total = previous.IsAssessed && current.IsAssessed ? current.Total - previous.Total : (decimal?)null;
        var lowBoth = previous.ExecutionRate < options.LowExecutionBelow && current.ExecutionRate < options.LowExecutionBelow;
        return new ProjectChange(
            previous, current, rule, total, !string.Equals(previous.Grade, current.Grade, StringComparison.Ordinal), dropped, added.ToImmutable(), lowered.ToImmutable(), lowBoth);
    }
}
