using System.Linq.Expressions;
using FastExpressionCompiler;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Compiles rule expressions once, when a policy is loaded: RulesEngine's expression parser (System.Linq.Dynamic.Core)
/// builds the tree, <see cref="ExpressionGuard"/> checks it, FastExpressionCompiler turns it into a plain delegate.
/// Nothing of RulesEngine is used per indicator.
/// </summary>
internal sealed class RuleCompiler
{
    /// <summary>The name rule expressions use for the facts.</summary>
    public const string FactsName = "x";

    /// <summary>The name rule expressions use for the policy parameters.</summary>
    public const string ParametersName = "p";

    private static readonly Type[] CustomTypes =
    [
        typeof(IndicatorFacts), typeof(BudgetFacts), typeof(PolicyParameters), typeof(TargetKind), typeof(Direction),
        typeof(Comparator), typeof(ActualKind), typeof(AchievementTier), typeof(IndicatorCategory), typeof(LowerIsBetterFormula),
        typeof(BareTargetMeaning), typeof(OverAchievementAction), typeof(BareNumberOnPercent), typeof(PartialStep),
    ];

    private readonly RuleExpressionParser parser = new(new ReSettings { CustomTypes = CustomTypes, IsExpressionCaseSensitive = true });

    /// <summary>Compiles <paramref name="expression"/> to a delegate returning <typeparamref name="TResult"/>.</summary>
    /// <exception cref="ScoringPolicyException">When the expression is refused or does not compile.</exception>
    public Func<TFacts, PolicyParameters, TResult> Compile<TFacts, TResult>(string expression, string source, string rule)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw new ScoringPolicyException(source, rule, expression, "the expression is empty");
        }

        if (ExpressionGuard.CheckText(expression) is { } refused)
        {
            throw new ScoringPolicyException(source, rule, expression, "refused: " + refused);
        }

        var x = Expression.Parameter(typeof(TFacts), FactsName);
        var p = Expression.Parameter(typeof(PolicyParameters), ParametersName);
        Expression body;
        try
        {
            body = parser.Parse(expression, [x, p], typeof(TResult));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ScoringPolicyException(source, rule, expression, "it does not compile: " + e.Message, e);
        }

        if (body is LambdaExpression lambda)
        {
            body = lambda.Body;
        }

        if (ExpressionGuard.CheckTree(body, [x, p]) is { } problem)
        {
            throw new ScoringPolicyException(source, rule, expression, "refused: " + problem);
        }

        if (body.Type != typeof(TResult))
        {
            body = Expression.Convert(body, typeof(TResult));
        }

        var typed = Expression.Lambda<Func<TFacts, PolicyParameters, TResult>>(body, x, p);
        return typed.CompileFast(ifFastFailedReturnNull: true) ?? typed.Compile();
    }
}
