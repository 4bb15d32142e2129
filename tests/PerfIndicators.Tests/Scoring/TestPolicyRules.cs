using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// The rules of the test policies (TestData/Scoring/Policies/*.json), compiled into the test assembly by the same rule
/// generator that compiles the shipped ones into the library (see the test project file).
/// </summary>
internal static partial class TestPolicyRules
{
    public static PrecompiledRuleSet Set { get; } = new(IndicatorCondition, IndicatorScore, BudgetCondition, BudgetScore);

    [GeneratedRules(PolicyLoader.IndicatorWorkflow)]
    public static partial Func<IndicatorFacts, PolicyParameters, bool>? IndicatorCondition(string key);

    [GeneratedRules(PolicyLoader.IndicatorWorkflow)]
    public static partial Func<IndicatorFacts, PolicyParameters, decimal>? IndicatorScore(string key);

    [GeneratedRules(PolicyLoader.BudgetWorkflow)]
    public static partial Func<BudgetFacts, PolicyParameters, bool>? BudgetCondition(string key);

    [GeneratedRules(PolicyLoader.BudgetWorkflow)]
    public static partial Func<BudgetFacts, PolicyParameters, decimal>? BudgetScore(string key);

    /// <summary>Finds a base named by <c>extends</c> beside the policy file at <paramref name="path"/>, as PolicyFiles does.</summary>
    public static Func<string, PolicyText?> Beside(string path) => id =>
    {
        var candidate = Path.Combine(Path.GetDirectoryName(path)!, id + ".json");
        return File.Exists(candidate) ? new PolicyText(File.ReadAllText(candidate), candidate) : null;
    };
}
