namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// How large a rule expression may be. The expression parser and the compiler recurse once per nesting level, so a
/// deeply nested expression would otherwise end the process with a stack overflow, which no caller can catch. The
/// policy loader (<see cref="ExpressionGuard"/>) and the rule generator apply the same limits, from this one file.
/// </summary>
internal static class ExpressionLimits
{
    /// <summary>The longest rule expression accepted, in characters (the shipped rules use at most about 110).</summary>
    public const int MaxLength = 1000;

    /// <summary>The deepest nesting of parentheses, and the most conditionals (<c>?</c>), accepted (the shipped rules use 2 and 1).</summary>
    public const int MaxNesting = 16;

    /// <summary>The most operator characters accepted (the shipped rules use at most about 10).</summary>
    public const int MaxOperators = 128;

    /// <summary>Returns why <paramref name="expression"/> is too large, or <see langword="null"/>.</summary>
    public static string? Check(string expression)
    {
        if (expression.Length > MaxLength)
        {
            return "it is " + expression.Length + " characters long; a rule expression may have at most " + MaxLength;
        }

        int depth = 0, deepest = 0, conditionals = 0, operators = 0;
        char quote = '\0';
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    deepest = System.Math.Max(deepest, ++depth);
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '?':
                    conditionals++;
                    operators++;
                    break;
                case '+' or '-' or '*' or '/' or '%' or '!' or '<' or '>' or '=' or '&' or '|' or '^' or '~':
                    operators++;
                    break;
            }
        }

        return deepest > MaxNesting ? "it nests " + deepest + " levels deep; a rule expression may nest at most " + MaxNesting
            : conditionals > MaxNesting ? "it has " + conditionals + " conditionals (?); a rule expression may have at most " + MaxNesting
            : operators > MaxOperators ? "it has " + operators + " operators; a rule expression may have at most " + MaxOperators
            : null;
    }
}
