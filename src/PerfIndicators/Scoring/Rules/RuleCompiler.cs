using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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

    private RuleExpressionParser? parser;

    /// <summary>Compiles <paramref name="expression"/> to a delegate returning <typeparamref name="TResult"/>.</summary>
    /// <remarks>
    /// An expression of a shipped policy is already compiled into the assembly (<see cref="PrecompiledRules"/>, generated
    /// from exactly the tree this method would build, and checked by a test): it is returned without starting the
    /// expression parser, which costs more than 100 ms the first time. Any other expression is parsed, checked and
    /// compiled here, and refused with the file, rule and expression named.
    /// </remarks>
    /// <exception cref="ScoringPolicyException">When the expression is refused or does not compile.</exception>
    public Func<TFacts, PolicyParameters, TResult> Compile<TFacts, TResult>(string expression, string source, string rule)
    {
        if (PrecompiledRules.Find(typeof(TFacts), typeof(TResult), expression) is Func<TFacts, PolicyParameters, TResult> ready)
        {
            return ready;
        }

        var typed = Parse<TFacts, TResult>(expression, source, rule);
        return typed.CompileFast(ifFastFailedReturnNull: true) ?? typed.Compile();
    }

    /// <summary>Parses and checks <paramref name="expression"/>: the tree <see cref="Compile"/> compiles (and <see cref="PrecompiledRules"/> holds as C#).</summary>
    /// <exception cref="ScoringPolicyException">When the expression is refused or does not parse.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Expression<Func<TFacts, PolicyParameters, TResult>> Parse<TFacts, TResult>(string expression, string source, string rule)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw new ScoringPolicyException(source, rule, expression, "the expression is empty");
        }

        if (ExpressionGuard.CheckText(expression) is { } refused)
        {
            throw new ScoringPolicyException(source, rule, expression, "refused: " + refused);
        }

        parser ??= new RuleExpressionParser(new ReSettings { CustomTypes = CustomTypes, IsExpressionCaseSensitive = true });
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

        return Expression.Lambda<Func<TFacts, PolicyParameters, TResult>>(body, x, p);
    }
}
