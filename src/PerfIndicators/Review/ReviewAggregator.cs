using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>
/// Folds reviewed projects into the summary one at a time, in input order, on one thread. Memory: fixed-size counters
/// and histograms, one accumulator per distinct 主管部门 and 实施单位 and per 一级/二级指标 pair, at most 102 × 101 scatter
/// cells, at most one entry per finding code, and lists bounded by <see cref="ReviewOptions.LowestCount"/> and
/// <see cref="ReviewOptions.ListLimit"/>. Nothing grows with the number of projects itself.
/// </summary>
internal sealed class ReviewAggregator
{
    private const int TotalBins = 20;
    private static readonly decimal[] RateBinStarts = [0m, 0.5m, 0.6m, 0.7m, 0.8m, 0.9m, 1m];

    private readonly ReviewHeader header;
    private int given;
    private int read;
    private int failed;
    private int assessed;
    private readonly Sampler<ReviewedProject> notReported;
    private readonly Sampler<ReviewedProject> notAssessable;
    private readonly Sampler<SourceFailure> failures;
    private readonly Sampler<SourceWarning> warnings;
    private IndicatorTally indicators = new(0, 0, 0, 0, 0, 0);
    private decimal totalSum;
    private decimal? totalMin;
    private decimal? totalMax;
    private long provisional;
    private long capped;
    private readonly long[] totalHistogram = new long[TotalBins];
    private readonly Dictionary<string, long> grades = new(StringComparer.Ordinal);
    private long withRate;
    private decimal rateSum;
    private long below;
    private long belowWithoutReason;
    private readonly long[] rateHistogram = new long[RateBinStarts.Length];
    private readonly Lowest<ExecutionNote> lowExecution;
    private readonly Lowest<ReviewedProject> lowest;
    private readonly Dictionary<GroupKey, GroupAccumulator> departments = [];
    private readonly Dictionary<(string?, string?), (long Count, decimal Points, decimal Lost)> categoryLosses = [];
    private readonly Sampler<IndicatorNote> missing;
    private readonly Sampler<IndicatorNote> over;
    private readonly Sampler<IndicatorNote> manual;
    private readonly Dictionary<(string, DiagnosticSeverity), long> findingCounts = [];
    private readonly Sampler<PolicyMismatch> mismatches;
    private readonly Dictionary<(int, int), long> scatter = [];

    public ReviewAggregator(ReviewHeader header)
    {
        this.header = header;
        failures = new Sampler<SourceFailure>(header.ListLimit);
        warnings = new Sampler<SourceWarning>(header.ListLimit);
        lowExecution = new Lowest<ExecutionNote>(header.ListLimit);
        lowest = new Lowest<ReviewedProject>(header.LowestCount);
        missing = new Sampler<IndicatorNote>(header.ListLimit);
        over = new Sampler<IndicatorNote>(header.ListLimit);
        manual = new Sampler<IndicatorNote>(header.ListLimit);
        mismatches = new Sampler<PolicyMismatch>(header.ListLimit);
        notReported = new Sampler<ReviewedProject>(header.ListLimit);
        notAssessable = new Sampler<ReviewedProject>(header.ListLimit);
    }

    public int Given => given;

    public int Failed => failed;

    public void AddFailure(SourceFailure failure)
    {
        given++;
        failed++;
        failures.Add(failure);
    }

