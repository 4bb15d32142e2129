using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PerfIndicators.RuleGenerator;

/// <summary>A translated expression: its C# text, its type, and whether it is a literal (and which).</summary>
internal sealed class Typed(string code, RuleType type, LiteralSyntax? literal = null)
{
    public string Code { get; } = code;

    public RuleType Type { get; } = type;

    /// <summary>The literal this is, or <see langword="null"/> for anything computed.</summary>
    public LiteralSyntax? Literal { get; } = literal;

    public bool IsLiteral => Literal is not null;
}

/// <summary>What an expression sees: the facts <c>x</c>, the parameters <c>p</c>, and the local parameters in scope.</summary>
internal sealed class Scope(TypeModel types, string facts, string parameters, Dictionary<string, Typed> locals)
{
    public TypeModel Types { get; } = types;

    public string Facts { get; } = facts;

    public string Parameters { get; } = parameters;

    public Dictionary<string, Typed> Locals { get; } = locals;

    public Scope With(string name, Typed local) => new(Types, Facts, Parameters, new Dictionary<string, Typed>(Locals, StringComparer.Ordinal) { [name] = local });
}

/// <summary>
/// Translates a parsed rule expression to C# that computes exactly what the delegate the policy loader compiles at run
/// time computes (System.Linq.Dynamic.Core's tree, checked by ExpressionGuard, integer arithmetic made checked):
/// the same operand conversions, literal promotions (an <c>int</c> or real literal next to a decimal becomes that
/// decimal literal), enum names read from strings, and overflow as <see cref="OverflowException"/>. Every operation is
/// parenthesized. What it cannot translate exactly it refuses with <see cref="NotTranslatedException"/>; refusing is
/// always safe, because the loader then compiles the expression itself.
/// </summary>
internal static class RuleTranslator
{
    public static Typed Translate(Syntax syntax, Scope scope)
    {
        switch (syntax)
        {
            case LiteralSyntax literal:
                return Literal(literal);
            case IdentifierSyntax identifier:
                return Identifier(identifier.Name, scope);
            case MemberSyntax member:
                return Member(member, scope);
            case CallSyntax call:
                return Call(call, scope);
            case UnarySyntax unary:
                return Unary(unary, scope);
            case BinarySyntax binary:
                return Binary(binary, scope);
            case ConditionalSyntax conditional:
                return Conditional(conditional, scope);
            default:
                throw new NotTranslatedException("an unknown construct");
        }
    }

    /// <summary>The condition of a rule: a bool.</summary>
    public static string Condition(Syntax syntax, Scope scope)
    {
        var typed = Translate(syntax, scope);
        return typed.Type.Kind == ValueKind.Bool ? typed.Code : throw new NotTranslatedException("the condition is not a bool");
    }

    /// <summary>A score: a decimal, or a number the library converts to one.</summary>
    public static string Score(Syntax syntax, Scope scope) => AsDecimal(Translate(syntax, scope));

    /// <summary>A local parameter's value: any type the loader accepts for one.</summary>
    public static Typed Local(Syntax syntax, Scope scope)
    {
        var typed = Translate(syntax, scope);
        return typed.Type.Kind is ValueKind.Real or ValueKind.Other
            ? throw new NotTranslatedException("a local parameter of type " + typed.Type.Name)
            : typed.IsLiteral && typed.Literal!.Kind == LiteralKind.Null ? throw new NotTranslatedException("a null local parameter") : typed;
    }

    private static Typed Literal(LiteralSyntax literal)
    {
        switch (literal.Kind)
        {
            case LiteralKind.Integer:
                // The library reads a bare integer as int when it fits (wider ones become uint, long or ulong).
                if (!long.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < int.MinValue || value > int.MaxValue)
                {
                    throw new NotTranslatedException("an integer literal beyond int");
                }

                return new Typed("(" + value.ToString(CultureInfo.InvariantCulture) + ")", RuleType.Int, literal);
            case LiteralKind.Decimal:
                return new Typed("(" + DecimalText(literal.Text) + ")", RuleType.Decimal, literal);
            case LiteralKind.Real:
                DecimalText(literal.Text);
                return new Typed("(" + literal.Text + ")", RuleType.Real, literal);
            case LiteralKind.String:
                return new Typed("(" + CSharp.Literal(literal.Text) + ")", RuleType.String, literal);
            case LiteralKind.True:
                return new Typed("(true)", RuleType.Bool, literal);
            case LiteralKind.False:
                return new Typed("(false)", RuleType.Bool, literal);
            default:
                return new Typed("null", RuleType.Other, literal);
        }
    }

