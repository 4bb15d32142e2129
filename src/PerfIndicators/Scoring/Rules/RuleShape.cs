using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// What of a rule is compiled: its local parameters (RulesEngine's <c>localParams</c>), then either its expression or
/// its operator (<c>And</c>, <c>AndAlso</c>, <c>Or</c>, <c>OrElse</c>) over child rules. The policy loader builds it
/// from a policy file and the rule generator from the same file at build time; both name a rule's compiled form by
/// <see cref="ConditionKey"/> and <see cref="ScoreKey"/>, which this one piece of code builds for both.
/// </summary>
/// <remarks>
/// The keys are injective: every text is length-prefixed, so two rules get the same key only when every expression,
/// name, operator and child is the same.
/// </remarks>
internal sealed class RuleShape
{
    public RuleShape(
        string name,
        IReadOnlyList<KeyValuePair<string, string>> localParams,
        string? expression,
        string? @operator,
        IReadOnlyList<RuleShape> children,
        bool enabled)
    {
        Name = name;
        LocalParams = localParams;
        Expression = expression;
        Operator = @operator;
        Children = children;
        Enabled = enabled;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The local parameters in order: each a name and the expression it stands for.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LocalParams { get; }

    /// <summary>The condition of a leaf rule, or <see langword="null"/> for a nested rule.</summary>
    public string? Expression { get; }

    /// <summary>The operator of a nested rule, or <see langword="null"/> for a leaf rule.</summary>
    public string? Operator { get; }

    /// <summary>The child rules of a nested rule, in order (disabled ones included).</summary>
    public IReadOnlyList<RuleShape> Children { get; }

    /// <summary>Whether the rule takes part (RulesEngine's <c>Enabled</c>).</summary>
    public bool Enabled { get; }

    /// <summary>Whether the children must all hold (<c>And</c>, <c>AndAlso</c>) rather than one (<c>Or</c>, <c>OrElse</c>).</summary>
    public bool IsConjunction => Operator is "And" or "AndAlso";

    /// <summary>
    /// Whether the children are evaluated only until the result is known (<c>AndAlso</c>, <c>OrElse</c>, as C#'s
    /// <c>&amp;&amp;</c> and <c>||</c>) rather than all of them (<c>And</c>, <c>Or</c>, as <c>&amp;</c> and <c>|</c>).
    /// </summary>
    public bool IsShortCircuit => Operator is "AndAlso" or "OrElse";

    /// <summary>The key of the rule's condition: its local parameters, then its expression or its operator and children.</summary>
    public string ConditionKey()
    {
        var key = new StringBuilder();
        AppendCondition(key);
        return key.ToString();
    }

    /// <summary>The key of the score expression <paramref name="output"/> evaluated with the rule's local parameters.</summary>
    public string ScoreKey(string output)
    {
        var key = new StringBuilder();
        AppendParams(key);
        key.Append('O');
        AppendText(key, output);
        return key.ToString();
    }

    private void AppendCondition(StringBuilder key)
    {
        AppendParams(key);
        if (Operator is null)
        {
            key.Append('E');
            AppendText(key, Expression ?? string.Empty);
            return;
        }

        key.Append('N');
        AppendText(key, Operator);
        key.Append(Children.Count.ToString(CultureInfo.InvariantCulture)).Append(':');
        foreach (var child in Children)
        {
            key.Append(child.Enabled ? '+' : '-');
            child.AppendCondition(key);
        }
    }

    private void AppendParams(StringBuilder key)
    {
        if (LocalParams.Count == 0)
        {
            return;
        }

        key.Append('L').Append(LocalParams.Count.ToString(CultureInfo.InvariantCulture)).Append(':');
        foreach (var pair in LocalParams)
        {
            AppendText(key, pair.Key);
            AppendText(key, pair.Value);
        }
    }

    private static void AppendText(StringBuilder key, string text) =>
        key.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
