using System.Collections.Frozen;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 6: an explanation of <c>{actual}</c> × 20,000 with 5,000-character actuals took 16.8 s and 7 GB
/// and ended in OutOfMemoryException. A template may now hold at most <see cref="ExplanationTemplate.MaxPlaceholders"/>
/// placeholders (refused when the policy is loaded), and a rendered explanation is cut at
/// <see cref="ExplanationTemplate.MaxRenderedLength"/> characters, the filling stopping there.
/// </summary>
public sealed class ExplanationSizeTests
{
    private static readonly FrozenSet<string> Known = new[] { "actual", "B" }.ToFrozenSet(StringComparer.Ordinal);

    [Fact]
    public void A_template_with_too_many_placeholders_is_refused_naming_the_limit()
    {
        ExplanationTemplate.Parse(string.Concat(Enumerable.Repeat("实际 {actual}；", 20_000)), Known, out var error);

        error.Should().Be("the explanation has 20000 placeholders; it may have at most " + ExplanationTemplate.MaxPlaceholders);
    }

    [Fact]
    public void A_rendered_explanation_is_cut_at_the_limit_and_stops_asking_for_values()
    {
        var template = ExplanationTemplate.Parse(string.Concat(Enumerable.Repeat("实际 {actual}；", ExplanationTemplate.MaxPlaceholders)), Known, out var error);
        error.Should().BeNull();
        var asked = 0;

        var text = template.Render(new string('人', 5_000), (actual, _) =>
        {
            asked++;
            return actual;
        });

        text.Length.Should().Be(ExplanationTemplate.MaxRenderedLength);
        text.Should().EndWith("…");
        asked.Should().Be(1);
    }

    [Fact]
    public void A_short_explanation_is_rendered_whole()
    {
        var template = ExplanationTemplate.Parse("实际完成值 {B}，{actual}", Known, out _);

        template.Render(0, (_, name) => name == "B" ? "96" : "96个").Should().Be("实际完成值 96，96个");
    }
}
