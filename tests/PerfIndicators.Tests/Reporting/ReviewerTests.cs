using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>The review engine over the year folder (see <see cref="ReviewKit"/>): counts add up, groups, lowest, bounded lists, failures.</summary>
public class ReviewerTests
{
    [Fact]
    public void Every_input_and_every_indicator_is_accounted_for()
    {
        var summary = ReviewKit.Review();

        summary.Inputs.Should().Be(new InputTally(Given: 18, Read: 15, Failed: 3, NotReported: 0, NotAssessable: 0));
        summary.Inputs.Assessed.Should().Be(15);
        (summary.Inputs.Read + summary.Inputs.Failed).Should().Be(summary.Inputs.Given);
        summary.Failures.Count.Should().Be(summary.Inputs.Failed);
        summary.Skipped.Should().ContainSingle(s => s.Path.EndsWith("README.txt", StringComparison.Ordinal));

        var t = summary.Indicators;
        t.Total.Should().Be(70);
        (t.Scored + t.NotApplicable + t.NeedsManualScoring).Should().Be(t.Total);
        (t.Met + t.PartiallyMet + t.NotMet).Should().Be(t.Scored);
        t.NotApplicable.Should().Be(1, "会展业务费 marks 经济合作项目 不适用");
        t.NeedsManualScoring.Should().Be(2, "a unit that cannot be reconciled (5次(篇)以上 vs 2篇) and a missing actual");

        summary.Grades.Sum(g => g.Count).Should().Be(summary.Inputs.Assessed);
        summary.Totals.Histogram.Sum(b => b.Count).Should().Be(summary.Inputs.Assessed);
        summary.Departments.Sum(d => d.Projects).Should().Be(summary.Inputs.Assessed);
        summary.Departments.Sum(d => d.Indicators).Should().Be(t.Total);
        summary.Departments.Should().AllSatisfy(d => d.Units.Sum(u => u.Projects).Should().Be(d.Projects));
        (summary.Execution.WithRate + summary.Execution.WithoutRate).Should().Be(summary.Inputs.Assessed);
        summary.Execution.Histogram.Sum(b => b.Count).Should().Be(summary.Execution.WithRate);
        summary.Scatter.Sum(c => c.Count).Should().Be(summary.Execution.WithRate);
        summary.LossByCategory.Sum(c => c.Indicators).Should().Be(t.Total - t.NotApplicable + summary.Execution.WithRate);
    }

    [Fact]
    public void Unreadable_files_are_listed_with_their_reasons_in_input_order()
    {
        var failures = ReviewKit.Review().Failures.Items;

        failures.Select(f => Path.GetFileName(f.Source)).Should().Equal("900-broken-invalid.json", "902-not-a-project.json", "903-empty.json");
        failures[0].Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(e => e.Code == FormatDiagnosticCodes.InvalidJson && e.Text.StartsWith("JSON 格式错误", StringComparison.Ordinal));
        failures[1].Errors.Should().Contain(e => e.Text.StartsWith("$.name", StringComparison.Ordinal)).And.Contain(e => e.Text.StartsWith("$.indicators", StringComparison.Ordinal));
        failures[2].Errors.Select(e => (e.Code, e.Text)).Should().Equal((FormatDiagnosticCodes.InputEmpty, "文件为空 (empty file)"));
        failures.Select(f => f.Index).Should().Equal(14, 16, 17);
    }

    [Fact]
    public void A_file_naming_another_policy_is_scored_under_the_review_policy_and_reported()
    {
        var summary = ReviewKit.Review();

        var mismatch = summary.PolicyMismatches.Items.Should().ContainSingle().Subject;
        mismatch.Requested.Should().Be("guangdong-2023");
        mismatch.Project.Name.Should().Be("广州博览会工作经费");
        summary.ReadWarnings.Items.Should().ContainSingle().Which.Warning.Text.Should().StartWith("$.scoringPolicy: 未知字段");
    }