    /// <summary>The C# decimal literal of <paramref name="text"/> (digits, an optional point and sign): the value and scale decimal.Parse gives.</summary>
    private static string DecimalText(string text)
    {
        var digits = text.TrimStart('-').Replace(".", string.Empty).TrimStart('0');
        if (digits.Length > 28 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            throw new NotTranslatedException("a number with more digits than decimal keeps");
        }

        return text + "m";
    }

    private static Typed Identifier(string name, Scope scope)
    {
        if (name == "x")
        {
            return new Typed("x", new RuleType(ValueKind.Model, scope.Facts, []));
        }

        if (name == "p")
        {
            return new Typed("p", new RuleType(ValueKind.Model, scope.Parameters, []));
        }

        return scope.Locals.TryGetValue(name, out var local) ? local : throw new NotTranslatedException("the name '" + name + "'");
    }

    private static Typed Member(MemberSyntax member, Scope scope)
    {
        if (member.Target is IdentifierSyntax { Name: "Math" or "int" or "decimal" or "string" })
        {
            throw new NotTranslatedException("a static member");
        }

        var target = Translate(member.Target, scope);
        if (target.Type.Kind == ValueKind.String && member.Name == "Length" && !target.IsLiteral)
        {
            return new Typed("(" + target.Code + ").Length", RuleType.Int);
        }

        if (target.Type.Kind != ValueKind.Model)
        {
            throw new NotTranslatedException("a member of " + target.Type.Name);
        }

        var type = scope.Types.Member(target.Type.Name, member.Name);
        if (type is null || type.Kind == ValueKind.Other)
        {
            throw new NotTranslatedException("the member " + member.Name + " of " + target.Type.Name);
        }

        return new Typed("(" + target.Code + ")." + member.Name, type);
    }

    private static Typed Call(CallSyntax call, Scope scope)
    {
        var arguments = call.Arguments.Select(a => Translate(a, scope)).ToList();
        if (call.Target is null)
        {
            // int(e): the library converts with ConvertChecked, or returns e when it already is an int. (decimal(e) is
            // a call of decimal's constructor to the library, which the rule guard refuses.)
            if (arguments.Count != 1 || arguments[0].IsLiteral)
            {
                throw new NotTranslatedException("the conversion " + call.Name + "(…)");
            }

            var value = arguments[0];
            return (call.Name, value.Type.Kind) switch
            {
                ("int", ValueKind.Int) => value,
                ("int", ValueKind.Decimal) => new Typed("checked((int)(" + value.Code + "))", RuleType.Int),
                _ => throw new NotTranslatedException("the conversion " + call.Name + "(" + value.Type.Name + ")"),
            };
        }

        if (call.Target is IdentifierSyntax { Name: "Math" } && !scope.Locals.ContainsKey("Math"))
        {
            var count = call.Name switch
            {
                "Min" or "Max" => 2,
                "Abs" or "Floor" or "Ceiling" => 1,
                "Clamp" => 3,
                _ => throw new NotTranslatedException("Math." + call.Name),
            };

            // The rule guard allows Math only on decimals; the decimal overload is the one the library picks when an
            // argument is a decimal and the others are ints or literals it can promote.
            if (arguments.Count != count || arguments.Any(a => !a.Type.IsNumeric) || !arguments.Any(a => a.Type.Kind == ValueKind.Decimal)
                || arguments.All(a => a.IsLiteral))
            {
                throw new NotTranslatedException("Math." + call.Name + " not on decimals");
            }

            return new Typed("global::System.Math." + call.Name + "(" + string.Join(", ", arguments.Select(AsDecimal)) + ")", RuleType.Decimal);
        }

        if (call.Target is not null)
        {
            var target = Translate(call.Target, scope);
            if (target.Type.Kind == ValueKind.String && !target.IsLiteral && call.Name is "Contains" or "StartsWith" or "EndsWith"
                && arguments.Count == 1 && arguments[0].Type.Kind == ValueKind.String)
            {
                return new Typed("(" + target.Code + ")." + call.Name + "(" + arguments[0].Code + ")", RuleType.Bool);
            }
        }

        throw new NotTranslatedException("the call " + call.Name + "(…)");
    }

