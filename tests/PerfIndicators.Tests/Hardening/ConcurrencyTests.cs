using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Documents;
using PerfIndicators.Tests.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// One loaded policy and one evaluator used from many threads at once give byte for byte what sequential use gives;
/// loading policies, parsing and reading documents concurrently are safe; and the outputs are the same bytes in another
/// process (where string hashing and everything else that could vary between runs is different). Every stress loop is
/// bounded by an iteration count.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    private static readonly string[] TargetsAndActuals =
    [
        "≥90%|85%", "≥90%|110%", "≤10%|12%", "=0起|1起", "=100|120", "合法合规|部分达成", "≥10万人|123000人", "80%-90%|95%",
        "±10%|-12%", "12月底前|2023年11月20日", "90%以上得10分，每降5%扣1分，扣完为止|82%", "满意度指标低于90%不得分，大于等于90%得满分|91%",
        "未达指标值酌情扣分|80%", "≥95%|", "有所提升|完成", "≥600篇|0.92", "≤30天|45天", "2022年1月1日至2022年12月31日|2022年12月31日",
    ];

    /// <summary>Projects made from a fixed seed: the same every run.</summary>
    private static List<AssessmentInput> Projects(int count)
    {
        var random = new Random(7);
        var projects = new List<AssessmentInput>();
        for (var p = 0; p < count; p++)
        {
            var rows = new List<IndicatorInput>();
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                var parts = TargetsAndActuals[random.Next(TargetsAndActuals.Length)].Split('|');
                rows.Add(new IndicatorInput("指标" + rows.Count, IndicatorParser.ParseTarget(parts[0]).Value!)
                {
                    Category = (IndicatorCategory)random.Next(1, 5),
                    Actual = parts[1].Length == 0 ? null : IndicatorParser.ParseActual(parts[1]).Value,
                    Points = random.Next(3) == 0 ? null : random.Next(0, 3000) / 100m,
                    DeviationReason = random.Next(2) == 0 ? null : "原因",
                    NotApplicable = random.Next(20) == 0,
                    EvaluatorScore = random.Next(5) == 0 ? random.Next(0, 1000) / 100m : null,
                });
            }

            projects.Add(new AssessmentInput("项目" + p, rows)
            {
                FiscalYear = 2023,
                Budget = new BudgetInput { Adjusted = random.Next(0, 100000), Executed = random.Next(0, 120000) },
            });
        }

        return projects;
    }

    private static string Output(SelfAssessment assessment) =>
        ScoringJson.WriteAssessment(assessment) + "\n" + SelfAssessmentText.ToMarkdown(assessment) + "\n" + SelfAssessmentText.ToTable(assessment);

    /// <summary>Starts <see cref="Threads"/> threads together and waits for all; each runs <paramref name="work"/> with its index.</summary>
    private static void Together(Action<int> work)
    {
        using var start = new Barrier(Threads);
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                work(t);
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        failures.Should().BeEmpty();
    }

    [Fact]
    public void One_policy_and_one_evaluator_used_from_eight_threads_give_the_same_bytes_as_sequential_use()
    {
        var projects = Projects(60);
        foreach (var id in new[] { "national", "execution-caps" })
        {
            var evaluator = new Evaluator(ScoringPolicy.Get(id));
            var expected = projects.Select(p => Output(evaluator.Evaluate(p))).ToArray();
            var results = new string[Threads][];

            // Each thread walks the projects from a different starting point, so different rules run at the same moment.
            Together(t => results[t] = [.. Enumerable.Range(0, projects.Count).Select(i => Output(evaluator.Evaluate(projects[(i + (t * 7)) % projects.Count])))]);

            for (var t = 0; t < Threads; t++)
            {
                var rotated = Enumerable.Range(0, projects.Count).Select(i => expected[(i + (t * 7)) % projects.Count]);
                results[t].Should().Equal(rotated, "thread {0} under {1}", t, id);
            }
        }
    }

    [Fact]
    public void Scoring_single_indicators_from_eight_threads_gives_the_sequential_scores_and_explanations()
    {
        var evaluator = new Evaluator(ScoringPolicy.Get("national-linear"));
        var cases = TargetsAndActuals.Select(c => c.Split('|'))
            .Select(p => (Target: IndicatorParser.ParseTarget(p[0]).Value!, Actual: p[1].Length == 0 ? null : IndicatorParser.ParseActual(p[1]).Value))
            .ToArray();
        string Describe(int i)
        {
            var score = evaluator.ScoreIndicator(cases[i].Target, cases[i].Actual, 10m, fiscalYear: 2023);
            return score.Score + "|" + score.Outcome + "|" + score.Flags + "|" + score.RuleId + "|" + score.Explain();
        }

        var expected = Enumerable.Range(0, cases.Length).Select(Describe).ToArray();

        Together(t =>
        {
            for (var round = 0; round < 300; round++)
            {
                var i = (round * (t + 1)) % cases.Length;
                Describe(i).Should().Be(expected[i]);
            }
        });
    }

    [Fact]
    public void Loading_policies_concurrently_gives_the_same_policies_without_exceptions()
    {
        var folder = RulesFolder();
        var files = Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith("policy.schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        string Summary(ScoringPolicy p) => p.Id + " " + p.ContentHash + " " + string.Join(",", p.IndicatorRuleIds) + " " + string.Join(",", p.BudgetRuleIds);
        var expected = files.Select(f => Summary(PolicyFiles.Load(f))).ToArray();
        var probe = Projects(5);
        var expectedScores = files.Select(f => string.Join("\n", probe.Select(p => Output(new Evaluator(PolicyFiles.Load(f)).Evaluate(p))))).ToArray();

        Together(t =>
        {
            for (var round = 0; round < 3; round++)
            {
                var k = (t + round) % files.Length;
                var policy = PolicyFiles.Load(files[k]);
                Summary(policy).Should().Be(expected[k]);
                string.Join("\n", probe.Select(p => Output(new Evaluator(policy).Evaluate(p)))).Should().Be(expectedScores[k]);
                ScoringPolicy.Get(ScoringPolicy.EmbeddedIds[(t + round) % ScoringPolicy.EmbeddedIds.Length]).Should().NotBeNull();
                ScoringPolicy.Available().Should().HaveCount(ScoringPolicy.EmbeddedIds.Length);
            }
        });
    }

    [Fact]
    public void Parsing_and_reading_documents_concurrently_give_the_sequential_bytes()
    {
        var cells = File.ReadAllLines(SamplesFile()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        string ParseAll(int offset) => string.Join("\n", Enumerable.Range(0, cells.Length).Select(i => CellJson(cells[(i + offset) % cells.Length])));
        var expectedCells = Enumerable.Range(0, cells.Length).Select(i => CellJson(cells[i])).ToArray();
        var documents = DocumentTestData.Seeds.Select(s => DocumentJsonOf(DocumentTestData.Text(s))).ToArray();

        Together(t =>
        {
            for (var round = 0; round < 3; round++)
            {
                var offset = t * 3 + round;
                ParseAll(offset).Should().Be(string.Join("\n", Enumerable.Range(0, cells.Length).Select(i => expectedCells[(i + offset) % cells.Length])));
                var seed = (t + round) % DocumentTestData.Seeds.Length;
                DocumentJsonOf(DocumentTestData.Text(DocumentTestData.Seeds[seed])).Should().Be(documents[seed]);
            }
        });
    }

    [Fact]
    public void Another_process_writes_the_same_bytes_for_the_same_inputs()
    {
        // A second process has its own string-hash seed, its own JIT, its own static state: if anything in the output
        // depended on hash order or on what ran before, the bytes would differ.
        var project = ScoringKit.TestData("huzhou-liaison-2023.json");
        var document = DocumentTestData.PathOf("guangzhou.txt");
        var runs = new[]
        {
            new[] { "score", project, "--format", "json" },
            ["score", project, "--format", "markdown", "--policy", "execution-caps"],
            ["extract", document, "--json"],
            ["parse", "--file", SamplesFile(), "--json"],
        };

        foreach (var args in runs)
        {
            var (inProcessExit, inProcess, _) = Cli.CliRunner.Run(args);
            var (exit, child) = RunPerfind(args);
            exit.Should().Be(inProcessExit, string.Join(" ", args));
            child.Should().Be(inProcess, "perfind {0} in another process", string.Join(" ", args));
        }
    }

    private static (int Exit, string Out) RunPerfind(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "perfind.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result);
    }

    private static string CellJson(string cell)
    {
        var result = IndicatorParser.ParseCell(cell);
        return Json(w =>
        {
            w.WriteStartArray();
            foreach (var indicator in result.Indicators)
            {
                JsonContract.WriteIndicator(w, indicator);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                JsonContract.WriteDiagnostic(w, diagnostic);
            }

            w.WriteEndArray();
        });
    }

    private static string DocumentJsonOf(string text) => Json(w => DocumentJson.Write(w, BudgetDocumentReader.ReadText(text).GetDocumentOrThrow()));

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonContract.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string RulesFolder() => Path.Combine(TestPaths.RepositoryRoot!, "rules");

    private static string SamplesFile() => Path.Combine(TestPaths.RepositoryRoot!, "samples", "indicator-cells.txt");
}
