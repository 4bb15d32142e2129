using System.Globalization;
using System.Text.RegularExpressions;
using PerfIndicators.Formats.Files;
using PerfIndicators.Generator;
using PerfIndicators.Review;
using PerfIndicators.Scoring;

namespace PerfIndicators.Tests.Store;

/// <summary>
/// Two fiscal years built from the seed documents (tests/PerfIndicators.SyntheticData/Data, from /work/shared/seeds): the seed
/// projects with the seeds' quantitative ≥ indicators, 2022 reported at 110 % of target, and 2023 changed on purpose — every
/// third project sets one target below 2022's actual, every fourth drops its last indicator and adds one, every fifth executes
/// below 90 % in both years, odd projects carry a 项目编码 (the rest are matched by name and unit, and the coded ones are renamed
/// in 2023 to show the code wins). What was planted is kept beside the inputs, so a test compares the comparison against it.
/// </summary>
internal sealed partial class TwoYears
{
    private TwoYears(List<AssessmentInput> previous, List<AssessmentInput> current, HashSet<string> lowered, HashSet<string> dropped, HashSet<string> lowExecution)
    {
        Previous = previous;
        Current = current;
        Lowered = lowered;
        Dropped = dropped;
        LowExecution = lowExecution;
    }

    public List<AssessmentInput> Previous { get; }

    public List<AssessmentInput> Current { get; }

    /// <summary>2023 project names with a target planted below 2022's actual.</summary>
    public HashSet<string> Lowered { get; }

    /// <summary>2023 project names that dropped one indicator and added one.</summary>
    public HashSet<string> Dropped { get; }

    /// <summary>2023 project names executing below 90 % in both years.</summary>
    public HashSet<string> LowExecution { get; }

    public static TwoYears Build(int projects)
    {
        var templates = SeedCatalog.Indicators
            .Select(t => (t, Match: AtLeast().Match(t.Target)))
            .Where(x => x.Match.Success)
            .Select(x => (x.t, Value: decimal.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), Unit: x.Match.Groups[2].Value))
            .Where(x => x.Value > 0m)
            .ToList();
        var seeds = SeedCatalog.Projects.DistinctBy(p => (p.Name, p.Unit)).Take(projects).ToList();
        var previous = new List<AssessmentInput>();
        var current = new List<AssessmentInput>();
        HashSet<string> lowered = [], dropped = [], lowExecution = [];
        var next = 0;
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var picked = Enumerable.Range(0, 4).Select(_ => templates[next++ % templates.Count]).DistinctBy(x => x.t.Name).ToList();
            var coded = i % 2 == 1;
            var code = coded ? "330500" + i.ToString("D6", CultureInfo.InvariantCulture) : null;
            var low = i % 5 == 0;
            var name2023 = coded ? seed.Name + "（续）" : seed.Name;

            previous.Add(Project(seed.Name, code, seed, 2022, picked.Select(x => Row(x.t, x.Value, x.Unit, x.Value, x.Value * 1.1m)), low ? 0.8m : 0.95m));

            var rows = new List<IndicatorInput>();
            for (var k = 0; k < picked.Count; k++)
            {
                var (t, value, unit) = picked[k];
                if (i % 4 == 0 && k == picked.Count - 1 && picked.Count > 1)
                {
                    continue;
                }

                var target = i % 3 == 0 && k == 0 ? value * 1.05m : value * 1.2m;
                rows.Add(Row(t, value, unit, target, target));
            }

            if (i % 4 == 0 && picked.Count > 1)
            {
                rows.Add(IndicatorInput.FromText("新增指标" + i, "≥1项", "1项", "产出指标", "数量指标") with { Points = 10m });
                dropped.Add(name2023);
            }

            if (i % 3 == 0)
            {
                lowered.Add(name2023);
            }

            if (low)
            {
                lowExecution.Add(name2023);
            }

            current.Add(Project(name2023, code, seed, 2023, rows, low ? 0.85m : 0.97m));
        }

        return new TwoYears(previous, current, lowered, dropped, lowExecution);
    }

    public static IEnumerable<IProjectSource> Sources(IEnumerable<AssessmentInput> projects) =>
        projects.Select((p, i) => ProjectSources.FromProject(p.FiscalYear + "/" + i + ".json", p));

    private static IndicatorInput Row(IndicatorTemplate t, decimal value, string unit, decimal target, decimal actual) =>
        IndicatorInput.FromText(t.Name, "≥" + Text(target) + unit, Text(actual) + unit, t.Category, t.Subcategory) with { Points = 20m };

    private static string Text(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static AssessmentInput Project(string name, string? code, SeedProject seed, int year, IEnumerable<IndicatorInput> rows, decimal execution) =>
        new(name, rows)
        {
            Code = code,
            Department = seed.Department,
            Unit = seed.Unit,
            FiscalYear = year,
            Budget = new BudgetInput { Initial = seed.Amount, Adjusted = seed.Amount, Executed = decimal.Round(seed.Amount * execution, 2) },
        };

    [GeneratedRegex(@"^≥(\d+(?:\.\d+)?)(%|人|个|次|项|家|场|期|户|篇|件|人次)$")]
    private static partial Regex AtLeast();
}
