using CsCheck;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>Properties that hold for every input: bounds, monotonicity, the total's ceiling, determinism.</summary>
public class ScoringPropertyTests
{
    private static readonly string[] Comparators = ["≥", "≤", "=", ">", "<", string.Empty];

    private static readonly Gen<decimal> Amount = Gen.Int[-2000, 30000].Select(i => i / 100m);

    private static readonly Gen<decimal> Points = Gen.Int[0, 4000].Select(i => i / 100m);

    [Fact]
    public void A_score_is_never_below_zero_or_above_the_points_under_any_policy()
    {
        var policies = ScoringPolicy.EmbeddedIds.Select(id => new Evaluator(ScoringPolicy.Get(id))).ToArray();
        Gen.Select(Gen.Int[0, Comparators.Length - 1], Amount, Amount, Points, Gen.Int[0, policies.Length - 1])
            .Sample((c, a, b, w, p) =>
            {
                var target = ScoringKit.Target(Comparators[c] + Math.Abs(a).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%");
                var actual = ScoringKit.Actual(b.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%");
                var score = policies[p].ScoreIndicator(target, actual, w);
                return score.Score is null || (score.Score >= 0m && score.Score <= w);
            }, iter: 3000);
    }

    [Fact]
    public void For_a_higher_is_better_target_a_larger_actual_never_scores_less()
    {
        var evaluator = new Evaluator();
        Gen.Select(Gen.Int[1, 20000], Gen.Int[0, 30000], Gen.Int[0, 30000], Points)
            .Sample((a, b1, b2, w) =>
            {
                var target = ScoringKit.Target("≥" + (a / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture) + "人");
                var (low, high) = b1 <= b2 ? (b1, b2) : (b2, b1);
                var lowScore = evaluator.ScoreIndicator(target, ScoringKit.Actual(low.ToString(System.Globalization.CultureInfo.InvariantCulture) + "人"), w).Score;
                var highScore = evaluator.ScoreIndicator(target, ScoringKit.Actual(high.ToString(System.Globalization.CultureInfo.InvariantCulture) + "人"), w).Score;
                return lowScore <= highScore;
            }, iter: 3000);
    }

    [Fact]
    public void The_total_never_exceeds_100_and_the_same_inputs_give_the_same_assessment()
    {
        var rows = Gen.Select(Gen.Int[0, 3], Gen.Int[0, Comparators.Length - 1], Amount, Amount, Gen.Int[0, 6000].Select(i => i / 100m), Gen.Bool)
            .Select((category, c, a, b, w, notApplicable) => ScoringKit.Row(
                "指标" + category,
                (IndicatorCategory)(category + 1),
                Comparators[c] + Math.Abs(a).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
                b.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
                w,
                notApplicable: notApplicable && category == 0))
            .Array[0, 12];
        var projects = Gen.Select(rows, Gen.Int[0, 100000], Gen.Int[0, 150000])
            .Select((indicators, adjusted, executed) => new AssessmentInput("随机项目", indicators) { Budget = ScoringKit.Budget(adjusted, executed) });
        var evaluators = ScoringPolicy.EmbeddedIds.Select(id => new Evaluator(ScoringPolicy.Get(id))).ToArray();

        projects.Sample(project =>
        {
            foreach (var evaluator in evaluators)
            {
                var first = evaluator.Evaluate(project);
                var second = evaluator.Evaluate(project);
                first.Total.Should().BeInRange(0m, 100m);
                first.Total.Should().BeLessThanOrEqualTo(first.UncappedTotal);
                second.Fingerprint.Should().Be(first.Fingerprint);
                ScoringJson.WriteAssessment(second).Should().Be(ScoringJson.WriteAssessment(first));
            }
        }, iter: 200);
    }
}
