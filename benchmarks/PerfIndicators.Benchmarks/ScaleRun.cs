using System.Diagnostics;
using System.Globalization;
using PerfIndicators.Scoring;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// <c>scale &lt;folder&gt; [--threads N] [--repeat N]</c>: one real run of <see cref="ScalePipeline"/> over a generated year, for
/// the figures BenchmarkDotNet cannot give: total time for the whole year and the process's peak memory. Prints one
/// line per run and a tab-separated summary line.
/// </summary>
internal static class ScaleRun
{
    public static int Execute(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: scale <folder> [--threads N] [--repeat N]");
        var threads = Environment.ProcessorCount;
        var repeat = 1;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--threads": threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }

        var clock = Stopwatch.StartNew();
        var evaluator = new Evaluator(ScoringPolicy.National);
        var files = ScalePipeline.Files(folder);
        Console.Error.WriteLine($"scale: {files.Length} files listed and policy loaded in {clock.Elapsed.TotalSeconds:0.00} s; {threads} thread(s)");
        for (var run = 1; run <= repeat; run++)
        {
            using var before = Process.GetCurrentProcess();
            var cpuBefore = before.TotalProcessorTime;
            clock.Restart();
            var result = ScalePipeline.Run(files, threads, evaluator);
            var seconds = clock.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Join(
                '\t',
                "run " + run,
                "threads " + threads,
                "projects " + result.Projects,
                "indicators " + result.Indicators,
                "unreadable " + result.Unreadable,
                "errors " + result.ErrorFindings,
                "seconds " + seconds.ToString("0.000", CultureInfo.InvariantCulture),
                "cpu-seconds " + (process.TotalProcessorTime - cpuBefore).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
                "indicators/s " + (result.Indicators / seconds).ToString("0", CultureInfo.InvariantCulture),
                "peak-working-set-MB " + (process.PeakWorkingSet64 / 1024 / 1024),
                "allocated-MB " + (GC.GetTotalAllocatedBytes() / 1024 / 1024),
                "gen2 " + GC.CollectionCount(2),
                "total-of-totals " + result.TotalOfTotals.ToString(CultureInfo.InvariantCulture),
                "json-MB " + (result.Bytes / 1024 / 1024)));
        }

        return 0;
    }
}
