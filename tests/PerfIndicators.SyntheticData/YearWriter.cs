using System.Collections.Concurrent;

namespace PerfIndicators.Generator;

/// <summary>What was written: counts, bytes and how many indicators of each intent.</summary>
/// <param name="Projects">Projects written.</param>
/// <param name="Indicators">Indicator rows written.</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="Intents">Rows per intent.</param>
public sealed record YearSummary(long Projects, long Indicators, long Bytes, IReadOnlyDictionary<IndicatorIntent, long> Intents);

/// <summary>Writes a synthetic year to disk: a folder of files (in parallel) or one JSON Lines stream (in order).</summary>
public static class YearWriter
{
    private const int Batch = 2048;

    /// <summary>Writes each project to <c>folder/p0000000.json</c> (indented UTF-8, no BOM).</summary>
    /// <param name="year">The year.</param>
    /// <param name="folder">The folder; created when missing.</param>
    public static YearSummary WriteFolder(SyntheticYear year, string folder)
    {
        ArgumentNullException.ThrowIfNull(year);
        Directory.CreateDirectory(folder);
        var counter = new Counter();
        Parallel.For(0, year.Options.Projects, index =>
        {
            var project = year.Project(index);
            var bytes = ProjectJson.ToUtf8(project);
            File.WriteAllBytes(Path.Combine(folder, project.FileName), bytes);
            counter.Add(project, bytes.Length);
        });
        return counter.Summary();
    }

    /// <summary>Writes one project per line (compact UTF-8) to <paramref name="path"/>, or to standard output for <c>-</c>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="path">The file, or <c>-</c>.</param>
    public static YearSummary WriteJsonLines(SyntheticYear year, string path)
    {
        ArgumentNullException.ThrowIfNull(year);
        using var output = path == "-" ? Console.OpenStandardOutput() : File.Create(path);
        var counter = new Counter();
        var buffer = new byte[Batch][];
        for (var start = 0; start < year.Options.Projects; start += Batch)
        {
            var count = Math.Min(Batch, year.Options.Projects - start);
            Parallel.For(0, count, i =>
            {
                var project = year.Project(start + i);
                buffer[i] = ProjectJson.ToUtf8(project, indented: false);
                counter.Add(project, buffer[i].Length + 1);
            });
            for (var i = 0; i < count; i++)
            {
                output.Write(buffer[i]);
                output.WriteByte((byte)'\n');
            }
        }

        return counter.Summary();
    }

    private sealed class Counter
    {
        private readonly ConcurrentDictionary<IndicatorIntent, long> intents = new();
        private long projects;
        private long indicators;
        private long bytes;

        public void Add(GeneratedProject project, int size)
        {
            Interlocked.Increment(ref projects);
            Interlocked.Add(ref indicators, project.Indicators.Length);
            Interlocked.Add(ref bytes, size);
            foreach (var row in project.Indicators)
            {
                intents.AddOrUpdate(row.Intent, 1, (_, n) => n + 1);
            }
        }

        public YearSummary Summary() => new(projects, indicators, bytes, new SortedDictionary<IndicatorIntent, long>(intents));
    }
}