    public void Add(ScoreDigest digest)
    {
        given++;
        read++;
        var row = digest.Row;
        foreach (var warning in digest.Warnings)
        {
            warnings.Add(new SourceWarning(row.Index, row.Source, warning));
        }

        foreach (var finding in digest.Findings)
        {
            findingCounts[finding] = findingCounts.GetValueOrDefault(finding) + 1;
        }

        if (row.PolicyRequested is { } requested)
        {
            mismatches.Add(new PolicyMismatch(row, requested));
        }

        if (row.Status != AssessmentStatus.Assessed || row.Grade is not { } grade)
        {
            // 未填报 and 不可评价 are listed and counted, never scored 0 into totals, grades, groups or indicator tallies.
            (row.Status == AssessmentStatus.NoIndicators ? notAssessable : notReported).Add(row);
            return;
        }

        assessed++;
        indicators = indicators.Add(row.Indicators);
        totalSum += row.Total;
        totalMin = totalMin is decimal min && min <= row.Total ? min : row.Total;
        totalMax = totalMax is decimal max && max >= row.Total ? max : row.Total;
        provisional += row.IsProvisional ? 1 : 0;
        capped += row.IsCapped ? 1 : 0;
        totalHistogram[Math.Clamp((int)decimal.Floor(row.Total / 5m), 0, TotalBins - 1)]++;
        grades[grade] = grades.GetValueOrDefault(grade) + 1;

        var isBelow = false;
        if (row.ExecutionRate is decimal rate)
        {
            withRate++;
            rateSum += rate;
            var bin = RateBinStarts.Length - 1;
            while (bin > 0 && rate < RateBinStarts[bin])
            {
                bin--;
            }

            rateHistogram[bin]++;
            if (rate < header.ExecutionThreshold)
            {
                isBelow = true;
                below++;
                belowWithoutReason += digest.ExecutionReasonGiven ? 0 : 1;
                lowExecution.Add(rate, new ExecutionNote(row, rate, row.ExecutionScore, row.Total, digest.ExecutionReasonGiven));
            }

            var ratePercent = rate > 1m ? 101 : (int)decimal.Floor(rate * 100m);
            var key = (ratePercent, Math.Clamp((int)decimal.Floor(row.Total), 0, 100));
            scatter[key] = scatter.GetValueOrDefault(key) + 1;
        }

        lowest.Add(row.Total, row);
        var manualCount = digest.Manual.Count;
        if (!departments.TryGetValue(new GroupKey(row.Department), out var department))
        {
            department = new GroupAccumulator(row.Department, withUnits: true);
            departments.Add(new GroupKey(row.Department), department);
        }

        department.Add(row, isBelow, manualCount);

        foreach (var (category, subcategory, points, lost) in digest.Losses)
        {
            var key = (category, subcategory);
            var (count, sumPoints, sumLost) = categoryLosses.GetValueOrDefault(key);
            categoryLosses[key] = (count + 1, sumPoints + points, sumLost + lost);
        }

        missing.AddRange(digest.Missing);
        over.AddRange(digest.Over);
        manual.AddRange(digest.Manual);
    }

