namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// The rules of the shipped policies (<c>rules/*.json</c>), compiled into the assembly at build time by the rule
/// generator (<c>src/PerfIndicators.RuleGenerator</c>), which reads the same files the assembly embeds: an edited policy
/// and its compiled form come from one file in one build. Each lookup takes a rule's key (<see cref="RuleShape"/>) and
/// returns its delegate, or <see langword="null"/> for a rule the generator did not translate (or a policy file of a
/// user's), which <see cref="RuleCompiler"/> then compiles when the policy is loaded.
/// </summary>
internal static partial class PrecompiledRules
{
    /// <summary>The condition of an <c>indicator</c> rule with the key <paramref name="key"/> (<see cref="RuleShape.ConditionKey"/>).</summary>
    [GeneratedRules(PolicyLoader.IndicatorWorkflow)]
    public static partial Func<IndicatorFacts, PolicyParameters, bool>? IndicatorCondition(string key);

    /// <summary>The score of an <c>indicator</c> rule with the key <paramref name="key"/> (<see cref="RuleShape.ScoreKey"/>).</summary>
    [GeneratedRules(PolicyLoader.IndicatorWorkflow)]
    public static partial Func<IndicatorFacts, PolicyParameters, decimal>? IndicatorScore(string key);

    /// <summary>The condition of a <c>budget-execution</c> rule with the key <paramref name="key"/>.</summary>
    [GeneratedRules(PolicyLoader.BudgetWorkflow)]
    public static partial Func<BudgetFacts, PolicyParameters, bool>? BudgetCondition(string key);

    /// <summary>The score of a <c>budget-execution</c> rule with the key <paramref name="key"/>.</summary>
    [GeneratedRules(PolicyLoader.BudgetWorkflow)]
    public static partial Func<BudgetFacts, PolicyParameters, decimal>? BudgetScore(string key);
}

/// <summary>Marks a partial lookup method whose body the rule generator writes from the policy files of the build.</summary>
/// <param name="workflow">The workflow whose rules it looks up (<c>indicator</c>, <c>budget-execution</c>).</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class GeneratedRulesAttribute(string workflow) : Attribute
{
    /// <summary>The workflow whose rules the method looks up.</summary>
    public string Workflow { get; } = workflow;
}

/// <summary>
/// Where <see cref="RuleCompiler"/> looks for a rule's compiled form before compiling it: the library's own
/// <see cref="PrecompiledRules"/>, none (every rule compiled at load), or another assembly's generated lookups (tests).
/// </summary>
internal sealed class PrecompiledRuleSet(
    Func<string, Func<IndicatorFacts, PolicyParameters, bool>?> indicatorCondition,
    Func<string, Func<IndicatorFacts, PolicyParameters, decimal>?> indicatorScore,
    Func<string, Func<BudgetFacts, PolicyParameters, bool>?> budgetCondition,
    Func<string, Func<BudgetFacts, PolicyParameters, decimal>?> budgetScore)
{
    /// <summary>The shipped policies' rules, compiled into this assembly.</summary>
    public static PrecompiledRuleSet Library { get; } =
        new(PrecompiledRules.IndicatorCondition, PrecompiledRules.IndicatorScore, PrecompiledRules.BudgetCondition, PrecompiledRules.BudgetScore);

    /// <summary>No precompiled rules: every rule is compiled when its policy is loaded.</summary>
    public static PrecompiledRuleSet None { get; } = new(_ => null, _ => null, _ => null, _ => null);

    /// <summary>The compiled condition with the key <paramref name="key"/>, or <see langword="null"/>.</summary>
    public Func<TFacts, PolicyParameters, bool>? Condition<TFacts>(string key) =>
        (typeof(TFacts) == typeof(IndicatorFacts) ? indicatorCondition(key) : typeof(TFacts) == typeof(BudgetFacts) ? (Delegate?)budgetCondition(key) : null)
            as Func<TFacts, PolicyParameters, bool>;

    /// <summary>The compiled score with the key <paramref name="key"/>, or <see langword="null"/>.</summary>
    public Func<TFacts, PolicyParameters, decimal>? Score<TFacts>(string key) =>
        (typeof(TFacts) == typeof(IndicatorFacts) ? indicatorScore(key) : typeof(TFacts) == typeof(BudgetFacts) ? (Delegate?)budgetScore(key) : null)
            as Func<TFacts, PolicyParameters, decimal>;
}
