using FluentAssertions;
using PerfIndicators.Scoring.Rules;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, findings 4 and 9. A lone surrogate escape (<c>"\ud800x"</c>) in a project name or a policy string escaped as
/// InvalidOperationException from <see cref="ScoringJson"/> and from the policy loader, which may throw only
/// <see cref="ScoringPolicyException"/>. A key written twice in a project (<c>"points":15,"points":0</c>) was accepted,
/// the later value winning silently, while policy files already refused it. Both are now refused in both readers, with
/// the JSON path named. The project is the 驻京联络处工作经费 of seed document 001 (TestData/Scoring).
/// </summary>
public sealed class JsonFlawTests
{
    private static readonly string Project = File.ReadAllText(Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json"));
    private static readonly string National = PolicyLoader.ReadEmbedded("national")!;

    [Theory]
    [InlineData("\"name\": \"驻京联络处工作经费\"", "\"name\": \"\\ud800x\"", "$.name")]
    [InlineData("\"name\": \"驻京联络处工作经费\"", "\"name\": \"驻京\\udc00\"", "$.name")]
    [InlineData("\"name\": \"亿元以上招商签约项目\"", "\"name\": \"\\ud800\\ud800\"", "$.indicators[0].name")]
    [InlineData("\"department\"", "\"\\ud800\"", "$")]
    public void A_lone_surrogate_in_a_project_is_an_error_not_an_exception(string find, string replace, string path)
    {
        var read = ScoringJson.ReadProject(ReplaceFirst(Project, find, replace));

        read.Input.Should().BeNull();
        read.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == FormatDiagnosticCodes.InvalidJson && d.Location.JsonPath == path && d.Message.Contains("代理项") && d.Message.EndsWith("(lone surrogate escape)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surrogate_pair_written_as_escapes_is_one_character()
    {
        var read = ScoringJson.ReadProject(ReplaceFirst(Project, "\"name\": \"驻京联络处工作经费\"", "\"name\": \"驻京\\ud83d\\ude00\""));

        read.Input!.Name.Should().Be("驻京😀");
    }

    [Theory]
    [InlineData("\"points\": 15,", "\"points\": 15, \"points\": 0,", "$.indicators[0].points", "points")]
    [InlineData("\"indicators\": [", "\"indicators\": [], \"indicators\": [", "$.indicators", "indicators")]
    [InlineData("\"initial\": 189.5,", "\"initial\": 189.5, \"init\\u0069al\": 1,", "$.budget.initial", "initial")]
    [InlineData("\"initial\": 189.5,", "\"init\\u0069al\": 189.5, \"initial\": 1,", "$.budget.initial", "initial")]
    // More keys than are compared pairwise (16): the repeat found through the set, of a key before it and of a key after it.
    [InlineData("\"initial\": 189.5,", "\"initial\": 189.5, \"k1\": 1, \"k2\": 1, \"k3\": 1, \"k4\": 1, \"k5\": 1, \"k6\": 1, \"k7\": 1, \"k8\": 1, \"k9\": 1, \"k10\": 1, \"k11\": 1, \"k12\": 1, \"k13\": 1, \"k14\": 1, \"k15\": 1, \"k16\": 1, \"k17\": 1, \"k18\": 1, \"k3\": 2,", "$.budget.k3", "k3")]
    [InlineData("\"initial\": 189.5,", "\"initial\": 189.5, \"k1\": 1, \"k2\": 1, \"k3\": 1, \"k4\": 1, \"k5\": 1, \"k6\": 1, \"k7\": 1, \"k8\": 1, \"k9\": 1, \"k10\": 1, \"k11\": 1, \"k12\": 1, \"k13\": 1, \"k14\": 1, \"k15\": 1, \"k16\": 1, \"k17\": 1, \"k18\": 1, \"k17\": 2,", "$.budget.k17", "k17")]
    public void A_key_written_twice_in_a_project_is_refused(string find, string replace, string path, string key)
    {
        var read = ScoringJson.ReadProject(ReplaceFirst(Project, find, replace));

        read.Input.Should().BeNull();
        read.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == FormatDiagnosticCodes.InvalidJson && d.Location.JsonPath == path && d.Message == "键「" + key + "」在同一对象中出现两次 (duplicate key)");
    }

    [Fact]
    public void A_review_counts_a_project_with_a_lone_surrogate_as_failed()
    {
        var sources = new ReviewInputSet([ProjectSources.FromJson("bad.json", ReplaceFirst(Project, "驻京联络处工作经费", "\\ud800x")), ProjectSources.FromJson("good.json", Project)], []);

        var summary = new Reviewer(ScoringPolicy.National).Run(sources);

        summary.Inputs.Read.Should().Be(1);
        summary.Failures.Items.Should().ContainSingle().Which.Source.Should().Be("bad.json");
    }

    [Theory]
    [InlineData("\"name\": \"全国通用（财预〔2020〕10号）\"", "\"name\": \"\\ud800x\"", "$.name")]
    [InlineData("\"jurisdiction\"", "\"\\udfff\"", "$")]
    [InlineData("\"id\": \"national\",", "\"id\": \"national\", \"x\": [\"a\", {\"b\": \"\\ud800\"}],", "$.x[1].b")]
    public void A_lone_surrogate_in_a_policy_is_a_policy_error(string find, string replace, string path)
    {
        var act = () => ScoringPolicy.Parse(ReplaceFirst(National, find, replace), "surrogate.json");

        act.Should().ThrowExactly<ScoringPolicyException>().WithMessage("*surrogate.json*" + path + " holds a lone surrogate escape*");
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the seed file holds " + find);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
