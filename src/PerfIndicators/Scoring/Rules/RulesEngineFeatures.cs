namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Which of RulesEngine's features a policy workflow uses, and the refusal, naming the rule and the feature, of those it
/// does not: supported are lambda-expression rules, <c>localParams</c>, nested rules (<c>operator</c> And, AndAlso, Or,
/// OrElse over child <c>rules</c>), <c>enabled</c>, and the <c>OutputExpression</c> action; refused are
/// <c>globalParams</c>, <c>workflowsToInject</c>, <c>successEvent</c>, <c>errorMessage</c>, <c>onFailure</c> and other
/// actions, and actions or properties on a child rule. Also turns a policy's workflows back into RulesEngine's own models,
/// so RulesEngine itself can run them (the conformance tests do).
/// </summary>
internal static class RulesEngineFeatures
{
    /// <summary>How deep child rules may nest.</summary>
    public const int MaxNesting = 8;

    private static bool IsOperator(string name) => name is "And" or "AndAlso" or "Or" or "OrElse";

    // Names the expression parser reads as something else: its keywords and operators, and the C# type names.
    private static bool IsReserved(string name) => name is RuleCompiler.FactsName or RuleCompiler.ParametersName
        or "it" or "parent" or "root" or "new" or "iif" or "isnull" or "np" or "as" or "is" or "cast" or "and" or "or" or "not" or "mod" or "in"
        or "eq" or "ne" or "lt" or "le" or "gt" or "ge" or "outer" or "true" or "false" or "null" or "object" or "bool" or "char" or "string"
        or "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" or "ulong" or "float" or "double" or "decimal";

    /// <summary>Refuses the workflow-level features a policy cannot use.</summary>
    /// <exception cref="ScoringPolicyException">When the workflow uses one.</exception>
    public static void CheckWorkflow(WorkflowDto workflow, string source)
    {
        var name = workflow.WorkflowName;
        if (workflow.RuleExpressionType is not (null or "LambdaExpression"))
        {
            throw new ScoringPolicyException(source, name, null, "ruleExpressionType must be LambdaExpression");
        }

        if (workflow.GlobalParams is not null)
        {
            throw new ScoringPolicyException(source, name, null, "globalParams (RulesEngine's workflow-wide parameters) are not supported: give each rule that needs them localParams");
        }

        if (workflow.WorkflowsToInject is not null)
        {
            throw new ScoringPolicyException(source, name, null, "workflowsToInject (running another workflow's rules) is not supported: a policy has exactly the workflows \"indicator\" and \"budget-execution\"");
        }
    }

    /// <summary>Checks a top-level rule's RulesEngine features and returns what of it is compiled.</summary>
    /// <exception cref="ScoringPolicyException">When the rule uses a feature a policy cannot use, or uses one wrongly.</exception>
    public static RuleShape Shape(RuleDto rule, string where, string source) =>
        Shape(rule, where, source, new HashSet<string>(StringComparer.Ordinal), depth: 0);

