using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Keeps rule expressions inside the scoring model. Two checks: a word check on the text, for a clear message about
/// the usual escapes (System.IO, reflection, Process, Environment …), and an allow-list walk over the parsed tree, which
/// is the real boundary: only the facts (<c>x</c>), the parameters (<c>p</c>), decimal arithmetic, comparisons,
/// <see cref="Math"/>'s min/max/abs/floor/ceiling and a few string tests are allowed.
/// </summary>
internal static partial class ExpressionGuard
{
    private static readonly FrozenSet<Type> ModelTypes = new[]
    {
        typeof(IndicatorFacts), typeof(BudgetFacts), typeof(PolicyParameters), typeof(PolicyWeights), typeof(LevelWeight),
        typeof(QualitativeParameters), typeof(TierBand), typeof(OverAchievementParameters), typeof(ScoreRounding),
        typeof(ExecutionCap), typeof(GradeCutoff),
    }.ToFrozenSet();

    private static readonly FrozenSet<string> MathMethods =
        new[] { "Min", "Max", "Abs", "Floor", "Ceiling", "Clamp" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DecimalMethods =
        new[] { "Min", "Max", "Abs", "Floor", "Ceiling", "Clamp", "Negate", "Compare", "Equals" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StringMethods =
        new[] { "Contains", "StartsWith", "EndsWith", "Equals", "IsNullOrEmpty", "IsNullOrWhiteSpace", "op_Equality", "op_Inequality" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns why <paramref name="expression"/>'s text is refused, or <see langword="null"/>.</summary>
    /// <remarks>
    /// The size limits (<see cref="ExpressionLimits"/>) come first: the expression parser and the compiler recurse once
    /// per nesting level, so a deeply nested expression would otherwise end the process with a stack overflow.
    /// </remarks>
    public static string? CheckText(string expression)
    {
        if (ExpressionLimits.Check(expression) is { } tooLarge)
        {
            return tooLarge;
        }

        var withoutStrings = StringLiteral().Replace(expression, "\"\"");
        var match = ForbiddenWord().Match(withoutStrings);
        return match.Success
            ? "it uses '" + match.Value.Trim() + "', which reaches outside the scoring model (rule expressions may only use x, p, decimal arithmetic and Math.Min/Max/Abs/Floor/Ceiling)"
            : null;
    }

    /// <summary>Returns why the parsed tree is refused, or <see langword="null"/>.</summary>
    public static string? CheckTree(Expression expression, IReadOnlyCollection<ParameterExpression> parameters)
    {
        var visitor = new Visitor(parameters);
        visitor.Visit(expression);
        return visitor.Problem;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\bSystem\s*\.|\b(?:GetType|typeof|Assembly|Activator|Process|Environment|File|Directory|Path|Stream\w*|Socket\w*|Http\w*|WebClient|Dns|Reflection|AppDomain|Marshal|Unsafe|Type|Thread|Task|Console|GC|Invoke|DynamicInvoke|Delegate|MethodInfo|Expression)\b")]
    private static partial Regex ForbiddenWord();

    private static bool IsPlainValueType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(decimal) || t == typeof(int) || t == typeof(long) || t == typeof(bool) || t == typeof(string) || t.IsEnum;
    }

    private sealed class Visitor(IReadOnlyCollection<ParameterExpression> parameters) : ExpressionVisitor
    {
        public string? Problem { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (Problem is not null || node is null)
            {
                return node;
            }

            if (node.Type == typeof(System.Double) || node.Type == typeof(System.Single) || node.Type == typeof(System.Double?) || node.Type == typeof(System.Single?))
            {
                return Refuse(node, "it computes in floating point (" + node.Type.Name + "); write decimal literals such as 0.7m");
            }

            switch (node.NodeType)
            {
                case ExpressionType.Parameter:
                case ExpressionType.Constant:
                case ExpressionType.MemberAccess:
                case ExpressionType.Call:
                case ExpressionType.Conditional:
                case ExpressionType.Not:
                case ExpressionType.Negate:
                case ExpressionType.NegateChecked:
                case ExpressionType.UnaryPlus:
                case ExpressionType.Convert:
                case ExpressionType.ConvertChecked:
                case ExpressionType.Add:
                case ExpressionType.AddChecked:
                case ExpressionType.Subtract:
                case ExpressionType.SubtractChecked:
                case ExpressionType.Multiply:
                case ExpressionType.MultiplyChecked:
                case ExpressionType.Divide:
                case ExpressionType.Modulo:
                case ExpressionType.Equal:
                case ExpressionType.NotEqual:
                case ExpressionType.LessThan:
                case ExpressionType.LessThanOrEqual:
                case ExpressionType.GreaterThan:
                case ExpressionType.GreaterThanOrEqual:
                case ExpressionType.AndAlso:
                case ExpressionType.OrElse:
                case ExpressionType.And:
                case ExpressionType.Or:
                case ExpressionType.Coalesce:
                    return base.Visit(node);
                default:
                    return Refuse(node, "it contains a " + node.NodeType + " expression, which rule expressions may not use");
            }
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            parameters.Contains(node) ? node : Refuse(node, "it uses an unknown parameter " + node.Name);

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is null || IsPlainValueType(node.Type)
                ? node
                : Refuse(node, "it contains a constant of type " + node.Type.Name);

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if ((node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked) && !IsPlainValueType(node.Type))
            {
                return Refuse(node, "it converts to " + node.Type.Name);
            }

            if (node.Method is { } method && !IsAllowedMethod(method))
            {
                return Refuse(node, "it calls " + method.DeclaringType?.Name + "." + method.Name);
            }

            return base.VisitUnary(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.Method is { } method && !IsAllowedMethod(method))
            {
                return Refuse(node, "it calls " + method.DeclaringType?.Name + "." + method.Name);
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var owner = node.Member.DeclaringType;
            var allowed = owner is not null
                && (ModelTypes.Contains(owner)
                    || (owner == typeof(string) && node.Member.Name == "Length")
                    || (owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(Nullable<>))
                    || (owner == typeof(decimal) && node.Member is FieldInfo { IsStatic: true }));
            return allowed && IsPlainValueOrModel(node.Type)
                ? base.VisitMember(node)
                : Refuse(node, "it reads " + owner?.Name + "." + node.Member.Name + ", which is outside the scoring model");
        }

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            IsAllowedMethod(node.Method)
                ? base.VisitMethodCall(node)
                : Refuse(node, "it calls " + node.Method.DeclaringType?.Name + "." + node.Method.Name + ", which is outside the scoring model");

        private static bool IsPlainValueOrModel(Type type) => IsPlainValueType(type) || ModelTypes.Contains(type);

        private static bool IsAllowedMethod(MethodInfo method)
        {
            var owner = method.DeclaringType;
            if (owner == typeof(Math))
            {
                return MathMethods.Contains(method.Name) && method.ReturnType == typeof(decimal);
            }

            if (owner == typeof(decimal))
            {
                return DecimalMethods.Contains(method.Name) || method.Name.StartsWith("op_", StringComparison.Ordinal);
            }

            if (owner == typeof(string))
            {
                return StringMethods.Contains(method.Name);
            }

            return false;
        }

        private T Refuse<T>(T node, string problem)
            where T : Expression
        {
            Problem ??= problem;
            return node;
        }
    }
}
