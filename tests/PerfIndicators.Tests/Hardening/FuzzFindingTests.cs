using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Plain regression tests for what coverage-guided fuzzing found (the original inputs are in TestData/Hardening and are
/// replayed by <see cref="FuzzCorpusTests"/>). Each row is the smallest text that showed the bug.
/// </summary>
public sealed class FuzzFindingTests
{
    [Theory]
    // A 29-digit number in a tolerance band (得…分 or ±…%) overflowed decimal inside the scoring-rule grammar: PI1099.
    [InlineData("±10%以内得5分，±88888888888888888888888888888%以外不得分")]
    [InlineData("±10%以内得88888888888888888888888888888分，±20%以外不得分")]
    public void A_number_too_large_for_decimal_inside_a_scoring_rule_is_not_an_internal_error(string target)
    {
        var parsed = IndicatorParser.ParseTarget(target);

        parsed.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        parsed.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidNumber, "the number cannot be kept exactly, which is an error, not a qualitative target");
        parsed.Value.Should().BeOfType<UnrecognizedTarget>();
        IndicatorParser.ParseCell("满意度指标:投诉率,年度指标值:" + target).Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
    }
}
