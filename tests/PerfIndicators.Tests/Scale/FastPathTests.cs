using System.Text;
using FluentAssertions;
using PerfIndicators.Generator;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>The paths made faster for reviews of many files give exactly what the plain paths give.</summary>
public sealed class FastPathTests
{
    private static readonly Evaluator National = new(ScoringPolicy.National);

    [Fact]
    public void Reading_utf8_bytes_gives_the_same_project_and_assessment_as_reading_text()
    {
        foreach (var generated in new SyntheticYear(new YearOptions(300, Seed: 99)).Projects())
        {
            var text = ProjectJson.ToText(generated);
            var fromText = ScoringJson.ReadProject(text);
            var fromBytes = ScoringJson.ReadProjectUtf8(Encoding.UTF8.GetBytes(text));

            fromBytes.Errors.Should().Equal(fromText.Errors);
            fromBytes.Warnings.Should().Equal(fromText.Warnings);
            ScoringJson.WriteAssessment(National.Evaluate(fromBytes.Input!)).Should().Be(ScoringJson.WriteAssessment(National.Evaluate(fromText.Input!)));
        }
    }

    [Fact]
    public void Reading_utf8_bytes_skips_a_byte_order_mark_and_reports_what_text_reports()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Scoring", "huzhou-liaison-2023.json"), Encoding.UTF8);
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var read = ScoringJson.ReadProjectUtf8(withBom);

        read.Errors.Should().BeEmpty();
        read.Input!.Name.Should().Be("驻京联络处工作经费");
        ScoringJson.ReadProjectUtf8(Encoding.UTF8.GetBytes("{\"name\": ")).Errors.Should().Equal(ScoringJson.ReadProject("{\"name\": ").Errors);
        ScoringJson.ReadProjectUtf8(Encoding.UTF8.GetBytes("{\"name\": \"x\", \"indicators\": [{}]}")).Errors
            .Should().Equal(ScoringJson.ReadProject("{\"name\": \"x\", \"indicators\": [{}]}").Errors);
    }

    [Fact]
    public void Flag_names_are_the_kebab_case_names_of_the_set_flags_in_declaration_order()
    {
        ScoringJson.FlagNames(IndicatorFlags.None).Should().BeEmpty();
        ScoringJson.FlagNames(IndicatorFlags.MissingDeviationReason | IndicatorFlags.OverAchievement)
            .Should().Equal("over-achievement", "missing-deviation-reason");
        ScoringJson.FlagNames(Enum.GetValues<IndicatorFlags>().Aggregate((a, b) => a | b))
            .Should().Equal(Enum.GetValues<IndicatorFlags>().Where(f => f != IndicatorFlags.None)
                .Select(f => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(f.ToString())));
    }

    [Fact]
    public void The_fingerprint_is_the_same_for_the_same_inputs_on_any_thread_and_differs_when_an_input_does()
    {
        var projects = new SyntheticYear(new YearOptions(200, Seed: 5)).Projects()
            .Select(p => ScoringJson.ReadProject(ProjectJson.ToText(p)).Input!).ToArray();
        var once = projects.Select(p => National.Evaluate(p).Fingerprint).ToArray();
        var parallel = new string[projects.Length];
        Parallel.For(0, projects.Length, i => parallel[i] = National.Evaluate(projects[i]).Fingerprint);

        parallel.Should().Equal(once);
        once.Should().OnlyHaveUniqueItems();
        var changed = projects[0] with { Department = projects[0].Department + "（调整）" };
        National.Evaluate(changed).Fingerprint.Should().NotBe(once[0]);
    }
}
