namespace PerfIndicators.Scoring.Rules;

/// <summary>One rule of a workflow after compilation: its condition and score as plain delegates, and its explanation.</summary>
/// <typeparam name="TFacts">What the rule sees as <c>x</c>.</typeparam>
internal sealed class CompiledRule<TFacts>
{
    public CompiledRule(
        string name,
        int index,
        RuleShape shape,
        Func<TFacts, PolicyParameters, bool> when,
        string? output,
        Func<TFacts, PolicyParameters, decimal>? score,
        RuleDisposition disposition,
        ExplanationTemplate explanation,
        bool isPrecompiled)
    {
        Name = name;
        Index = index;
        Shape = shape;
        When = when;
        Output = output;
        Score = score;
        Disposition = disposition;
        Explanation = explanation;
        IsPrecompiled = isPrecompiled;
    }

    /// <summary>The rule's name (RuleName), which is the rule id reported with each score.</summary>
    public string Name { get; }

    /// <summary>The rule's position in its workflow.</summary>
    public int Index { get; }

    /// <summary>The condition as written: local parameters, then an expression or an operator over child rules.</summary>
    public RuleShape Shape { get; }

    /// <summary>The compiled condition.</summary>
    public Func<TFacts, PolicyParameters, bool> When { get; }

    /// <summary>The score expression as written, or <see langword="null"/> for a manual or not-applicable rule.</summary>
    public string? Output { get; }

    /// <summary>The compiled score expression.</summary>
    public Func<TFacts, PolicyParameters, decimal>? Score { get; }

    /// <summary>What the rule decides.</summary>
    public RuleDisposition Disposition { get; }

    /// <summary>The explanation, or for manual and not-applicable rules the reason.</summary>
    public ExplanationTemplate Explanation { get; }

    /// <summary>Whether the condition and score were compiled into the assembly at build time rather than when the policy was loaded.</summary>
    public bool IsPrecompiled { get; }
}

/// <summary>What a rule decides when its condition holds.</summary>
internal enum RuleDisposition
{
    /// <summary>The score expression gives the score.</summary>
    Score = 0,

    /// <summary>No formula applies: a person must score it (人工评分).</summary>
    Manual,

    /// <summary>The item is not applicable (e.g. budget execution with a zero budget).</summary>
    NotApplicable,
}

/// <summary>A compiled workflow: rules tried in order, the first whose condition holds decides.</summary>
/// <typeparam name="TFacts">What the rules see as <c>x</c>.</typeparam>
internal sealed class CompiledWorkflow<TFacts>(string name, CompiledRule<TFacts>[] rules)
{
    public string Name { get; } = name;

    public IReadOnlyList<CompiledRule<TFacts>> Rules => rules;

    /// <summary>The first rule whose condition holds, or <see langword="null"/>. Exceptions from a condition propagate.</summary>
    public CompiledRule<TFacts>? Match(TFacts facts, PolicyParameters parameters)
    {
        foreach (var rule in rules)
        {
            if (rule.When(facts, parameters))
            {
                return rule;
            }
        }

        return null;
    }
}