    private static Typed Unary(UnarySyntax unary, Scope scope)
    {
        var operand = Translate(unary.Operand, scope);
        if (operand.IsLiteral)
        {
            throw new NotTranslatedException("an operator on a literal");
        }

        return (unary.Operator, operand.Type.Kind) switch
        {
            ("!", ValueKind.Bool) => new Typed("(!" + operand.Code + ")", RuleType.Bool),
            ("-", ValueKind.Int) => new Typed("checked(-" + operand.Code + ")", RuleType.Int),
            ("-", ValueKind.Decimal) => new Typed("(-" + operand.Code + ")", RuleType.Decimal),
            _ => throw new NotTranslatedException("the operator " + unary.Operator + " on " + operand.Type.Name),
        };
    }

    private static Typed Binary(BinarySyntax binary, Scope scope)
    {
        var left = Translate(binary.Left, scope);
        var right = Translate(binary.Right, scope);
        if (left.IsLiteral && right.IsLiteral)
        {
            // C# would fold (and check) the constant; the loader computes it when the rule runs.
            throw new NotTranslatedException("an operator on two literals");
        }

        var op = binary.Operator;
        switch (op)
        {
            case "&&":
            case "||":
                return left.Type.Kind == ValueKind.Bool && right.Type.Kind == ValueKind.Bool
                    ? new Typed("(" + left.Code + " " + op + " " + right.Code + ")", RuleType.Bool)
                    : throw new NotTranslatedException(op + " on " + left.Type.Name + " and " + right.Type.Name);
            case "+":
            case "-":
            case "*":
            case "/":
            case "%":
                return Arithmetic(op, left, right);
            default:
                return Comparison(op, left, right);
        }
    }

    private static Typed Arithmetic(string op, Typed left, Typed right)
    {
        if (left.Type.Kind == ValueKind.Int && right.Type.Kind == ValueKind.Int)
        {
            // Integer arithmetic that overflows throws, as the loader's compiled form does (a rule that cannot be
            // evaluated, PI3014), instead of wrapping around.
            var wrapper = op is "+" or "-" or "*" ? "checked" : string.Empty;
            return new Typed(wrapper + "(" + left.Code + " " + op + " " + right.Code + ")", RuleType.Int);
        }

        if (IsDecimalPair(left, right))
        {
            return new Typed("(" + AsDecimal(left) + " " + op + " " + AsDecimal(right) + ")", RuleType.Decimal);
        }

        throw new NotTranslatedException(op + " on " + left.Type.Name + " and " + right.Type.Name);
    }

