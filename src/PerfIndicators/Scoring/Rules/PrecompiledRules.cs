namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// The rule expressions of the shipped policies, compiled into the assembly as C# (<c>PrecompiledRules.g.cs</c>). The
/// C# is printed from the expression tree <see cref="RuleCompiler.Parse{TFacts, TResult}"/> builds for the same text —
/// every conversion, operator and constant as in the tree — by a test that fails, and writes the file to accept,
/// whenever a shipped policy or the rule model changes. A policy that uses the same expression text gets the same
/// delegate it would have compiled, without the expression parser's start-up cost; any other text is compiled as before.
/// </summary>
internal static partial class PrecompiledRules
{
    /// <summary>The compiled form of <paramref name="expression"/> for facts <paramref name="facts"/> and result <paramref name="result"/>, or <see langword="null"/>.</summary>
    public static Delegate? Find(Type facts, Type result, string expression) =>
        facts == typeof(IndicatorFacts)
            ? result == typeof(bool) ? IndicatorCondition(expression) : result == typeof(decimal) ? IndicatorScore(expression) : null
            : facts == typeof(BudgetFacts)
                ? result == typeof(bool) ? BudgetCondition(expression) : result == typeof(decimal) ? BudgetScore(expression) : null
                : null;

    private static partial Func<IndicatorFacts, PolicyParameters, bool>? IndicatorCondition(string expression);

    private static partial Func<IndicatorFacts, PolicyParameters, decimal>? IndicatorScore(string expression);

    private static partial Func<BudgetFacts, PolicyParameters, bool>? BudgetCondition(string expression);

    private static partial Func<BudgetFacts, PolicyParameters, decimal>? BudgetScore(string expression);
}
