using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// <c>floor &lt;folder&gt; [--threads N]</c>: the floor of a year's review — list the folder's <c>*.json</c> as the review does,
/// read every file and tokenize its JSON with <see cref="Utf8JsonReader"/>, nothing parsed, scored or written. The year's
/// end-to-end run is read as a ratio to this, measured in the same session (<c>benchmarks/YearRun/run.sh</c>).
/// </summary>
internal static class FloorRun
{
    public static int Execute(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: floor <folder> [--threads N]");
        var threads = args is [_, "--threads", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        var files = ScalePipeline.Files(folder);
        long tokens = 0, bytes = 0, strings = 0;
        // Contiguous ranges of about 1,000 files, handed out to the workers in order.
        var size = Math.Max(1, Math.Min(1000, files.Length / Math.Max(1, threads * 4)));
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, files.Length, size),
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            range =>
            {
                long t = 0, b = 0, s = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var data = File.ReadAllBytes(files[i]);
                    b += data.Length;
                    var reader = new Utf8JsonReader(data, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
                    while (reader.Read())
                    {
                        t++;
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            s += reader.ValueSpan.Length;
                        }
                    }
                }

                Interlocked.Add(ref tokens, t);
                Interlocked.Add(ref bytes, b);
                Interlocked.Add(ref strings, s);
            });
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Join(
            '\t',
            "floor",
            "threads " + threads,
            "files " + files.Length,
            "MB " + (bytes / 1024 / 1024),
            "tokens " + tokens,
            "seconds " + clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
            "cpu-seconds " + process.TotalProcessorTime.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
            "peak-working-set-MB " + (process.PeakWorkingSet64 / 1024 / 1024)));
        return 0;
    }
}