    [Fact]
    public void Grades_per_department_and_unit_match_scoring_each_project_alone()
    {
        var summary = ReviewKit.Review();
        var alone = ReviewKit.ScoreEachAlone();

        alone.Should().HaveCount(15);
        foreach (var department in summary.Departments)
        {
            var mine = alone.Where(a => a.Department == department.Name).ToList();
            department.Projects.Should().Be(mine.Count);
            foreach (var grade in department.Grades)
            {
                grade.Count.Should().Be(mine.Count(a => a.Grade == grade.Grade), department.Name + " " + grade.Grade);
            }

            department.MeanTotal.Should().Be(decimal.Round(mine.Sum(a => a.Total) / mine.Count, 2, MidpointRounding.AwayFromZero));
            department.MinTotal.Should().Be(mine.Min(a => a.Total));
            foreach (var unit in department.Units)
            {
                unit.Projects.Should().Be(mine.Count(a => a.Unit == unit.Name));
            }
        }

        Grades(summary, "湖州市人民政府办公室").Should().Equal(2, 1, 1, 0);
        Grades(summary, "广州市协作办公室").Should().Equal(8, 0, 1, 1);
        Grades(summary, null).Should().Equal(1, 0, 0, 0);
        summary.Departments.Select(d => d.Name).Should().Equal("广州市协作办公室", "湖州市人民政府办公室", null);
        summary.Departments[0].Units.Select(u => u.Name).Should().Equal("广州市协作办公室", "广州市国内合作服务中心");
        summary.Grades.Select(g => (g.Grade, g.Count)).Should().Equal(("优", 11L), ("良", 1L), ("中", 2L), ("差", 1L));
    }

    [Fact]
    public void Lowest_projects_are_the_lowest_totals_with_the_indicators_that_cost_most()
    {
        var summary = ReviewKit.Review(new ReviewOptions { LowestCount = 3 });
        var expected = ReviewKit.ScoreEachAlone().OrderBy(a => a.Total).Take(3).Select(a => (a.ProjectName, a.Total));

        summary.Lowest.Select(p => (p.Name, p.Total)).Should().Equal(expected);
        summary.Lowest.Select(p => p.Name).Should().Equal("对口帮扶工作经费", "广州市对口帮扶清远指挥部工作经费", "数字政府建设专项");
        var worst = summary.Lowest[0];
        worst.Total.Should().Be(44.71m);
        worst.Grade.Should().Be("差");
        worst.Costliest.Should().HaveCount(3);
        worst.Costliest[0].Name.Should().Be("广州市对口帮扶对口支援工作社会影响力");
        worst.Costliest[0].Lost.Should().Be(21m, "未达成 on a 30-point qualitative indicator keeps the 30% default, 9 points");
        worst.Costliest.Select(c => c.Lost).Should().BeInDescendingOrder();
        summary.Lowest[1].Costliest[0].Should().Match<IndicatorLoss>(l => l.Name == "资金支出合法合规性" && l.Score == null && l.Lost == 20m);
    }

    [Fact]
    public void Low_execution_is_listed_lowest_first_with_whether_a_reason_was_given()
    {
        var execution = ReviewKit.Review().Execution;

        execution.Threshold.Should().Be(0.9m);
        execution.Below.Should().Be(5);
        execution.Lowest.Items.Select(n => n.Rate).Should().BeInAscendingOrder();
        execution.Lowest.Items[0].Project.Name.Should().Be("对口帮扶工作经费");
        execution.Lowest.Items[0].ReasonGiven.Should().BeTrue();
        execution.Lowest.Items.Should().Contain(n => n.Project.Name == "数字政府建设专项" && !n.ReasonGiven);
        execution.BelowWithoutReason.Should().Be(execution.Lowest.Items.Count(n => !n.ReasonGiven));
    }

    [Fact]
    public void Finding_lists_are_bounded_but_their_counts_stay_exact()
    {
        var full = ReviewKit.Review();
        var capped = ReviewKit.Review(new ReviewOptions { ListLimit = 2, LowestCount = 1 });

        full.MissingDeviationReasons.Count.Should().Be(20);
        full.OverAchievements.Count.Should().Be(11);
        full.NeedsManualScoring.Count.Should().Be(2);
        capped.MissingDeviationReasons.Count.Should().Be(20);
        capped.MissingDeviationReasons.Items.Select(Listed).Should().HaveCount(2).And.Equal(full.MissingDeviationReasons.Items.Take(2).Select(Listed));
        capped.MissingDeviationReasons.Unlisted.Should().Be(18);
        capped.OverAchievements.Items.Should().HaveCount(2);
        capped.Failures.Count.Should().Be(3);
        capped.Failures.Items.Should().HaveCount(2);
        capped.Execution.Lowest.Count.Should().Be(5);
        capped.Lowest.Should().ContainSingle().Which.Total.Should().Be(44.71m);
        full.FindingCounts.Single(c => c.Code == DiagnosticCodes.MissingDeviationReason).Count.Should().Be(20);
        full.FindingCounts.Single(c => c.Code == DiagnosticCodes.OverAchievement).Count.Should().Be(11);
        full.OverAchievements.Items.Should().Contain(n => n.Indicator == "开发并迭代升级总门户、12个重大任务(跑道)、特色跑道以及场景应用等微门户页面" && n.CompletionRatio == 1.65m);
    }

