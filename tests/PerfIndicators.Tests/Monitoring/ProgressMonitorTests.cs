using FluentAssertions;
using NodaTime;
using PerfIndicators.Lint;
using PerfIndicators.Monitoring;
using Xunit;

namespace PerfIndicators.Tests.Monitoring;

/// <summary>
/// Mid-year monitoring on generated mid-year data for the project of TestData/Scoring/huzhou-liaison-2023.json (湖州市
/// 驻京联络处工作经费: 189.5 万元; 亿元以上招商签约项目 ≥90个): on track, behind and ahead as of 8月31日, deadlines, and
/// the time elapsed on leap years and at the edges of the fiscal year.
/// </summary>
public sealed class ProgressMonitorTests
{
    private static readonly ProgressMonitor Monitor = new(LintPolicy.National);
    private static readonly LocalDate August31 = new(2023, 8, 31);

    /// <summary>243 of 365 days: 66.58% of 2023 elapsed on 8月31日.</summary>
    private const decimal ShareOnAugust31 = 243m / 365m;

    private static AssessmentInput Project(decimal executed, string signed, params IndicatorInput[] more) =>
        new("驻京联络处工作经费", [IndicatorInput.FromText("亿元以上招商签约项目", "≥90个", signed, "产出指标", "数量指标"), .. more])
        {
            FiscalYear = 2023,
            Department = "湖州市人民政府办公室",
            Budget = new BudgetInput { Initial = 189.5m, Adjusted = 189.5m, Executed = executed },
        };

    [Fact]
    public void On_track_execution_and_signings_are_green()
    {
        var report = Monitor.Monitor(Project(executed: 125m, signed: "60个"), August31);

        report.TimeShare.Should().Be(ShareOnAugust31);
        report.Status.Should().Be(MonitorStatus.Green);
        report.DecidingRule.Should().Be(ProgressMonitor.OnTrack);
        report.Execution.Share.Should().Be(125m / 189.5m);
        report.Indicators[0].Progress.Should().Be(60m / 90m);
        report.Indicators[0].Projection.Should().Be("90.12个");
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Execution_behind_by_more_than_the_red_gap_is_red_and_decides()
    {
        var report = Monitor.Monitor(Project(executed: 80m, signed: "60个"), August31);

        report.Status.Should().Be(MonitorStatus.Red);
        report.DecidingRule.Should().Be(ProgressMonitor.ExecutionBehind);
        report.Execution.Gap.Should().Be(24.36m, "66.58% − 42.22% = 24.36 points");
        report.Findings.Should().ContainSingle().Which.Message.Should().Be("预算执行率 42.22% 低于序时进度 66.58% 24.36 个百分点（budget execution behind the time elapsed）");
    }

    [Fact]
    public void An_indicator_behind_by_the_yellow_gap_is_yellow()
    {
        var report = Monitor.Monitor(Project(executed: 125m, signed: "50个"), August31);

        report.Status.Should().Be(MonitorStatus.Yellow);
        report.DecidingRule.Should().Be(ProgressMonitor.IndicatorBehind);
        report.Indicators[0].Status.Should().Be(MonitorStatus.Yellow);
        report.Findings.Should().ContainSingle().Which.Location.Indicator.Should().Be("亿元以上招商签约项目");
    }

    [Fact]
    public void Far_ahead_is_reported_but_stays_green()
    {
        var report = Monitor.Monitor(Project(executed: 125m, signed: "88个"), August31);

        report.Status.Should().Be(MonitorStatus.Green);
        report.Findings.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MonitorAhead);
    }

    [Theory]
    [InlineData("2023年8月20日前", "", MonitorStatus.Red)]
    [InlineData("2023年9月20日前", "", MonitorStatus.Yellow)]
    [InlineData("2023年11月30日前", "", MonitorStatus.Green)]
    [InlineData("2023年8月20日前", "已完成", MonitorStatus.Green)]
    public void An_open_deadline_is_at_risk_when_near_and_red_when_passed(string deadline, string actual, MonitorStatus expected)
    {
        var report = Monitor.Monitor(Project(125m, "60个", IndicatorInput.FromText("完成京湖合作活动", deadline, actual, "产出指标", "时效指标")), August31);

        report.Indicators[1].Status.Should().Be(expected);
        report.DecidingRule.Should().Be(expected == MonitorStatus.Green ? ProgressMonitor.OnTrack : ProgressMonitor.DeadlineAtRisk);
    }

    [Fact]
    public void No_execution_to_date_is_yellow_and_said()
    {
        var report = Monitor.Monitor(new AssessmentInput("驻京联络处工作经费", []) { FiscalYear = 2023, Budget = new BudgetInput { Initial = 189.5m } }, August31);

        report.Status.Should().Be(MonitorStatus.Yellow);
        report.DecidingRule.Should().Be(ProgressMonitor.ExecutionUnknown);
        report.Findings.Single().Code.Should().Be(DiagnosticCodes.MonitorExecutionUnknown);
    }

    [Theory]
    [InlineData(2023, 2023, 1, 1, 1, 365)]
    [InlineData(2023, 2023, 12, 31, 365, 365)]
    [InlineData(2024, 2024, 2, 29, 60, 366)]
    [InlineData(2024, 2024, 8, 31, 244, 366)]
    [InlineData(2024, 2024, 12, 31, 366, 366)]
    [InlineData(2023, 2022, 12, 31, 0, 365)]
    [InlineData(2023, 2024, 1, 15, 365, 365)]
    public void Time_elapsed_counts_the_day_itself_in_leap_and_common_years(int fiscalYear, int year, int month, int day, int elapsed, int days)
    {
        ProgressMonitor.TimeElapsed(fiscalYear, new LocalDate(year, month, day)).Should().Be((decimal)elapsed / days);
    }

    [Fact]
    public void Thresholds_come_from_the_policy()
    {
        var lenient = LintPolicy.Parse("""{ "extends": "national", "id": "lenient", "monitoring": { "yellowGap": 30, "redGap": 40 } }""");

        var report = new ProgressMonitor(lenient).Monitor(Project(executed: 80m, signed: "60个"), August31);

        report.Status.Should().Be(MonitorStatus.Green);
    }
}
