using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerfIndicators.Parsing;

namespace PerfIndicators.Generator;

/// <summary>The size and seed of a synthetic year.</summary>
/// <param name="Projects">How many projects.</param>
/// <param name="MeanIndicators">The mean number of indicators per project (the seed documents' shape, scaled).</param>
/// <param name="Seed">The seed: the same seed and sizes give the same files.</param>
/// <param name="FiscalYear">The fiscal year of every project.</param>
public sealed record YearOptions(int Projects, decimal MeanIndicators = 10m, ulong Seed = 20231231UL, int FiscalYear = 2023);

/// <summary>
/// Makes a realistic synthetic year of project self-assessments (the <c>perfind score</c> JSON input) from the seed
/// documents: indicator counts (the seeds' histogram, scaled to the requested mean), the 产出/效益/满意度 mix, the target
/// forms (symbols, words, bare values, qualitative text, embedded rules, deadlines, units and 万/亿 multipliers, and
/// the PDF damage the documents show), names, departments and units, budgets, execution rates, and actuals (met,
/// partial, over-achieved, words, blanks, missing 偏差原因). Each project depends only on the seed and its index, so any
/// slice of a year can be made alone, in parallel, and is the same every time.
/// </summary>
public sealed class SyntheticYear
{
    private static readonly System.Buffers.SearchValues<char> LowerIsBetter = System.Buffers.SearchValues.Create("≤≦<低超小");

    private static readonly ImmutableArray<IndicatorTemplate> Output = [.. SeedCatalog.Indicators.Where(t => t.Category == "产出指标")];
    private static readonly ImmutableArray<IndicatorTemplate> Benefit = [.. SeedCatalog.Indicators.Where(t => t.Category == "效益指标")];
    private static readonly ImmutableArray<IndicatorTemplate> Satisfaction = [.. SeedCatalog.Indicators.Where(t => t.Category == "满意度指标")];
    private static readonly ImmutableArray<IndicatorTemplate> Measured =
        [.. SeedCatalog.Indicators.Where(t => t.Kind == TargetKind.Quantitative && t.Target.Length > 1 && t.Target[0] is '≥' or '≤' or '≧' or '≦')];

    // The seeds' first-level mix, in thousandths: 106 产出, 58 效益, 10 满意度 of 174.
    private static readonly int OutputShare = 1000 * Output.Length / SeedCatalog.Indicators.Length;
    private static readonly int BenefitShare = 1000 * Benefit.Length / SeedCatalog.Indicators.Length;

    private static readonly string[] PercentTargets = ["80", "85", "90", "95", "98", "100"];
    private static readonly string[] AchievedWords = ["达成年度指标", "已完成", "达成"];
    private static readonly string[] PartialWords = ["部分达成", "基本达成", "部分达成年度指标"];
    private static readonly string[] TextWords = ["完成", "已完成", "全部完成"];

    private readonly YearOptions options;
    private readonly int departments;

