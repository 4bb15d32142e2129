using System.Text;
using FluentAssertions;
using PerfIndicators.Generator;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>The synthetic-year generator: deterministic, and its output is valid input that scores the way it was meant to.</summary>
public sealed class SyntheticYearTests
{
    private static readonly Evaluator National = new(ScoringPolicy.National);

    [Fact]
    public void Same_seed_gives_the_same_bytes_and_another_seed_does_not()
    {
        var first = new SyntheticYear(new YearOptions(300, Seed: 7));
        var again = new SyntheticYear(new YearOptions(300, Seed: 7));
        var other = new SyntheticYear(new YearOptions(300, Seed: 8));

        var a = first.Projects().Select(p => ProjectJson.ToUtf8(p)).ToList();
        var b = again.Projects().Select(p => ProjectJson.ToUtf8(p)).ToList();
        var c = other.Projects().Select(p => ProjectJson.ToUtf8(p)).ToList();

        a.Zip(b).All(pair => pair.First.SequenceEqual(pair.Second)).Should().BeTrue();
        a.Zip(c).Count(pair => pair.First.SequenceEqual(pair.Second)).Should().Be(0);
    }

    [Fact]
    public void A_project_depends_only_on_the_seed_the_size_and_its_index_so_it_can_be_made_alone_or_in_parallel()
    {
        var year = new SyntheticYear(new YearOptions(500));
        var inOrder = year.Projects().Select(p => ProjectJson.ToText(p)).ToArray();
        var inParallel = new string[500];
        Parallel.For(0, 500, i => inParallel[499 - i] = ProjectJson.ToText(year.Project(499 - i)));

        inParallel.Should().Equal(inOrder);
    }

