using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Compiles a rule once, when its policy is loaded, into plain delegates: its condition (local parameters, then its
/// expression or its child rules) and its score. A rule of a shipped policy is already compiled into the assembly
/// (<see cref="PrecompiledRules"/>, generated at build time from the same files) and is taken from there; any other is
/// parsed by RulesEngine's expression parser (System.Linq.Dynamic.Core), checked by <see cref="ExpressionGuard"/>,
/// made to fail on integer overflow, and compiled by FastExpressionCompiler. Nothing of RulesEngine runs per indicator.
/// </summary>
internal sealed class RuleCompiler(PrecompiledRuleSet precompiled)
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

    /// <summary>How many conditions and scores were compiled here rather than taken precompiled.</summary>
    public int CompiledAtLoad { get; private set; }

    /// <summary>
    /// The settings RulesEngine's parser runs with here: these custom types, case-sensitive expressions, and otherwise
    /// RulesEngine's defaults (scoped parameters on, every child of a nested rule evaluated). The conformance tests run
    /// RulesEngine's own engine with the same settings.
    /// </summary>
    public static ReSettings CreateSettings() => new() { CustomTypes = CustomTypes, IsExpressionCaseSensitive = true };

    /// <summary>Compiles the condition of <paramref name="shape"/>.</summary>
    /// <param name="shape">The rule.</param>
    /// <param name="source">The policy file, for messages.</param>
    /// <param name="rule">The rule as <c>workflow/name</c>, for messages.</param>
    /// <param name="fromAssembly">Whether the condition was taken precompiled.</param>
    /// <exception cref="ScoringPolicyException">When an expression is refused or does not compile.</exception>
    public Func<TFacts, PolicyParameters, bool> CompileCondition<TFacts>(RuleShape shape, string source, string rule, out bool fromAssembly)
    {
        if (precompiled.Condition<TFacts>(shape.ConditionKey()) is { } ready)
        {
            fromAssembly = true;
            return ready;
        }

        fromAssembly = false;
        CompiledAtLoad++;
        var (x, p) = Parameters<TFacts>();
        var body = Condition(shape, [x, p], source, rule);
        return Compile(Expression.Lambda<Func<TFacts, PolicyParameters, bool>>(body, x, p));
    }

    /// <summary>Compiles the score expression <paramref name="output"/> of <paramref name="shape"/>, which sees the rule's local parameters.</summary>
    /// <param name="shape">The rule.</param>
    /// <param name="output">The score expression.</param>
    /// <param name="source">The policy file, for messages.</param>
    /// <param name="rule">The rule as <c>workflow/name</c>, for messages.</param>
    /// <param name="fromAssembly">Whether the score was taken precompiled.</param>
    /// <exception cref="ScoringPolicyException">When an expression is refused or does not compile.</exception>
    public Func<TFacts, PolicyParameters, decimal> CompileScore<TFacts>(RuleShape shape, string output, string source, string rule, out bool fromAssembly)
    {
        if (precompiled.Score<TFacts>(shape.ScoreKey(output)) is { } ready)
        {
            fromAssembly = true;
            return ready;
        }

        fromAssembly = false;
        CompiledAtLoad++;
        var (x, p) = Parameters<TFacts>();
        var scope = new List<ParameterExpression> { x, p };
        var (variables, steps) = Locals(shape, scope, source, rule);
        steps.Add(Parse(output, scope, typeof(decimal), source, rule, null));
        Expression body = variables.Count == 0 ? steps[0] : Expression.Block(typeof(decimal), variables, steps);
        return Compile(Expression.Lambda<Func<TFacts, PolicyParameters, decimal>>(body, x, p));
    }

    private static (ParameterExpression X, ParameterExpression P) Parameters<TFacts>() =>
        (Expression.Parameter(typeof(TFacts), FactsName), Expression.Parameter(typeof(PolicyParameters), ParametersName));

    /// <summary>
    /// Compiles with FastExpressionCompiler where code can be generated at run time, and with System.Linq.Expressions'
    /// interpreter where it cannot (the native build of perfind): the same tree, the same checked arithmetic.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The trees are built by this compiler over the scoring model's types, which a trimmed build must keep (the tool roots them in TrimmerRoots.xml).")]
    private static Func<TFacts, PolicyParameters, TResult> Compile<TFacts, TResult>(Expression<Func<TFacts, PolicyParameters, TResult>> lambda) =>
        RuntimeFeature.IsDynamicCodeSupported
            ? lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile()
            : lambda.Compile(preferInterpretation: true);

    /// <summary>
    /// The condition as a tree: the local parameters assigned in order, then the expression, or the enabled children's
    /// conditions in order, combined as their operator says: <c>And</c>/<c>Or</c> evaluate every child (C#'s
    /// <c>&amp;</c>, <c>|</c>; RulesEngine's default <c>NestedRuleExecutionMode.All</c>), <c>AndAlso</c>/<c>OrElse</c>
    /// stop when the result is known (<c>&amp;&amp;</c>, <c>||</c>). A disabled child is compiled (so a broken one still
    /// fails at load) and left out.
    /// </summary>
    private Expression Condition(RuleShape shape, List<ParameterExpression> outer, string source, string rule)
    {
        var scope = new List<ParameterExpression>(outer);
        var (variables, steps) = Locals(shape, scope, source, rule);
        Expression? body = null;
        if (shape.Operator is null)
        {
            body = Parse(shape.Expression ?? string.Empty, scope, typeof(bool), source, rule, null);
        }
        else
        {
            foreach (var child in shape.Children)
            {
                var condition = Condition(child, scope, source, rule + "/" + child.Name);
                if (child.Enabled)
                {
                    body = body is null ? condition : (shape.IsConjunction, shape.IsShortCircuit) switch
                    {
                        (true, true) => Expression.AndAlso(body, condition),
                        (true, false) => Expression.And(body, condition),
                        (false, true) => Expression.OrElse(body, condition),
                        _ => Expression.Or(body, condition),
                    };
                }
            }
        }

        if (body is null)
        {
            throw new ScoringPolicyException(source, rule, null, "the nested rule has no enabled child rule");
        }

        if (variables.Count == 0)
        {
            return body;
        }

        steps.Add(body);
        return Expression.Block(typeof(bool), variables, steps);
    }

    /// <summary>The local parameters of <paramref name="shape"/> as variables and their assignments; each is added to <paramref name="scope"/> for what follows.</summary>
    private (List<ParameterExpression> Variables, List<Expression> Steps) Locals(RuleShape shape, List<ParameterExpression> scope, string source, string rule)
    {
        var variables = new List<ParameterExpression>();
        var steps = new List<Expression>();
        foreach (var (name, expression) in shape.LocalParams)
        {
            // As RulesEngine does: parsed with the names before it in scope, typed by what it computes.
            var value = Parse(expression, scope, null, source, rule, name);
            var variable = Expression.Variable(value.Type, name);
            variables.Add(variable);
            steps.Add(Expression.Assign(variable, value));
            scope.Add(variable);
        }

        return (variables, steps);
    }

    /// <summary>Parses and checks one expression over <paramref name="scope"/>; <paramref name="result"/> is its type, or <see langword="null"/> for a local parameter's.</summary>
    private Expression Parse(string expression, List<ParameterExpression> scope, Type? result, string source, string rule, string? localParam)
    {
        var what = localParam is null ? string.Empty : "the local parameter " + localParam + ": ";
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw new ScoringPolicyException(source, rule, expression, what + "the expression is empty");
        }

        if (ExpressionGuard.CheckText(expression) is { } refused)
        {
            throw new ScoringPolicyException(source, rule, expression, what + "refused: " + refused);
        }

        parser ??= new RuleExpressionParser(CreateSettings());
        Expression body;
        try
        {
            body = parser.Parse(expression, [.. scope], result);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ScoringPolicyException(source, rule, expression, what + "it does not compile: " + e.Message, e);
        }

        if (body is LambdaExpression lambda)
        {
            body = lambda.Body;
        }

        if (ExpressionGuard.CheckTree(body, scope) is { } problem)
        {
            throw new ScoringPolicyException(source, rule, expression, what + "refused: " + problem);
        }

        body = CheckedArithmetic.Instance.Visit(body);
        return result is not null && body.Type != result ? Expression.Convert(body, result) : body;
    }

    /// <summary>
    /// Makes integer arithmetic fail instead of wrapping around: <c>+ - *</c>, negation and narrowing conversions between
    /// integer types become their checked forms, so <c>int(x.W) + 2147483647</c> is an <see cref="OverflowException"/>
    /// (a rule that cannot be evaluated, PI3014), as decimal arithmetic already is and as the generated C# is.
    /// </summary>
    private sealed class CheckedArithmetic : ExpressionVisitor
    {
        public static readonly CheckedArithmetic Instance = new();

        protected override Expression VisitBinary(BinaryExpression node)
        {
            var visited = (BinaryExpression)base.VisitBinary(node);
            if (visited.Method is not null || !IsInteger(visited.Left.Type))
            {
                return visited;
            }

            return visited.NodeType switch
            {
                ExpressionType.Add => Expression.AddChecked(visited.Left, visited.Right),
                ExpressionType.Subtract => Expression.SubtractChecked(visited.Left, visited.Right),
                ExpressionType.Multiply => Expression.MultiplyChecked(visited.Left, visited.Right),
                _ => visited,
            };
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var visited = (UnaryExpression)base.VisitUnary(node);
            if (visited.Method is not null)
            {
                return visited;
            }

            return visited.NodeType switch
            {
                // 0 - e rather than NegateChecked, which FastExpressionCompiler emits as an unchecked neg.
                ExpressionType.Negate when IsInteger(visited.Operand.Type) => Expression.SubtractChecked(Expression.Default(visited.Operand.Type), visited.Operand),
                ExpressionType.Convert when IsInteger(visited.Operand.Type) && IsInteger(visited.Type) => Expression.ConvertChecked(visited.Operand, visited.Type),
                _ => visited,
            };
        }

        private static bool IsInteger(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            return !t.IsEnum && Type.GetTypeCode(t) is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;
        }
    }
}
