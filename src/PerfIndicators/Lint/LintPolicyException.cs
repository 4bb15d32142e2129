namespace PerfIndicators.Lint;

/// <summary>A lint policy file that cannot be used: bad JSON, an unknown rule or setting, a wrong code or value.</summary>
public sealed class LintPolicyException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>, naming <paramref name="rule"/> when one is at fault.</summary>
    /// <param name="source">The file (path or <c>embedded:&lt;id&gt;</c>).</param>
    /// <param name="rule">The rule at fault, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LintPolicyException(string source, string? rule, string problem, Exception? innerException = null)
        : base("Lint policy " + source + (rule is null ? string.Empty : ", rule " + rule) + ": " + problem, innerException)
    {
        PolicySource = source;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>The file at fault.</summary>
    public string PolicySource { get; }

    /// <summary>The rule at fault, or <see langword="null"/>.</summary>
    public string? Rule { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