    [Fact]
    public void Files_and_json_lines_hold_the_same_projects()
    {
        var year = new SyntheticYear(new YearOptions(25, Seed: 11));
        var folder = Path.Combine(Path.GetTempPath(), "perfind-gen-" + Guid.NewGuid().ToString("N"));
        var lines = folder + ".jsonl";
        try
        {
            var files = YearWriter.WriteFolder(year, folder);
            var stream = YearWriter.WriteJsonLines(year, lines);

            files.Projects.Should().Be(25);
            stream.Indicators.Should().Be(files.Indicators);
            var read = File.ReadAllLines(lines, Encoding.UTF8);
            read.Should().HaveCount(25);
            for (var i = 0; i < 25; i++)
            {
                var fromFile = ScoringJson.ReadProject(File.ReadAllText(Path.Combine(folder, year.Project(i).FileName), Encoding.UTF8));
                var fromLine = ScoringJson.ReadProject(read[i]);
                ScoringJson.WriteAssessment(National.Evaluate(fromFile.Input!)).Should().Be(ScoringJson.WriteAssessment(National.Evaluate(fromLine.Input!)));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            File.Delete(lines);
        }
    }

    [Fact]
    public void A_sample_reads_and_scores_as_the_generator_meant_with_no_error_it_did_not_mean()
    {
        var year = new SyntheticYear(new YearOptions(2_000, Seed: 20231231));
        var problems = new List<string>();
        foreach (var generated in year.Projects())
        {
            var json = ProjectJson.ToText(generated);
            var read = ScoringJson.ReadProject(json);
            read.Errors.Should().BeEmpty();
            read.Warnings.Should().BeEmpty();
            var assessment = National.Evaluate(read.Input!);
            problems.AddRange(Check(generated, assessment).Select(p => generated.FileName + ": " + p));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_year_has_the_seed_documents_mix_and_every_intended_case()
    {
        var year = new SyntheticYear(new YearOptions(3_000));
        var rows = year.Projects().SelectMany(p => p.Indicators).ToList();

        ((decimal)rows.Count / 3_000).Should().BeInRange(9m, 11m);
        Enum.GetValues<IndicatorIntent>().Should().OnlyContain(intent => rows.Any(r => r.Intent == intent));
        var output = rows.Count(r => r.Category.StartsWith("产出", StringComparison.Ordinal));
        var satisfaction = rows.Count(r => r.Category.StartsWith("满意度", StringComparison.Ordinal));
        ((decimal)output / rows.Count).Should().BeInRange(0.55m, 0.70m);
        satisfaction.Should().BePositive();
        rows.Should().Contain(r => r.MissingReason);

        var targets = rows.Select(r => r.Target).ToHashSet();
        targets.Should().Contain(t => t.StartsWith("不少于", StringComparison.Ordinal));
        targets.Should().Contain(t => t.EndsWith("以上", StringComparison.Ordinal));
        targets.Should().Contain(t => t.StartsWith('≧'));
        targets.Any(t => t.Any(c => c is >= '０' and <= '９')).Should().BeTrue("full-width digits are among the forms");
        targets.Should().Contain(t => t.Contains('万'));
        targets.Should().Contain(t => t == "12月底前");
        targets.Should().Contain(t => t.Contains("即达标", StringComparison.Ordinal));
        targets.Should().Contain(t => IndicatorParser.ParseTarget(t).Value is QualitativeTarget);
        year.Projects().Select(p => p.Department).Distinct().Count().Should().BeGreaterThan(4);
        year.Projects().Select(p => p.Budget.Intent).Distinct().Should().HaveCount(Enum.GetValues<BudgetIntent>().Length);
    }

    private static IEnumerable<string> Check(GeneratedProject generated, SelfAssessment assessment)
    {
        assessment.Indicators.Length.Should().Be(generated.Indicators.Length);
        for (var i = 0; i < generated.Indicators.Length; i++)
        {
            var meant = generated.Indicators[i];
            var scored = assessment.Indicators[i];
            var expected = meant.Intent switch
            {
                IndicatorIntent.Met or IndicatorIntent.OverAchieved => IndicatorOutcome.Met,
                IndicatorIntent.Partial => IndicatorOutcome.PartiallyMet,
                IndicatorIntent.NotMet => IndicatorOutcome.NotMet,
                IndicatorIntent.NotApplicable => IndicatorOutcome.NotApplicable,
                _ => IndicatorOutcome.NeedsManualScoring,
            };
            var what = "[" + i + "] " + meant.Name + " " + meant.Target + " / " + meant.Actual + " (" + meant.Intent + ")";
            if (scored.Outcome != expected)
            {
                yield return what + ": outcome " + scored.Outcome + ", meant " + expected + " — " + scored.Explanation;
            }

            if (((scored.Flags & IndicatorFlags.OverAchievement) != 0) != (meant.Intent == IndicatorIntent.OverAchieved))
            {
                yield return what + ": over-achievement flag " + scored.Flags;
            }

            if (((scored.Flags & IndicatorFlags.MissingDeviationReason) != 0) != meant.MissingReason)
            {
                yield return what + ": missing-deviation-reason flag " + scored.Flags + ", meant " + meant.MissingReason;
            }

            if (meant.Intent == IndicatorIntent.TextActual && (scored.Flags & IndicatorFlags.TextActualOnQuantitative) == 0)
            {
                yield return what + ": no text-actual flag";
            }
        }

        foreach (var finding in assessment.Findings.Where(f => f.Severity == DiagnosticSeverity.Error))
        {
            if (finding.Code is not (DiagnosticCodes.UnscorableTarget or DiagnosticCodes.UnrecognizedTarget) || !generated.Indicators.Any(r => r.Intent == IndicatorIntent.UnrecognizedTarget && r.Name == finding.Location.Indicator))
            {
                yield return "unintended error " + finding;
            }
        }

        var codes = assessment.Findings.Select(f => f.Code).ToHashSet();
        var budgetCode = generated.Budget.Intent switch
        {
            BudgetIntent.Low => "PI3006",
            BudgetIntent.Overspent => "PI3022",
            BudgetIntent.Zero => "PI3007",
            _ => null,
        };
        if (budgetCode is not null && !codes.Contains(budgetCode))
        {
            yield return "budget " + generated.Budget.Intent + " without " + budgetCode + ": " + assessment.BudgetExecution.Explanation;
        }

        if (generated.Budget.Intent == BudgetIntent.Normal && (codes.Contains("PI3006") || codes.Contains("PI3022") || codes.Contains("PI3007")))
        {
            yield return "normal budget with an execution finding: " + assessment.BudgetExecution.Explanation;
        }
    }
}
