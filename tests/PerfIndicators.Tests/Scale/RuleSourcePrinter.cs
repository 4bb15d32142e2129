using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// Prints a checked rule expression tree as C# that means exactly the same: every node parenthesized, every conversion
/// an explicit cast, constants with their exact type and scale, types fully qualified. Only the node kinds the rule
/// guard allows are printed; anything else throws, so nothing is printed approximately.
/// </summary>
internal static class RuleSourcePrinter
{
    public static string Print(Expression node) => node switch
    {
        ParameterExpression parameter => parameter.Name ?? throw new InvalidOperationException("an unnamed parameter"),
        ConstantExpression constant => Constant(constant.Value, constant.Type),
        MemberExpression member => (member.Expression is null ? TypeName(member.Member.DeclaringType!) : "(" + Print(member.Expression) + ")") + "." + member.Member.Name,
        MethodCallExpression call when !call.Method.IsGenericMethod =>
            (call.Object is null ? TypeName(call.Method.DeclaringType!) : "(" + Print(call.Object) + ")") + "." + call.Method.Name
            + "(" + string.Join(", ", call.Arguments.Select(Print)) + ")",
        ConditionalExpression conditional => "(" + Print(conditional.Test) + " ? " + Print(conditional.IfTrue) + " : " + Print(conditional.IfFalse) + ")",
        UnaryExpression unary => Unary(unary),
        BinaryExpression binary => Binary(binary),
        _ => throw new NotSupportedException("no C# form for " + node.NodeType + " (" + node + ")"),
    };

    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (type.IsGenericType || type.IsArray || type.IsPointer || type.IsByRef)
        {
            throw new NotSupportedException("no C# form for the type " + type);
        }

        return "global::" + type.FullName!.Replace('+', '.');
    }

    private static string Unary(UnaryExpression unary) => unary.NodeType switch
    {
        ExpressionType.Not when unary.Operand.Type == typeof(bool) || unary.Operand.Type == typeof(bool?) => "(!" + Operand(unary) + ")",
        ExpressionType.Not => "(~" + Operand(unary) + ")",
        ExpressionType.Negate => "unchecked(-" + Operand(unary) + ")",
        ExpressionType.NegateChecked => "checked(-" + Operand(unary) + ")",
        ExpressionType.UnaryPlus => "(+" + Operand(unary) + ")",
        ExpressionType.Convert => "unchecked((" + TypeName(unary.Type) + ")" + Operand(unary) + ")",
        ExpressionType.ConvertChecked => "checked((" + TypeName(unary.Type) + ")" + Operand(unary) + ")",
        _ => throw new NotSupportedException("no C# form for " + unary.NodeType),
    };

    private static string Operand(UnaryExpression unary) => "(" + Print(unary.Operand) + ")";

    private static string Binary(BinaryExpression binary)
    {
        var (symbol, wrapper) = binary.NodeType switch
        {
            ExpressionType.Add => ("+", "unchecked"),
            ExpressionType.AddChecked => ("+", "checked"),
            ExpressionType.Subtract => ("-", "unchecked"),
            ExpressionType.SubtractChecked => ("-", "checked"),
            ExpressionType.Multiply => ("*", "unchecked"),
            ExpressionType.MultiplyChecked => ("*", "checked"),
            ExpressionType.Divide => ("/", "unchecked"),
            ExpressionType.Modulo => ("%", "unchecked"),
            ExpressionType.Equal => ("==", string.Empty),
            ExpressionType.NotEqual => ("!=", string.Empty),
            ExpressionType.LessThan => ("<", string.Empty),
            ExpressionType.LessThanOrEqual => ("<=", string.Empty),
            ExpressionType.GreaterThan => (">", string.Empty),
            ExpressionType.GreaterThanOrEqual => (">=", string.Empty),
            ExpressionType.AndAlso => ("&&", string.Empty),
            ExpressionType.OrElse => ("||", string.Empty),
            ExpressionType.And => ("&", string.Empty),
            ExpressionType.Or => ("|", string.Empty),
            ExpressionType.Coalesce => ("??", string.Empty),
            _ => throw new NotSupportedException("no C# form for " + binary.NodeType),
        };

        if (binary.Method is { } method && !method.IsSpecialName)
        {
            throw new NotSupportedException("a binary node calling " + method.Name + " has no operator form");
        }

        if (binary.IsLiftedToNull && binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan
            or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual)
        {
            throw new NotSupportedException("a comparison lifted to null has no C# form");
        }

        return wrapper + "((" + Print(binary.Left) + ") " + symbol + " (" + Print(binary.Right) + "))";
    }

    private static string Constant(object? value, Type type)
    {
        if (value is null)
        {
            return "default(" + TypeName(type) + ")";
        }

        var text = value switch
        {
            bool b => b ? "true" : "false",
            decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            string s => Literal(s),
            Enum e => Enum.IsDefined(e.GetType(), e)
                ? TypeName(e.GetType()) + "." + e
                : "((" + TypeName(e.GetType()) + ")" + Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")",
            _ => throw new NotSupportedException("no C# form for a constant of type " + value.GetType()),
        };

        // A constant typed as nullable keeps its type.
        return type == value.GetType() ? "(" + text + ")" : "((" + TypeName(type) + ")(" + text + "))";
    }

    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
