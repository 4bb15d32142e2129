using System.Collections.Immutable;
using NodaTime;

namespace PerfIndicators.Monitoring;

/// <summary>
/// Many projects' mid-year monitoring in numbers, as a finance department reads it: how many are green, yellow and red,
/// which rules decided, and each department's projects; the projects themselves listed worst first.
/// </summary>
/// <param name="AsOf">The monitoring date.</param>
/// <param name="Projects">Projects monitored.</param>
/// <param name="Green">Projects on track.</param>
/// <param name="Yellow">Projects at yellow.</param>
/// <param name="Red">Projects at red.</param>
/// <param name="MeanExecution">The mean of the projects' execution to date (executed ÷ budget), over those that have both amounts.</param>
/// <param name="ByRule">Projects by the rule that decided their status, most first (then by rule id).</param>
/// <param name="ByDepartment">Departments in order of name; projects with no department under <see cref="NoDepartment"/>.</param>
/// <param name="Listed">Every project, red first, then yellow, then green; within a status by execution gap, largest first, then by name.</param>
/// <param name="Failed">Inputs that could not be read or monitored, each with why (counted apart; they stop nothing).</param>
public sealed record MonitoringSummary(
    LocalDate AsOf,
    int Projects,
    int Green,
    int Yellow,
    int Red,
    decimal? MeanExecution,
    ImmutableArray<MonitorRuleCount> ByRule,
    ImmutableArray<MonitorDepartmentCount> ByDepartment,
    ImmutableArray<MonitoredProject> Listed,
    ImmutableArray<MonitorInputFailure> Failed)
{
    /// <summary>The label for projects whose department is not known.</summary>
    public const string NoDepartment = "（未填写部门）";

    /// <summary>Counts <paramref name="projects"/> monitored as of <paramref name="asOf"/>.</summary>
    /// <param name="projects">The projects' monitoring reports, each with the input it came from.</param>
    /// <param name="asOf">The monitoring date they were made for.</param>
    /// <param name="failed">Inputs that could not be read, or <see langword="null"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="projects"/> is <see langword="null"/>.</exception>
    public static MonitoringSummary Of(IEnumerable<MonitoredProject> projects, LocalDate asOf, IEnumerable<MonitorInputFailure>? failed = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var monitored = projects.ToList();
        var list = monitored.ConvertAll(p => p.Report);
        var byRule = list.GroupBy(r => r.DecidingRule, StringComparer.Ordinal)
            .Select(g => new MonitorRuleCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Projects).ThenBy(c => c.Rule, StringComparer.Ordinal)
            .ToImmutableArray();
        var byDepartment = list.GroupBy(r => string.IsNullOrWhiteSpace(r.Department) ? NoDepartment : r.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MonitorDepartmentCount(g.Key, g.Count(), Count(g, MonitorStatus.Green), Count(g, MonitorStatus.Yellow), Count(g, MonitorStatus.Red), Mean(g)))
            .ToImmutableArray();
        var listed = monitored.OrderByDescending(p => p.Report.Status)
            .ThenByDescending(p => p.Report.Execution.Gap ?? decimal.MinValue)
            .ThenBy(p => p.Report.Project, StringComparer.Ordinal)
            .ThenBy(p => p.Source, StringComparer.Ordinal)
            .ToImmutableArray();
        return new MonitoringSummary(
            asOf, list.Count, Count(list, MonitorStatus.Green), Count(list, MonitorStatus.Yellow), Count(list, MonitorStatus.Red), Mean(list), byRule, byDepartment, listed,
            failed is null ? [] : [.. failed]);
    }

    private static int Count(IEnumerable<MonitoringReport> reports, MonitorStatus status) => reports.Count(r => r.Status == status);

    private static decimal? Mean(IEnumerable<MonitoringReport> reports)
    {
        var shares = reports.Select(r => r.Execution.Share).OfType<decimal>().ToList();
        return shares.Count == 0 ? null : shares.Sum() / shares.Count;
    }
}

/// <summary>Projects whose status one rule decided.</summary>
/// <param name="Rule">The rule id (<c>on-track</c> for green projects).</param>
/// <param name="Projects">How many projects it decided.</param>
public sealed record MonitorRuleCount(string Rule, int Projects);

/// <summary>One department's projects in a monitoring summary.</summary>
/// <param name="Department">The department, or <see cref="MonitoringSummary.NoDepartment"/>.</param>
/// <param name="Projects">Its projects.</param>
/// <param name="Green">Those on track.</param>
/// <param name="Yellow">Those at yellow.</param>
/// <param name="Red">Those at red.</param>
/// <param name="MeanExecution">The mean execution to date of its projects that have both amounts.</param>
public sealed record MonitorDepartmentCount(string Department, int Projects, int Green, int Yellow, int Red, decimal? MeanExecution);

/// <summary>A project's monitoring with the input it was read from.</summary>
/// <param name="Source">The file (and project within it) it came from.</param>
/// <param name="Report">Its monitoring.</param>
public sealed record MonitoredProject(string Source, MonitoringReport Report);

/// <summary>An input of a monitoring run that could not be read.</summary>
/// <param name="Source">The file.</param>
/// <param name="Reason">Why, in Chinese with an English gloss.</param>
public sealed record MonitorInputFailure(string Source, string Reason);
