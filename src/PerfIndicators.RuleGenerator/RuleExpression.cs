using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfIndicators.RuleGenerator;

/// <summary>
/// A rule expression parsed as System.Linq.Dynamic.Core (the parser RulesEngine uses) parses it, for the part of its
/// language the generator translates: identifiers, member access, calls, literals, unary <c>! -</c>, binary
/// <c>* / % + - == != &lt; &lt;= &gt; &gt;= &amp;&amp; ||</c> and <c>?:</c>, with the library's precedence (all
/// comparisons on one level, left to right). Anything else throws <see cref="NotTranslatedException"/>, and the rule is
/// compiled when the policy is loaded instead.
/// </summary>
internal abstract class Syntax
{
    public static Syntax Parse(string text) => new SyntaxParser(text).ParseAll();
}

internal sealed class LiteralSyntax(LiteralKind kind, string text) : Syntax
{
    public LiteralKind Kind { get; } = kind;

    /// <summary>The literal as written (with a leading minus merged in, as the library does).</summary>
    public string Text { get; } = text;
}

internal enum LiteralKind
{
    Integer,
    Decimal,
    Real,
    String,
    True,
    False,
    Null,
}

internal sealed class IdentifierSyntax(string name) : Syntax
{
    public string Name { get; } = name;
}

internal sealed class MemberSyntax(Syntax target, string name) : Syntax
{
    public Syntax Target { get; } = target;

    public string Name { get; } = name;
}

/// <summary>A call: <c>int(e)</c> (no target), <c>Math.Max(a, b)</c> or <c>s.Contains(t)</c>.</summary>
internal sealed class CallSyntax(Syntax? target, string name, List<Syntax> arguments) : Syntax
{
    public Syntax? Target { get; } = target;

    public string Name { get; } = name;

    public List<Syntax> Arguments { get; } = arguments;
}

internal sealed class UnarySyntax(string op, Syntax operand) : Syntax
{
    public string Operator { get; } = op;

    public Syntax Operand { get; } = operand;
}

internal sealed class BinarySyntax(string op, Syntax left, Syntax right) : Syntax
{
    public string Operator { get; } = op;

    public Syntax Left { get; } = left;

    public Syntax Right { get; } = right;
}

internal sealed class ConditionalSyntax(Syntax test, Syntax whenTrue, Syntax whenFalse) : Syntax
{
    public Syntax Test { get; } = test;

    public Syntax WhenTrue { get; } = whenTrue;

    public Syntax WhenFalse { get; } = whenFalse;
}

/// <summary>The expression uses something the generator does not translate; the rule is compiled at load instead.</summary>
internal sealed class NotTranslatedException(string reason) : Exception(reason);

internal sealed class SyntaxParser
{
    private const int MaxDepth = 64;