    /// <summary>A note as a list shows it: the project by its input position and name, and the note itself.</summary>
    private static (int, string, string, string, string, decimal, decimal?, decimal?, string) Listed(IndicatorNote note) =>
        (note.Project.Index, note.Project.Name, note.Indicator, note.Target, note.Actual, note.Points, note.Score, note.CompletionRatio, note.Message);

    [Fact]
    public void One_bad_input_never_stops_the_review()
    {
        var good = File.ReadAllText(Path.Combine(ReviewKit.YearFolder, "104-guangzhou-yuanzang.json"));
        IProjectSource[] sources =
        [
            ProjectSources.FromJson("a.json", good),
            ProjectSources.Create("throws", () => throw new InvalidOperationException("磁盘坏了")),
            ProjectSources.Create("null", () => null!),
            ProjectSources.FromFile(Path.Combine(ReviewKit.YearFolder, "no-such-file.json")),
            ProjectSources.FromFile(Path.Combine(ReviewKit.YearFolder, "README.txt")),
            ProjectSources.FromStream("stream.json", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(good))),
            ProjectSources.FromStream("not-utf8.json", () => new MemoryStream([0xB9, 0xE3, 0xD6, 0xDD])),
        ];

        var summary = new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = 3 }).Run(sources);

        summary.Inputs.Should().Be(new InputTally(7, 2, 5, 0, 0));
        var reasons = summary.Failures.Items.ToDictionary(f => f.Source, f => string.Join(" ", f.Errors));
        reasons["throws"].Should().Contain("InvalidOperationException").And.Contain("磁盘坏了");
        reasons["null"].Should().Contain("没有返回结果");
        reasons.Single(r => r.Key.EndsWith("no-such-file.json", StringComparison.Ordinal)).Value.Should().Contain("不存在");
        reasons.Single(r => r.Key.EndsWith("README.txt", StringComparison.Ordinal)).Value.Should().Contain("不支持的文件类型");
        reasons["not-utf8.json"].Should().Contain("UTF-8");
    }

    [Fact]
    public void Paths_are_expanded_in_order_and_what_is_not_an_input_is_reported()
    {
        var empty = Directory.CreateTempSubdirectory("perfind-review-empty-");
        try
        {
            var inputs = ProjectSources.FromPaths([Path.Combine(ReviewKit.YearFolder, "104-guangzhou-yuanzang.json"), empty.FullName, ReviewKit.YearFolder, "/no/such/place"]);

            inputs.Sources.Should().HaveCount(1 + 18 + 1);
            inputs.Sources[1].Name.Should().EndWith("001-huzhou-zonghe-yewu.json");
            inputs.Sources[^1].Name.Should().Be("/no/such/place");
            inputs.Skipped.Select(s => s.Reason).Should().Contain(r => r.Contains("没有项目文件", StringComparison.Ordinal)).And.Contain(r => r.Contains("不是可读的项目文件类型", StringComparison.Ordinal));
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        var act = () => new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Progress_is_reported_after_each_input_in_order()
    {
        var seen = new List<ReviewProgress>();
        var progress = new SynchronousProgress(seen.Add);

        new Reviewer(ScoringPolicy.National).Run(ProjectSources.FromPaths([ReviewKit.YearFolder]), progress: progress);

        seen.Select(p => p.Completed).Should().Equal(Enumerable.Range(1, 18));
        seen[^1].Should().Be(new ReviewProgress(18, 3, 18));
    }

    private static long[] Grades(ReviewSummary summary, string? department) =>
        [.. summary.Departments.Single(d => d.Name == department).Grades.Select(g => g.Count)];

    private sealed class SynchronousProgress(Action<ReviewProgress> report) : IProgress<ReviewProgress>
    {
        public void Report(ReviewProgress value) => report(value);
    }
}