    private static Typed Comparison(string op, Typed left, Typed right)
    {
        var equality = op is "==" or "!=";

        // A real literal is compared with a decimal as a double by the library, which the guard refuses.
        if (left.Type.Kind == ValueKind.Real || right.Type.Kind == ValueKind.Real)
        {
            throw new NotTranslatedException("a real literal in a comparison");
        }

        if (left.Type.Kind == ValueKind.Int && right.Type.Kind == ValueKind.Int)
        {
            return new Typed("(" + left.Code + " " + op + " " + right.Code + ")", RuleType.Bool);
        }

        if (IsDecimalPair(left, right))
        {
            return new Typed("(" + AsDecimal(left) + " " + op + " " + AsDecimal(right) + ")", RuleType.Bool);
        }

        if (!equality)
        {
            throw new NotTranslatedException(op + " on " + left.Type.Name + " and " + right.Type.Name);
        }

        if ((left.Type.Kind == ValueKind.Bool && right.Type.Kind == ValueKind.Bool)
            || (left.Type.Kind == ValueKind.String && right.Type.Kind == ValueKind.String)
            || (left.Type.Kind is ValueKind.Enum or ValueKind.NullableEnum && left.Type.Equals(right.Type)))
        {
            return new Typed("(" + left.Code + " " + op + " " + right.Code + ")", RuleType.Bool);
        }

        if (left.Type.Kind is ValueKind.Enum or ValueKind.NullableEnum && right.Literal?.Kind == LiteralKind.String)
        {
            return new Typed("(" + left.Code + " " + op + " " + EnumMember(left.Type, right.Literal.Text) + ")", RuleType.Bool);
        }

        if (right.Type.Kind is ValueKind.Enum or ValueKind.NullableEnum && left.Literal?.Kind == LiteralKind.String)
        {
            return new Typed("(" + EnumMember(right.Type, left.Literal.Text) + " " + op + " " + right.Code + ")", RuleType.Bool);
        }

        throw new NotTranslatedException(op + " on " + left.Type.Name + " and " + right.Type.Name);
    }

    private static Typed Conditional(ConditionalSyntax conditional, Scope scope)
    {
        var test = Translate(conditional.Test, scope);
        var whenTrue = Translate(conditional.WhenTrue, scope);
        var whenFalse = Translate(conditional.WhenFalse, scope);
        if (test.Type.Kind != ValueKind.Bool || (test.IsLiteral && whenTrue.IsLiteral && whenFalse.IsLiteral))
        {
            throw new NotTranslatedException("a conditional on " + test.Type.Name);
        }

        if (whenTrue.Type.Kind is not (ValueKind.Real or ValueKind.Other or ValueKind.Model) && whenTrue.Type.Equals(whenFalse.Type))
        {
            return new Typed("(" + test.Code + " ? " + whenTrue.Code + " : " + whenFalse.Code + ")", whenTrue.Type);
        }

        if (IsDecimalPair(whenTrue, whenFalse))
        {
            return new Typed("(" + test.Code + " ? " + AsDecimal(whenTrue) + " : " + AsDecimal(whenFalse) + ")", RuleType.Decimal);
        }

        throw new NotTranslatedException("a conditional of " + whenTrue.Type.Name + " and " + whenFalse.Type.Name);
    }

    /// <summary>Whether the library computes <paramref name="left"/> and <paramref name="right"/> as decimals: one is a decimal, the other a decimal, an int or a promotable literal.</summary>
    private static bool IsDecimalPair(Typed left, Typed right)
    {
        bool Fits(Typed a, Typed other) =>
            a.Type.Kind == ValueKind.Decimal || (a.Type.Kind == ValueKind.Int && other.Type.Kind == ValueKind.Decimal)
            || (a.Type.Kind == ValueKind.Real && other.Type.Kind == ValueKind.Decimal && !other.IsLiteral);

        return (left.Type.Kind == ValueKind.Decimal || right.Type.Kind == ValueKind.Decimal) && Fits(left, right) && Fits(right, left);
    }

    /// <summary>The value as a decimal: an int or real literal re-read as a decimal literal (as the library does), an int converted.</summary>
    private static string AsDecimal(Typed value) => value.Type.Kind switch
    {
        ValueKind.Decimal => value.Code,
        ValueKind.Int when value.IsLiteral => "(" + DecimalText(value.Literal!.Text) + ")",
        ValueKind.Int => "((decimal)" + value.Code + ")",
        ValueKind.Real => "(" + DecimalText(value.Literal!.Text) + ")",
        _ => throw new NotTranslatedException("a " + value.Type.Name + " where a decimal is needed"),
    };

    private static string EnumMember(RuleType type, string name)
    {
        // The library reads the string as the enum member of that name; only an exact name is translated.
        if (!type.EnumMembers.Contains(name, StringComparer.Ordinal))
        {
            throw new NotTranslatedException("\"" + name + "\" is not a member of " + type.Name);
        }

        return type.Name.TrimEnd('?') + "." + name;
    }
}