    private static RuleShape Shape(RuleDto rule, string where, string source, HashSet<string> outerNames, int depth)
    {
        if (rule.RuleExpressionType is not (null or "LambdaExpression"))
        {
            throw new ScoringPolicyException(source, where, null, "ruleExpressionType must be LambdaExpression");
        }

        if (rule.SuccessEvent is not null)
        {
            throw new ScoringPolicyException(source, where, null, "successEvent is not supported: a rule's result is its score, its rule id and its explanation (properties.explanation)");
        }

        if (rule.ErrorMessage is not null)
        {
            throw new ScoringPolicyException(source, where, null, "errorMessage is not supported: a rule that does not hold passes to the next one, and one that cannot be evaluated is reported with its own reason (PI3014)");
        }

        if (rule.WorkflowsToInject is not null)
        {
            throw new ScoringPolicyException(source, where, null, "workflowsToInject (running another workflow's rules) is not supported in a policy");
        }

        if (depth > 0 && rule.Actions is not null)
        {
            throw new ScoringPolicyException(source, where, null, "a child rule has no actions: the score is the top-level rule's actions.onSuccess");
        }

        if (depth > 0 && rule.Properties is not null)
        {
            throw new ScoringPolicyException(source, where, null, "a child rule has no properties: the top-level rule's properties explain the score");
        }

        var names = new HashSet<string>(outerNames, StringComparer.Ordinal);
        var localParams = new List<KeyValuePair<string, string>>();
        foreach (var parameter in rule.LocalParams ?? [])
        {
            var name = parameter.Name;
            if (string.IsNullOrEmpty(name) || !IsName(name) || IsReserved(name))
            {
                throw new ScoringPolicyException(source, where, null, "the localParams name \"" + name + "\" is not allowed: a name is letters, digits and _, starts with a lower-case letter, and is none of x, p and the expression language's keywords");
            }

            if (!names.Add(name))
            {
                throw new ScoringPolicyException(source, where, null, "the localParams name \"" + name + "\" is defined twice (in this rule or a rule it is nested in)");
            }

            if (string.IsNullOrWhiteSpace(parameter.Expression))
            {
                throw new ScoringPolicyException(source, where, null, "the local parameter " + name + " has no expression");
            }

            localParams.Add(new KeyValuePair<string, string>(name, parameter.Expression));
        }

        var enabled = rule.Enabled ?? true;
        if (rule.Operator is null)
        {
            if (rule.Rules is not null)
            {
                throw new ScoringPolicyException(source, where, null, "child rules need an operator (And, AndAlso, Or or OrElse)");
            }

            if (rule.Expression is null)
            {
                throw new ScoringPolicyException(source, where, null, "the rule has no expression");
            }

            return new RuleShape(rule.RuleName ?? string.Empty, localParams, rule.Expression, null, [], enabled);
        }

        if (!IsOperator(rule.Operator))
        {
            throw new ScoringPolicyException(source, where, null, "the operator \"" + rule.Operator + "\" is not one of And, AndAlso, Or, OrElse (written so)");
        }

        if (rule.Expression is not null)
        {
            throw new ScoringPolicyException(source, where, rule.Expression, "a nested rule (operator " + rule.Operator + ") has no expression of its own: RulesEngine would ignore it");
        }

        if (rule.Rules is not { Count: > 0 } children)
        {
            throw new ScoringPolicyException(source, where, null, "a nested rule (operator " + rule.Operator + ") needs child rules");
        }

        if (depth >= MaxNesting)
        {
            throw new ScoringPolicyException(source, where, null, "child rules nest more than " + MaxNesting + " levels deep");
        }

        var shapes = new List<RuleShape>(children.Count);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var childName = child.RuleName;
            var childWhere = where + "/" + (string.IsNullOrWhiteSpace(childName) ? "#" + (i + 1) : childName);
            if (string.IsNullOrWhiteSpace(childName))
            {
                throw new ScoringPolicyException(source, childWhere, null, "the child rule has no ruleName");
            }

            shapes.Add(Shape(child, childWhere, source, names, depth + 1));
        }

        if (!shapes.Exists(s => s.Enabled))
        {
            throw new ScoringPolicyException(source, where, null, "the nested rule has no enabled child rule, so it could never hold");
        }

        return new RuleShape(rule.RuleName ?? string.Empty, localParams, null, rule.Operator, shapes, enabled);
    }

    private static bool IsName(string name)
    {
        if (name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The workflows as RulesEngine's own models (enabled rules only), so RulesEngine itself can run them.</summary>
    public static IReadOnlyList<RulesEngine.Models.Workflow> ToRulesEngine(IReadOnlyList<WorkflowDto> workflows) =>
    [
        .. workflows.Select(w => new RulesEngine.Models.Workflow
        {
            WorkflowName = w.WorkflowName,
            Rules = [.. (w.Rules ?? []).Where(r => r.Enabled ?? true).Select(ToRulesEngine)],
        }),
    ];

    private static RulesEngine.Models.Rule ToRulesEngine(RuleDto rule) => new()
    {
        RuleName = rule.RuleName,
        Expression = rule.Expression,
        Enabled = rule.Enabled ?? true,
        RuleExpressionType = RulesEngine.Models.RuleExpressionType.LambdaExpression,
        LocalParams = rule.LocalParams?.Select(p => new RulesEngine.Models.ScopedParam { Name = p.Name, Expression = p.Expression }).ToList(),
        Operator = rule.Operator,
        Rules = rule.Rules?.Select(ToRulesEngine).ToList(),
        Actions = rule.Actions?.OnSuccess is { } success
            ? new RulesEngine.Models.RuleActions
            {
                OnSuccess = new RulesEngine.Models.ActionInfo
                {
                    Name = success.Name,
                    Context = success.Context?.ToDictionary(kv => kv.Key == "expression" ? "Expression" : kv.Key, kv => (object)kv.Value),
                },
            }
            : null,
    };
}
