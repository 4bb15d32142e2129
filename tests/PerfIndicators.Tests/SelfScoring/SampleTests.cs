using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// The bundled samples (<c>samples/huzhou-2023-liaison-*</c>, made from the Huzhou 2023 seed with illustrative actuals):
/// the README's first command works on them, and they are what the tool makes today.
/// </summary>
public class SampleTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.RepositoryRoot!, "samples", name);

    [Fact]
    public void The_readme_command_scores_the_sample_and_prints_the_reviewed_form()
    {
        // The README runs `score samples/huzhou-2023-liaison-selfscoring.csv` from the repository root; the output names
        // the file only by its name, so the absolute path prints the same.
        var (exit, output, error) = CliRunner.Run("score", Sample("huzhou-2023-liaison-selfscoring.csv"));

        exit.Should().Be(0, error);
        SelfScoringKit.AssertGolden("sample-score.expected", output.ReplaceLineEndings("\n"));
        error.Should().Contain("总分 87.49（良）");
    }

    [Fact]
    public void The_sample_exercises_a_met_target_a_partial_one_a_qualitative_one_and_a_missing_reason()
    {
        var filled = FilledTemplateReader.Read(Sample("huzhou-2023-liaison-selfscoring.csv"));
        var assessment = SelfScoringKit.Score(filled);

        assessment.Indicators.Select(i => i.Outcome).Should().Contain([PerfIndicators.Scoring.IndicatorOutcome.Met, PerfIndicators.Scoring.IndicatorOutcome.PartiallyMet]);
        assessment.Indicators.Should().Contain(i => i.RuleId == "qualitative-tier-default");
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.MissingDeviationReason);
        filled.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.ActualUnitFromTarget);
    }

    [Fact]
    public void The_sample_csv_was_made_from_the_seed_and_the_sample_xlsx_is_what_the_tool_writes()
    {
        var template = SelfScoringKit.Template(2);

        FilledTemplateReader.Read(Sample("huzhou-2023-liaison-selfscoring.csv")).Template!.Fingerprint.Should().Be(template.Fingerprint);
        File.ReadAllBytes(Sample("huzhou-2023-liaison-template.xlsx")).Should().Equal(TemplateWriter.ToXlsx(template), "regenerate it with the command in samples/README.md");
        File.ReadAllLines(Sample("huzhou-2023-liaison-selfscoring.csv"))[0].Should().StartWith("# 示例（illustrative）");
    }
}