    // Identifiers the library reads as operators or keywords; none is a fact, a parameter or a local parameter.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "mod", "in", "is", "as", "eq", "ne", "lt", "le", "gt", "ge", "it", "parent", "root", "new",
        "iif", "isnull", "np", "cast", "outer",
    };

    private readonly List<Token> tokens;
    private int index;
    private int depth;

    public SyntaxParser(string text) => tokens = Tokenize(text);

    public Syntax ParseAll()
    {
        var result = Conditional();
        if (Current.Kind != TokenKind.End)
        {
            throw new NotTranslatedException("unexpected '" + Current.Text + "'");
        }

        return result;
    }

    private Token Current => tokens[index];

    private Syntax Conditional()
    {
        Enter();
        var test = Or();
        if (Current.Text == "?" && Current.Kind == TokenKind.Operator)
        {
            index++;
            var whenTrue = Conditional();
            Expect(":");
            var whenFalse = Conditional();
            test = new ConditionalSyntax(test, whenTrue, whenFalse);
        }

        depth--;
        return test;
    }

    private Syntax Or()
    {
        var left = And();
        while (IsOperator("||"))
        {
            index++;
            left = new BinarySyntax("||", left, And());
        }

        return left;
    }

    private Syntax And()
    {
        var left = Comparison();
        while (IsOperator("&&"))
        {
            index++;
            left = new BinarySyntax("&&", left, Comparison());
        }

        return left;
    }

    private Syntax Comparison()
    {
        var left = Additive();
        while (IsOperator("==") || IsOperator("!=") || IsOperator("<") || IsOperator("<=") || IsOperator(">") || IsOperator(">="))
        {
            var op = Current.Text;
            index++;
            left = new BinarySyntax(op, left, Additive());
        }

        return left;
    }

    private Syntax Additive()
    {
        var left = Multiplicative();
        while (IsOperator("+") || IsOperator("-"))
        {
            var op = Current.Text;
            index++;
            left = new BinarySyntax(op, left, Multiplicative());
        }

        return left;
    }

    private Syntax Multiplicative()
    {
        var left = Unary();
        while (IsOperator("*") || IsOperator("/") || IsOperator("%"))
        {
            var op = Current.Text;
            index++;
            left = new BinarySyntax(op, left, Unary());
        }

        return left;
    }

    private Syntax Unary()
    {
        if (IsOperator("-") || IsOperator("!"))
        {
            var op = Current.Text;
            index++;

            // The library reads a minus followed directly by a number as a negative literal.
            if (op == "-" && Current.Kind is TokenKind.Integer or TokenKind.Real)
            {
                var literal = Current;
                index++;
                return Postfix(Number(literal, "-"));
            }

            Enter();
            var operand = Unary();
            depth--;
            return new UnarySyntax(op, operand);
        }

        return Postfix(Primary());
    }

    private Syntax Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Real:
                index++;
                return Number(token, string.Empty);
            case TokenKind.String:
                index++;
                if (Current.Kind == TokenKind.String)
                {
                    throw new NotTranslatedException("adjacent string literals");
                }

                return new LiteralSyntax(LiteralKind.String, token.Text);
            case TokenKind.Identifier:
                index++;
                switch (token.Text)
                {
                    case "true":
                        return new LiteralSyntax(LiteralKind.True, token.Text);
                    case "false":
                        return new LiteralSyntax(LiteralKind.False, token.Text);
                    case "null":
                        return new LiteralSyntax(LiteralKind.Null, token.Text);
                }

                if (Reserved.Contains(token.Text))
                {
                    throw new NotTranslatedException("the keyword '" + token.Text + "'");
                }

                if (IsOperator("("))
                {
                    return new CallSyntax(null, token.Text, Arguments());
                }

                return new IdentifierSyntax(token.Text);
            default:
                if (IsOperator("("))
                {
                    index++;
                    var inner = Conditional();
                    Expect(")");
                    return inner;
                }

                throw new NotTranslatedException("unexpected '" + token.Text + "'");
        }
    }

    private Syntax Postfix(Syntax target)
    {
        while (IsOperator("."))
        {
            index++;
            if (Current.Kind != TokenKind.Identifier)
            {
                throw new NotTranslatedException("a member name was expected");
            }

            var name = Current.Text;
            index++;
            target = IsOperator("(") ? new CallSyntax(target, name, Arguments()) : new MemberSyntax(target, name);
        }

        return target;
    }

    private List<Syntax> Arguments()
    {
        Expect("(");
        var arguments = new List<Syntax>();
        if (IsOperator(")"))
        {
            index++;
            return arguments;
        }

        while (true)
        {
            arguments.Add(Conditional());
            if (IsOperator(","))
            {
                index++;
                continue;
            }

            Expect(")");
            return arguments;
        }
    }

    private static LiteralSyntax Number(Token token, string sign)
    {
        var text = sign + token.Text;
        var last = text[text.Length - 1];
        if (last is 'm' or 'M')
        {
            return new LiteralSyntax(LiteralKind.Decimal, text.Substring(0, text.Length - 1));
        }

        return new LiteralSyntax(token.Kind == TokenKind.Integer ? LiteralKind.Integer : LiteralKind.Real, text);
    }

    private bool IsOperator(string text) => Current.Kind == TokenKind.Operator && Current.Text == text;

    private void Expect(string text)
    {
        if (!IsOperator(text))
        {
            throw new NotTranslatedException("'" + text + "' was expected");
        }

        index++;
    }

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            throw new NotTranslatedException("nested too deeply");
        }
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty));
                return tokens;
            }

            var c = text[i];
            var start = i;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_')
            {
                while (i < text.Length && (text[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                {
                    i++;
                }

                if (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    throw new NotTranslatedException("a non-ASCII identifier");
                }

                tokens.Add(new Token(TokenKind.Identifier, text.Substring(start, i - start)));
            }
            else if (c is >= '0' and <= '9')
            {
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    i++;
                }

                var kind = TokenKind.Integer;
                if (i + 1 < text.Length && text[i] == '.' && text[i + 1] is >= '0' and <= '9')
                {
                    kind = TokenKind.Real;
                    i++;
                    while (i < text.Length && text[i] is >= '0' and <= '9')
                    {
                        i++;
                    }
                }

                if (i < text.Length && text[i] is 'm' or 'M')
                {
                    i++;
                }

                if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_'))
                {
                    throw new NotTranslatedException("a number written as " + text.Substring(start, Math.Min(text.Length, i + 1) - start));
                }

                if (i - start > 30)
                {
                    throw new NotTranslatedException("a number with too many digits");
                }

                tokens.Add(new Token(kind, text.Substring(start, i - start)));
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' || char.IsControl(text[i]))
                    {
                        throw new NotTranslatedException("a string with escapes");
                    }

                    i++;
                }

                if (i >= text.Length)
                {
                    throw new NotTranslatedException("an unterminated string");
                }

                i++;
                tokens.Add(new Token(TokenKind.String, text.Substring(start + 1, i - start - 2)));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
                if (two is "==" or "!=" or "<=" or ">=" or "&&" or "||")
                {
                    tokens.Add(new Token(TokenKind.Operator, two));
                    i += 2;
                }
                else if (two is "<>" or "=>" or "??" or "?." or "<<" or ">>")
                {
                    throw new NotTranslatedException("the operator " + two);
                }
                else if (c is '(' or ')' or '.' or ',' or '!' or '-' or '+' or '*' or '/' or '%' or '<' or '>' or '?' or ':')
                {
                    tokens.Add(new Token(TokenKind.Operator, c.ToString()));
                    i++;
                }
                else
                {
                    throw new NotTranslatedException("the character '" + c + "'");
                }
            }
        }
    }

    private enum TokenKind
    {
        Identifier,
        Integer,
        Real,
        String,
        Operator,
        End,
    }

    private readonly struct Token(TokenKind kind, string text)
    {
        public TokenKind Kind { get; } = kind;

        public string Text { get; } = text;
    }
}

/// <summary>Writes a C# literal for a string.</summary>
internal static class CSharp
{
    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
