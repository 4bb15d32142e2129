using NodaTime;
using PerfIndicators.Formats.Files;
using PerfIndicators.Formats.Templates;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>
/// Monitors a folder (or several paths) of project JSON files and filled templates, read as <c>perfind review</c> reads
/// them: every file is monitored or listed as not read with why; one bad file stops nothing.
/// </summary>
public static class MonitorInputs
{
    /// <summary>Reads and monitors every input of <paramref name="paths"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="paths">Files and folders (a folder's project files, not its subfolders).</param>
    /// <param name="monitor">The monitor, with its policy's thresholds.</param>
    /// <param name="asOf">The monitoring date.</param>
    /// <returns>The summary, its projects in the order of <see cref="MonitoringSummary.Listed"/>.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static MonitoringSummary Run(IEnumerable<string> paths, ProgressMonitor monitor, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(monitor);
        var inputs = ProjectSources.FromPaths(paths, FilledTemplateFormat.ReviewSources);
        var projects = new List<MonitoredProject>();
        var failed = new List<MonitorInputFailure>();
        foreach (var source in inputs.Sources)
        {
            var read = source.Read();
            if (read.Input is { } input)
            {
                projects.Add(new MonitoredProject(source.Name, monitor.Monitor(input, asOf)));
            }
            else
            {
                failed.Add(new MonitorInputFailure(source.Name, string.Join("；", read.Errors.Select(e => e.Text))));
            }
        }

        return MonitoringSummary.Of(projects, asOf, failed);
    }
}
