using FluentAssertions;
using PerfIndicators.Lint;
using Xunit;

namespace PerfIndicators.Tests.Lint;

/// <summary>The lint policy file: the embedded national set, <c>extends</c>, and every mistake a province's file can make.</summary>
public sealed class LintPolicyTests
{
    [Fact]
    public void The_national_set_is_embedded_with_every_rule_on_and_its_source()
    {
        var policy = LintPolicy.National;

        policy.Id.Should().Be("national");
        policy.Source.Should().Be("embedded:national");
        policy.Rules.Should().HaveCount(18).And.OnlyContain(r => r.Enabled && r.Source.Length > 0 && r.Code.StartsWith("PI90", StringComparison.Ordinal));
        policy.Rules.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        policy.Rule(LintRuleIds.SatisfactionBelow).Number("minimum").Should().Be(80m);
        policy.Rule(LintRuleIds.VagueTarget).List("words").Should().Contain(["有所提升", "进一步提高"]);
        policy.Monitoring.Should().BeEquivalentTo(new { YellowGap = 10m, RedGap = 20m, AheadGap = 30m, DeadlineWarningDays = 30, Source = "财预〔2019〕136号" });
        policy.Monitoring.CumulativeSubcategories.Should().Equal(IndicatorSubcategory.Quantity);
        LintPolicy.EmbeddedIds.Should().Contain("national");
    }

    [Fact]
    public void A_province_extends_the_national_set_and_changes_one_setting()
    {
        var policy = LintPolicy.Parse(
            """
            { "extends": "national", "id": "zhejiang", "name": "浙江省绩效目标审核要点", "jurisdiction": "浙江省",
              // 浙江：满意度不低于 85%，不强制满意度指标
              "rules": { "satisfaction-present": { "enabled": false }, "satisfaction-below": { "parameters": { "minimum": 85 } } },
              "monitoring": { "redGap": 25 } }
            """,
            "zhejiang.json");

        policy.Rule(LintRuleIds.SatisfactionPresent).Enabled.Should().BeFalse();
        policy.Rule(LintRuleIds.SatisfactionBelow).Number("minimum").Should().Be(85m);
        policy.Rule(LintRuleIds.CostPresent).Enabled.Should().BeTrue();
        policy.Monitoring.RedGap.Should().Be(25m);
        policy.Monitoring.YellowGap.Should().Be(10m);
        policy.Jurisdiction.Should().Be("浙江省");
    }

    [Theory]
    [InlineData("""{ "extends": "national", "id": "x", "rules": { "no-such-rule": { } } }""", "no-such-rule", "no such rule")]
    [InlineData("""{ "extends": "national", "id": "x", "rules": { "cost-present": { "code": "PI9999" } } }""", "cost-present", "the code is PI9004, not PI9999")]
    [InlineData("""{ "extends": "national", "id": "x", "rules": { "cost-present": { "severity": "fatal" } } }""", "cost-present", "\"severity\" must be info, warning or error")]
    [InlineData("""{ "extends": "national", "id": "x", "rules": { "vague-target": { "parameters": { "word": [] } } } }""", "vague-target", "unknown setting at $.rules.vague-target.parameters.word")]
    [InlineData("""{ "extends": "national", "id": "x", "rules": { "satisfaction-below": { "parameters": { "minimum": "80" } } } }""", "satisfaction-below", "must be a number")]
    [InlineData("""{ "extends": "national", "id": "x", "monitoring": { "redGap": 5 } }""", "monitoring", "need 0 ≤ yellowGap ≤ redGap")]
    [InlineData("""{ "extends": "national", "id": "x", "monitoring": { "cumulativeSubcategories": ["Quantity"] } }""", "monitoring", "is not a 二级指标")]
    public void A_broken_file_names_the_rule_and_the_problem(string json, string rule, string problem)
    {
        var act = () => LintPolicy.Parse(json, "x.json");

        act.Should().Throw<LintPolicyException>().Where(e => e.Rule == rule && e.Problem.Contains(problem, StringComparison.Ordinal) && e.PolicySource == "x.json");
    }

    [Theory]
    [InlineData("{ not json", "invalid JSON")]
    [InlineData("""{ "extends": "missing-base", "id": "x" }""", "no policy with id \"missing-base\"")]
    [InlineData("""{ "extends": "national", "id": "X Y" }""", "\"id\" must be lower-case")]
    [InlineData("""{ "extends": "national", "id": "x", "typo": 1 }""", "unknown setting at $.typo")]
    public void A_broken_file_is_an_error_not_a_default(string json, string problem)
    {
        var act = () => LintPolicy.Parse(json, "x.json");

        act.Should().Throw<LintPolicyException>().Where(e => e.Problem.Contains(problem, StringComparison.Ordinal));
    }
}
