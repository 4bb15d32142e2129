using FluentAssertions;
using PerfIndicators.Fuzz;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Every fuzz target (fuzz/PerfIndicators.Fuzz/FuzzTargets.cs, compiled in here too) run over its seed corpus
/// (fuzz/seeds/&lt;target&gt;) and over every input the fuzzer ever found to crash or hang
/// (TestData/Hardening/&lt;target&gt;): the harness cannot rot, and a finding stays fixed.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "FuzzSeeds");
    private static readonly string Findings = Path.Combine(AppContext.BaseDirectory, "TestData", "Hardening");

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_seed_and_every_saved_finding_passes_its_target(string target)
    {
        var run = FuzzTargets.Find(target)!;
        var inputs = new[] { Path.Combine(Seeds, target), Path.Combine(Findings, target) }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d))
            .Order(StringComparer.Ordinal)
            .ToList();

        inputs.Should().NotBeEmpty("every target has seeds");
        foreach (var input in inputs)
        {
            var failure = Record.Exception(() => run(File.ReadAllBytes(input)));
            failure.Should().BeNull("{0} must pass the {1} target", Path.GetFileName(input), target);
        }
    }

    [Fact]
    public void The_targets_find_what_they_are_meant_to_find()
    {
        // A harness that checks nothing would pass every input: a broken invariant must throw.
        var cell = FuzzTargets.Find("cell")!;
        cell("数量指标: 资金支付率≥90%"u8.ToArray());
        FluentActions.Invoking(() => FuzzTargets.CheckAssessment(
                new AssessmentInput("p", [new IndicatorInput("a", IndicatorParser.ParseTarget("≥1").Value!)]),
                new Evaluator().Evaluate(new AssessmentInput("p", []))))
            .Should().Throw<FuzzInvariantException>().WithMessage("*1 indicators in, 0 out*");
    }
}