    /// <summary>Creates a generator for a year.</summary>
    /// <param name="options">Size, seed and year.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the sizes are not positive.</exception>
    public SyntheticYear(YearOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MeanIndicators, 1m);
        this.options = options;
        departments = Math.Max(5, options.Projects / 400);
    }

    /// <summary>The options.</summary>
    public YearOptions Options => options;

    /// <summary>Every project of the year, in index order.</summary>
    public IEnumerable<GeneratedProject> Projects()
    {
        for (var i = 0; i < options.Projects; i++)
        {
            yield return Project(i);
        }
    }

    /// <summary>Project <paramref name="index"/> of the year.</summary>
    /// <param name="index">0 ≤ index &lt; <see cref="YearOptions.Projects"/>.</param>
    public GeneratedProject Project(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, options.Projects);
        var rng = SplitMix.For(options.Seed, index);
        var year = options.FiscalYear;

        // Departments: the first five are the seed documents' own; larger departments get more projects.
        var draw = rng.Between(0m, 1m, 6);
        var department = (int)decimal.Floor(draw * draw * departments);
        var (departmentName, unitName) = Organization(department, rng);
        var seedProject = rng.Pick(SeedCatalog.Projects);
        var projectName = rng.Chance(600) ? seedProject.Name : rng.Pick(SeedCatalog.CommonProjects);
        if (rng.Chance(150))
        {
            projectName = year.ToString(CultureInfo.InvariantCulture) + "年" + projectName;
        }

        // Indicators per project: a seed project's count, scaled to the requested mean, rounded at random.
        var scaled = rng.Pick(SeedCatalog.IndicatorCounts) * options.MeanIndicators / SeedCatalog.MeanIndicatorCount;
        var count = Math.Max(1, (int)decimal.Floor(scaled + rng.Between(0m, 1m)));
        var templates = new List<IndicatorTemplate>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Below(1000);
            templates.Add(roll < OutputShare || i == 0 ? rng.Pick(Output) : roll < OutputShare + BenefitShare ? rng.Pick(Benefit) : rng.Pick(Satisfaction));
        }

        // Keep the printed order of the 自评表: 产出, 效益, 满意度.
        templates = [.. templates.OrderBy(t => t.Category == "产出指标" ? 0 : t.Category == "效益指标" ? 1 : 2)];
        var points = rng.Chance(50) ? null : Points(templates);
        var labelStyle = rng.Below(1000);
        var withSubcategory = rng.Chance(500);
        var indicators = ImmutableArray.CreateBuilder<GeneratedIndicator>(count);
        for (var i = 0; i < count; i++)
        {
            indicators.Add(Indicator(templates[i], points?[i], rng, year, labelStyle < 50, withSubcategory));
        }

        return new GeneratedProject(
            index,
            departmentName,
            unitName,
            projectName,
            year,
            rng.Chance(300) ? "national" : null,
            Budget(seedProject, rng),
            indicators.MoveToImmutable());
    }

    private static (string Department, string Unit) Organization(int department, SplitMix rng)
    {
        var seeds = SeedCatalog.Projects.Select(p => p.Department).Distinct().ToArray();
        if (department < seeds.Length)
        {
            var units = SeedCatalog.Projects.Where(p => p.Department == seeds[department]).Select(p => p.Unit).Distinct().ToArray();
            return (seeds[department], rng.Pick(units));
        }

        var (city, districts) = SeedCatalog.Places[department % SeedCatalog.Places.Length];
        var bureau = SeedCatalog.Bureaus[department / SeedCatalog.Places.Length % SeedCatalog.Bureaus.Length];
        var level = department / (SeedCatalog.Places.Length * SeedCatalog.Bureaus.Length);
        var place = level == 0 ? city : city + districts[(level - 1) % districts.Length];
        var name = place + bureau;
        var unitCount = 1 + (department % 6);
        var unit = rng.Below(unitCount);
        if (unit == 0)
        {
            return (name, name + "（本级）");
        }

        var root = bureau.EndsWith("委员会", StringComparison.Ordinal) ? bureau[..^3] : bureau.TrimEnd('局');
        return (name, place + root + SeedCatalog.UnitKinds[(unit - 1) % SeedCatalog.UnitKinds.Length]);
    }

    private static decimal[] Points(List<IndicatorTemplate> templates)
    {
        // The national split of 90 indicator points (产出 50, 效益 30, 满意度 10); a block with no indicator gives its points
        // to the others, as the printed forms do, so the points add up to 90.
        var blocks = new (string Category, decimal Points)[] { ("产出指标", 50m), ("效益指标", 30m), ("满意度指标", 10m) };
        var present = blocks.Where(b => templates.Any(t => t.Category == b.Category)).ToArray();
        var spare = blocks.Where(b => !present.Contains(b)).Sum(b => b.Points);
        var presentTotal = present.Sum(b => b.Points);
        var result = new decimal[templates.Count];
        var given = 0m;
        foreach (var (category, blockPoints) in present)
        {
            var share = present[^1].Category == category
                ? 90m - given
                : blockPoints + decimal.Floor(spare * blockPoints / presentTotal);
            given += share;
            var members = Enumerable.Range(0, templates.Count).Where(i => templates[i].Category == category).ToArray();
            var each = decimal.Floor(share * 10m / members.Length) / 10m;
            foreach (var i in members)
            {
                result[i] = each;
            }

            result[members[0]] += share - (each * members.Length);
        }

        return result;
    }

    private static GeneratedIndicator Indicator(IndicatorTemplate template, decimal? points, SplitMix rng, int year, bool shortLabels, bool withSubcategory)
    {
        var category = shortLabels ? template.Category[..^2] : template.Category;
        var subcategory = withSubcategory ? template.Subcategory ?? Subcategory(template) : null;
        var roll = rng.Below(1000);
        if (roll < 5)
        {
            // Extraction damage: the number carried over a page break (seed 004 splits cells so), the comparator and unit left.
            var damaged = rng.Pick(Measured);
            var kept = string.Concat(damaged.Target.Where(c => !char.IsAsciiDigit(c) && c != '.'));
            return Row(category, subcategory, damaged.Name, kept, points, rng.Pick(AchievedWords), null, IndicatorIntent.UnrecognizedTarget, needsReason: false, rng);
        }

        if (roll < 15)
        {
            return Row(category, subcategory, template.Name, template.Target, points, null, null, IndicatorIntent.NotApplicable, needsReason: false, rng, notApplicable: true);
        }

        if (roll < 35)
        {
            return Row(category, subcategory, template.Name, template.Target, points, rng.Chance(500) ? null : string.Empty, null, IndicatorIntent.Blank, needsReason: false, rng);
        }

        if (template.Kind == TargetKind.Deadline || (template.Category == "产出指标" && roll < 55))
        {
            return Deadline(category, points, rng, year);
        }

        return template.Kind switch
        {
            TargetKind.Quantitative => Quantitative(template, category, subcategory, points, rng),
            TargetKind.Rule => Rule(template, category, subcategory, points, rng),
            _ => QualitativeRow(template, category, subcategory, points, rng),
        };
    }

    private static GeneratedIndicator Deadline(string category, decimal? points, SplitMix rng, int year)
    {
        var (name, form) = rng.Pick(SeedCatalog.Deadlines);
        var target = form.Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var due = form.Contains("11月30日", StringComparison.Ordinal) ? (Month: 11, Day: 30) : (Month: 12, Day: 31);
        if (rng.Chance(900))
        {
            var actual = rng.Chance(300) ? "按时完成" : year + "年" + due.Month + "月" + (1 + rng.Below(due.Day)) + "日";
            return Row(category, "时效指标", name, target, points, actual, null, IndicatorIntent.Met, needsReason: false, rng);
        }

        return Row(category, "时效指标", name, target, points, (year + 1) + "年1月" + (1 + rng.Below(28)) + "日", null, IndicatorIntent.Late, needsReason: false, rng);
    }

    private static GeneratedIndicator Quantitative(IndicatorTemplate template, string category, string? subcategory, decimal? points, SplitMix rng)
    {
        var text = Vary(template.Target, rng);
        if (IndicatorParser.ParseTarget(text) is not { Value: QuantitativeTarget target } parsed || parsed.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            text = template.Target;
            target = (QuantitativeTarget)IndicatorParser.ParseTarget(text).Value!;
        }

        var quantity = target.Quantity;
        var a = quantity.Value;
        var percent = quantity.Unit.Text == "%";
        var whole = a == decimal.Truncate(a) && !percent;
        var lower = target.Direction == Direction.LowerIsBetter || (a == 0m && target.Comparator is Comparator.None or Comparator.Equal);
        var roll = rng.Below(1000);
        if (roll < 30)
        {
            return Row(category, subcategory, template.Name, text, points, rng.Pick(TextWords), null, IndicatorIntent.TextActual, needsReason: false, rng);
        }

        // Draw the actual in the band the roll picks, then say what it is: the intent follows from the numbers.
        decimal b;
        if (lower)
        {
            b = roll < 850 ? (a == 0m ? 0m : Round(a * rng.Between(0.2m, 1m), whole))
                : a == 0m ? 1m + rng.Below(3) : Math.Max(a + 1m, Round(a * rng.Between(1.1m, 2m), whole));
        }
        else
        {
            b = roll < 760 ? Round(a * rng.Between(1m, 1.15m), whole)
                : roll < 840 && (!percent || a * 1.3m <= 100m) ? Round(a * rng.Between(1.3m, 3m), whole)
                : Round(a * rng.Between(0.4m, 0.97m), whole);
            if (percent && b > 100m)
            {
                b = 100m;
            }
        }

        var intent = Intent(a, b, lower);
        var number = b.ToString(whole ? "0" : "0.##", CultureInfo.InvariantCulture);
        string actual;
        if (percent && b > 1m && rng.Chance(50))
        {
            // A number without its unit, as an xlsx cell gives it (read as percent points, PI3016).
            actual = number;
        }
        else
        {
            actual = number + (quantity.MultiplierText ?? string.Empty) + quantity.Unit.Text;
        }

        var needsReason = intent != IndicatorIntent.Met;
        return Row(category, subcategory, template.Name, text, points, actual, null, intent, needsReason, rng);
    }

    private static IndicatorIntent Intent(decimal a, decimal b, bool lower) =>
        lower ? (b <= a ? IndicatorIntent.Met : a == 0m ? IndicatorIntent.NotMet : IndicatorIntent.Partial)
        : a > 0m && b >= a * 1.2m ? IndicatorIntent.OverAchieved
        : b >= a ? IndicatorIntent.Met
        : b > 0m ? IndicatorIntent.Partial
        : IndicatorIntent.NotMet;

    private static GeneratedIndicator Rule(IndicatorTemplate template, string category, string? subcategory, decimal? points, SplitMix rng)
    {
        // The seed rules: "采购率大于80%即达标" reads as a ≥ threshold (below it, the ratio); "满意度指标低于90%不得分,
        // 大于等于90%得满分" gives nothing below the threshold.
        var threshold = template.Target.Contains("50%", StringComparison.Ordinal) ? 50m : template.Target.Contains("80%", StringComparison.Ordinal) ? 80m : 90m;
        var b = rng.Chance(850) ? threshold + 1m + rng.Below((int)(100m - threshold)) : threshold - 1m - rng.Below(20);
        var intent = template.Target.Contains("不得分", StringComparison.Ordinal) && b < threshold ? IndicatorIntent.NotMet : Intent(threshold, b, lower: false);
        return Row(category, subcategory, template.Name, template.Target, points, b.ToString("0", CultureInfo.InvariantCulture) + "%", null, intent, intent != IndicatorIntent.Met, rng);
    }

    private static GeneratedIndicator QualitativeRow(IndicatorTemplate template, string category, string? subcategory, decimal? points, SplitMix rng)
    {
        var roll = rng.Below(1000);
        if (roll < 820)
        {
            var actual = rng.Chance(300) ? template.Target : rng.Pick(AchievedWords);
            return Row(category, subcategory, template.Name, template.Target, points, actual, null, IndicatorIntent.Met, needsReason: false, rng);
        }

        if (roll < 960)
        {
            // An evaluator's score inside the 部分达成 band (60%–80% of the points) for some.
            var score = points is decimal w && rng.Chance(300) ? decimal.Round(w * 0.75m, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
            return Row(category, subcategory, template.Name, template.Target, points, rng.Pick(PartialWords), score, IndicatorIntent.Partial, needsReason: true, rng);
        }

        return Row(category, subcategory, template.Name, template.Target, points, "未达成", null, IndicatorIntent.NotMet, needsReason: true, rng);
    }

    private static GeneratedIndicator Row(
        string category,
        string? subcategory,
        string name,
        string target,
        decimal? points,
        string? actual,
        decimal? evaluatorScore,
        IndicatorIntent intent,
        bool needsReason,
        SplitMix rng,
        bool notApplicable = false)
    {
        // A reason is written for most rows that need one (a quarter are left out) and for a few that do not.
        var reason = needsReason ? (rng.Chance(750) ? rng.Pick(SeedCatalog.DeviationReasons) : null)
            : !notApplicable && rng.Chance(30) ? rng.Pick(SeedCatalog.DeviationReasons) : null;
        return new GeneratedIndicator(category, subcategory, name, target, points, actual, reason, evaluatorScore, intent, needsReason);
    }

    private static GeneratedBudget Budget(SeedProject seed, SplitMix rng)
    {
        var roll = rng.Below(1000);
        if (roll < 10)
        {
            return new GeneratedBudget(0m, 0m, 0m, null, false, false, BudgetIntent.Zero);
        }

        var adjusted = Math.Max(0.5m, decimal.Round(seed.Amount * rng.Between(0.3m, 3m), 2, MidpointRounding.AwayFromZero));
        var initial = rng.Chance(800) ? adjusted : decimal.Round(adjusted * rng.Between(0.8m, 1.2m), 2, MidpointRounding.AwayFromZero);
        decimal rate;
        var intent = BudgetIntent.Normal;
        if (roll < 20)
        {
            rate = rng.Between(1.01m, 1.05m);
            intent = BudgetIntent.Overspent;
        }
        else if (roll < 170)
        {
            rate = rng.Between(0.4m, 0.88m);
            intent = BudgetIntent.Low;
        }
        else
        {
            rate = roll < 420 ? rng.Between(0.905m, 0.95m) : rng.Between(0.95m, 1m);
        }

        var executed = decimal.Round(adjusted * rate, 2, MidpointRounding.AwayFromZero);
        if (intent == BudgetIntent.Overspent && executed <= adjusted)
        {
            executed = adjusted + 0.01m;
        }

        if (intent == BudgetIntent.Normal && executed > adjusted)
        {
            executed = adjusted;
        }

        var reason = intent == BudgetIntent.Low && rng.Chance(700) ? rng.Pick(SeedCatalog.ExecutionReasons) : null;
        return new GeneratedBudget(initial, adjusted, executed, reason, rng.Chance(30), rng.Chance(300), intent);
    }

    private static string? Subcategory(IndicatorTemplate template) => template.Category switch
    {
        "产出指标" => template.Name.EndsWith('率') || template.Name.Contains("合规", StringComparison.Ordinal) ? "质量指标" : "数量指标",
        "效益指标" => template.Target.Contains('元') ? "经济效益指标" : "社会效益指标",
        "满意度指标" => "服务对象满意度指标",
        _ => null,
    };

    private static decimal Round(decimal value, bool whole) =>
        decimal.Round(value, whole ? 0 : 2, MidpointRounding.AwayFromZero);

    /// <summary>Re-draws a seed target's number and, for the plain <c>≥n单位</c>/<c>≤n单位</c> form, its way of writing.</summary>
    private static string Vary(string target, SplitMix rng)
    {
        var start = target.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return target;
        }

        var end = start;
        while (end < target.Length && (char.IsAsciiDigit(target[end]) || target[end] == '.'))
        {
            end++;
        }

        var written = target[start..end];
        var unit = target[end..];
        string number;
        var prefix = target[..start];
        if (unit.StartsWith('%'))
        {
            // Lower-is-better percentages (投诉率低于10%) keep their number; the others take a common target.
            number = prefix.AsSpan().IndexOfAny(LowerIsBetter) >= 0 || rng.Chance(500) ? written : rng.Pick(PercentTargets);
        }
        else if (written == "0" || !decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            number = written;
        }
        else
        {
            var drawn = value * rng.Between(0.5m, 2m, 2);
            number = written.Contains('.')
                ? decimal.Round(drawn, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)
                : Math.Max(1m, decimal.Round(drawn, 0, MidpointRounding.AwayFromZero)).ToString("0", CultureInfo.InvariantCulture);
        }

        if (prefix is not ("≥" or "≤") || unit.Length == 0 || rng.Chance(720))
        {
            return prefix + number + unit;
        }

        var atLeast = prefix == "≥";
        return rng.Below(7) switch
        {
            0 => (atLeast ? rng.Pick(["不少于", "不低于", "达到"]) : rng.Pick(["不超过", "不高于"])) + number + unit,
            1 => number + unit + (atLeast ? "以上" : "以内"),
            2 => atLeast ? number + unit : prefix + number + unit,
            3 => (atLeast ? "≧" : "≦") + number + unit,
            4 => prefix + FullWidth(number) + unit,
            5 => prefix + " " + number + " " + unit,
            _ => prefix + Thousands(number) + unit,
        };
    }

    private static string FullWidth(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            builder.Append(char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c == '.' ? '．' : c);
        }

        return builder.ToString();
    }

    private static string Thousands(string number) =>
        decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 1000m && value == decimal.Truncate(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : number;
}
