namespace PerfIndicators.Scoring;

/// <summary>
/// Thrown when a scoring policy file cannot be used: invalid JSON, an unknown or missing setting, a rule whose expression
/// does not compile or reaches outside the scoring model. The message names the file, the rule and the expression.
/// </summary>
public sealed class ScoringPolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The policy file (path or <c>embedded:national</c>).</param>
    /// <param name="rule">The rule concerned (<c>indicator/higher-ratio</c>), or <see langword="null"/>.</param>
    /// <param name="expression">The expression concerned, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ScoringPolicyException(string source, string? rule, string? expression, string problem, Exception? innerException = null)
        : base(Format(source, rule, expression, problem), innerException)
    {
        PolicySource = source;
        Rule = rule;
        Expression = expression;
        Problem = problem;
    }

    /// <summary>The policy file (a path, or <c>embedded:&lt;id&gt;</c>).</summary>
    public string PolicySource { get; }

    /// <summary>The rule concerned as <c>workflow/rule</c>, or <see langword="null"/> when the problem is not in a rule.</summary>
    public string? Rule { get; }

    /// <summary>The expression concerned, or <see langword="null"/>.</summary>
    public string? Expression { get; }

    /// <summary>What is wrong, without the file, rule and expression.</summary>
    public string Problem { get; }

    /// <summary>The most characters of an expression quoted in <see cref="Exception.Message"/> (a refused expression may be megabytes long).</summary>
    public const int MaxQuotedExpression = 200;

    private static string Quote(string expression) => expression.Length <= MaxQuotedExpression
        ? "\"" + expression + "\""
        : "\"" + expression[..(char.IsHighSurrogate(expression[MaxQuotedExpression - 1]) ? MaxQuotedExpression - 1 : MaxQuotedExpression)] + "…\" (" + expression.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";

    private static string Format(string source, string? rule, string? expression, string problem) =>
        "Scoring policy " + source
        + (rule is null ? string.Empty : ", rule " + rule)
        + (expression is null ? string.Empty : ", expression " + Quote(expression))
        + ": " + problem;
}
