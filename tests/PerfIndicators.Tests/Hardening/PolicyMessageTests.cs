using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 11: a refused 1 MB expression was echoed whole to stderr. The message quotes at most
/// <see cref="ScoringPolicyException.MaxQuotedExpression"/> characters of it; <see cref="ScoringPolicyException.Expression"/> keeps it all.
/// </summary>
public sealed class PolicyMessageTests
{
    [Fact]
    public void A_huge_expression_is_quoted_in_part_and_kept_whole_in_the_property()
    {
        var expression = "x.W + " + new string('1', 1_000_000);

        var refused = new ScoringPolicyException("huge.json", "probe", expression, "it is too long");

        refused.Message.Should().StartWith("Scoring policy huge.json, rule probe, expression \"x.W + 111").And.EndWith("…\" (1000006 characters): it is too long");
        refused.Message.Length.Should().BeLessThan(ScoringPolicyException.MaxQuotedExpression + 100);
        refused.Expression.Should().Be(expression);
    }

    [Fact]
    public void A_short_expression_is_quoted_whole()
    {
        new ScoringPolicyException("p.json", "r", "x.B / x.A * x.W", "bad").Message.Should().Be("Scoring policy p.json, rule r, expression \"x.B / x.A * x.W\": bad");
    }
}