    public ReviewSummary ToSummary(ImmutableArray<SkippedPath> skipped)
    {
        var gradeCounts = GradeCounts(header, grades);
        var totalsHistogram = Enumerable.Range(0, TotalBins)
            .Select(i => new HistogramBin(i * 5m, (i + 1) * 5m, totalHistogram[i])).ToImmutableArray();
        var rateBins = Enumerable.Range(0, RateBinStarts.Length)
            .Select(i => new HistogramBin(RateBinStarts[i], i + 1 < RateBinStarts.Length ? RateBinStarts[i + 1] : null, rateHistogram[i])).ToImmutableArray();
        var execution = new ExecutionStatistics(
            header.ExecutionThreshold, withRate, assessed - withRate, withRate == 0 ? null : Round(rateSum / withRate, 4), below, belowWithoutReason,
            rateBins, new ListSample<ExecutionNote>(below, lowExecution.Items));
        return new ReviewSummary(
            header,
            new InputTally(given, read, failed, (int)notReported.Count, (int)notAssessable.Count),
            skipped.IsDefault ? [] : skipped,
            failures.ToSample(),
            warnings.ToSample(),
            indicators,
            new TotalStatistics(assessed, assessed == 0 ? null : Round(totalSum / assessed, 2), totalMin, totalMax, provisional, capped, totalsHistogram),
            gradeCounts,
            execution,
            lowest.Items,
            [.. departments.Values.OrderBy(d => d.Name is null).ThenBy(d => d.Name, StringComparer.Ordinal).Select(d => d.ToSummary(header))],
            [.. categoryLosses.OrderByDescending(c => c.Value.Lost).ThenBy(c => c.Key.Item1 is null).ThenBy(c => c.Key.Item1, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Item2 is null).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
                .Select(c => new CategoryLoss(c.Key.Item1, c.Key.Item2, c.Value.Count, c.Value.Points, c.Value.Lost))],
            missing.ToSample(),
            over.ToSample(),
            manual.ToSample(),
            [.. findingCounts.OrderBy(f => f.Key.Item1, StringComparer.Ordinal).ThenBy(f => f.Key.Item2).Select(f => new FindingCount(f.Key.Item1, f.Key.Item2, f.Value))],
            mismatches.ToSample(),
            [.. scatter.OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2).Select(c => new ScatterCell(c.Key.Item1, c.Key.Item2, c.Value))],
            notReported.ToSample(),
            notAssessable.ToSample());
    }

    internal static decimal Round(decimal value, int decimals) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static ImmutableArray<GradeCount> GradeCounts(ReviewHeader header, Dictionary<string, long> counts)
    {
        var result = ImmutableArray.CreateBuilder<GradeCount>();
        foreach (var grade in header.Grades)
        {
            result.Add(new GradeCount(grade, counts.GetValueOrDefault(grade)));
        }

        foreach (var (grade, count) in counts.Where(c => !header.Grades.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            result.Add(new GradeCount(grade, count));
        }

        return result.ToImmutable();
    }

    private readonly record struct GroupKey(string? Name);

    /// <summary>The running aggregates of a department or unit.</summary>
    private sealed class GroupAccumulator(string? name, bool withUnits)
    {
        private readonly Dictionary<string, long> grades = new(StringComparer.Ordinal);
        private readonly Dictionary<GroupKey, GroupAccumulator>? units = withUnits ? [] : null;
        private long projects;
        private long indicators;
        private decimal totalSum;
        private decimal min = decimal.MaxValue;
        private decimal max = decimal.MinValue;
        private long rateCount;
        private decimal rateSum;
        private long below;
        private long missing;
        private long over;
        private long manual;
        private decimal lost;

        public string? Name { get; } = name;

        public void Add(ReviewedProject row, bool isBelow, long manualCount)
        {
            projects++;
            indicators += row.Indicators.Total;
            totalSum += row.Total;
            min = Math.Min(min, row.Total);
            max = Math.Max(max, row.Total);
            grades[row.Grade ?? string.Empty] = grades.GetValueOrDefault(row.Grade ?? string.Empty) + 1;
            if (row.ExecutionRate is decimal rate)
            {
                rateCount++;
                rateSum += rate;
            }

            below += isBelow ? 1 : 0;
            missing += row.MissingDeviationReasons;
            over += row.OverAchievements;
            manual += manualCount;
            lost += row.PointsLost;
            if (units is not null)
            {
                var key = new GroupKey(row.Unit);
                if (!units.TryGetValue(key, out var unit))
                {
                    unit = new GroupAccumulator(row.Unit, withUnits: false);
                    units.Add(key, unit);
                }

                unit.Add(row, isBelow, manualCount);
            }
        }

        public GroupSummary ToSummary(ReviewHeader header) => new(
            Name,
            projects,
            indicators,
            GradeCounts(header, grades),
            Round(totalSum / projects, 2),
            min,
            max,
            rateCount == 0 ? null : Round(rateSum / rateCount, 4),
            below,
            missing,
            over,
            manual,
            lost,
            units is null ? [] : [.. units.Values.OrderBy(u => u.Name is null).ThenBy(u => u.Name, StringComparer.Ordinal).Select(u => u.ToSummary(header))]);
    }

    /// <summary>The first <c>limit</c> entries in arrival (input) order, and the count of all.</summary>
    private sealed class Sampler<T>(int limit)
    {
        private readonly List<T> items = [];
        private long count;

        public void Add(T item)
        {
            count++;
            if (items.Count < limit)
            {
                items.Add(item);
            }
        }

        public void AddRange(List<T> list)
        {
            foreach (var item in list)
            {
                Add(item);
            }
        }

        public long Count => count;

        public ListSample<T> ToSample() => new(count, [.. items]);
    }

    /// <summary>The <c>limit</c> entries with the lowest keys; among equal keys the earlier arrival wins (input order).</summary>
    private sealed class Lowest<T>(int limit)
    {
        private readonly List<(decimal Key, T Item)> items = [];

        public ImmutableArray<T> Items => [.. items.Select(i => i.Item)];

        public void Add(decimal key, T item)
        {
            if (limit == 0 || (items.Count == limit && key >= items[^1].Key))
            {
                return;
            }

            // Insert after every entry with a key ≤ this one: arrivals are in input order, so ties stay in input order.
            int low = 0, high = items.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (items[middle].Key <= key)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            items.Insert(low, (key, item));
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
            }
        }
    }
}
