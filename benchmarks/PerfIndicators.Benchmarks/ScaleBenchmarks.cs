using BenchmarkDotNet.Attributes;
using PerfIndicators.Generator;
using PerfIndicators.Scoring;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// Reviews a generated year end to end (read each file, parse, score, write the assessment JSON to a null stream): on
/// one core (the baseline) and on all cores, in the same run, so the ratio is the scaling from 1 to all cores. The year
/// is 3,000 projects (about 30,000 indicators) of the synthetic-year generator; throughput in indicators per second is
/// that count divided by the mean. The setup checks that both runs score every file and agree on every total.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private string folder = null!;
    private string[] files = null!;
    private Evaluator evaluator = null!;
    private PipelineResult expected = null!;

    /// <summary>Projects in the generated year.</summary>
    [Params(3_000)]
    public int Projects { get; set; }

    /// <summary>Generates the year into a temporary folder and checks the pipeline on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "perfind-scale-" + Environment.ProcessId);
        var written = YearWriter.WriteFolder(new SyntheticYear(new YearOptions(Projects)), folder);
        files = ScalePipeline.Files(folder);
        evaluator = new Evaluator(ScoringPolicy.National);
        expected = ScalePipeline.Run(files, 1, evaluator);
        var parallel = ScalePipeline.Run(files, Environment.ProcessorCount, evaluator);
        if (expected.Projects != Projects || expected.Indicators != written.Indicators || expected.Unreadable != 0 || parallel != expected)
        {
            throw new InvalidOperationException($"The pipeline did not score the year: wrote {written.Indicators} indicators, sequential {expected}, parallel {parallel}.");
        }

        Console.WriteLine($"// {Projects} projects, {expected.Indicators} indicators, {Environment.ProcessorCount} cores");
    }

    /// <summary>Deletes the generated year.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>One core: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public PipelineResult OneCore() => ScalePipeline.Run(files, 1, evaluator);

    /// <summary>All cores (<see cref="Environment.ProcessorCount"/> workers).</summary>
    [Benchmark]
    public PipelineResult AllCores() => ScalePipeline.Run(files, Environment.ProcessorCount, evaluator);
}
