using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>Scores budget execution (预算执行率) with the policy's <c>budget-execution</c> workflow.</summary>
internal static class BudgetScorer
{
    public static BudgetExecutionAssessment Assess(ScoringPolicy policy, BudgetInput? budget, List<Diagnostic> findings)
    {
        var parameters = policy.Parameters;
        var points = parameters.Weights.BudgetExecution;
        if (budget is null)
        {
            const string NotReported = "未填写预算执行情况（全年预算数、全年执行数），需补充后评分";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NeedsManualScoring, DiagnosticSeverity.Warning, null, NotReported));
            return new BudgetExecutionAssessment(null, null, null, points, null, null, true, null, NotReported);
        }

        decimal? adjusted, executed, initial;
        try
        {
            adjusted = budget.Adjusted ?? Sum(budget, s => s.Adjusted);
            executed = budget.Executed ?? Sum(budget, s => s.Executed);
            initial = budget.Initial ?? Sum(budget, s => s.Initial);
        }
        catch (OverflowException)
        {
            const string TooLarge = "各资金来源的预算数或执行数之和超出可计算范围，无法计算预算执行率，请核对";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.InvalidBudget, DiagnosticSeverity.Error, null, TooLarge));
            return new BudgetExecutionAssessment(budget.Initial, budget.Adjusted, budget.Executed, points, null, null, true, null, TooLarge);
        }
        if (adjusted is null && initial is not null)
        {
            adjusted = initial;
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.InvalidBudget, DiagnosticSeverity.Warning, null, "未填写全年预算数，按年初预算数 " + DisplayText.Number(initial.Value) + " 计算执行率 (no adjusted budget: the rate uses the initial budget)"));
        }

        if (budget.Rate is decimal printed && printed >= 0m && adjusted is decimal baseAmount && baseAmount >= 0m)
        {
            if (executed is null)
            {
                executed = decimal.Round(baseAmount * Math.Min(printed, 1_000m), 6, MidpointRounding.AwayFromZero);
                findings.Add(Diagnostic.ForIndicator(
                    DiagnosticCodes.ExecutedFromRate,
                    DiagnosticSeverity.Info,
                    null,
                    "未填写全年执行数，按印出的执行率 " + DisplayText.Percent(printed) + " × 全年预算数 " + DisplayText.Number(baseAmount) + " 计为 " + DisplayText.Number(executed.Value)
                        + " (executed taken from the printed rate)"));
            }
            else if (baseAmount > 0m && executed >= 0m && executed < baseAmount * 1_000m && Math.Abs(executed.Value / baseAmount - printed) >= 0.005m)
            {
                findings.Add(Diagnostic.ForIndicator(
                    DiagnosticCodes.ExecutionRateMismatch,
                    DiagnosticSeverity.Warning,
                    null,
                    "印出的执行率 " + DisplayText.Percent(printed) + " 与 全年执行数 " + DisplayText.Number(executed.Value) + " ÷ 全年预算数 " + DisplayText.Number(baseAmount) + " = "
                        + DisplayText.Percent(executed.Value / baseAmount) + " 不符，按计算值计分 (the printed execution rate differs from executed ÷ budget)"));
            }
        }

        if (adjusted is null || executed is null || adjusted < 0m || executed < 0m || initial < 0m)
        {
            var problem = adjusted is null || executed is null
                ? "未填写全年预算数或全年执行数，无法计算预算执行率，需补充后评分"
                : "预算数或执行数为负数，无法计算预算执行率，请核对";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.InvalidBudget, DiagnosticSeverity.Error, null, problem));
            return new BudgetExecutionAssessment(initial, adjusted, executed, points, null, null, true, null, problem);
        }

        var facts = new BudgetFacts(initial ?? 0m, adjusted.Value, executed.Value, points);
        // A rate beyond decimal (a tiny budget, a huge expenditure) is unknown here; a rule that reads it fails loudly (PI3014).
        decimal? rate = facts.HasRate && (facts.Adjusted >= 1m || facts.Executed < decimal.MaxValue * facts.Adjusted) ? facts.Rate : null;
        CompiledRule<BudgetFacts>? rule;
        decimal? score = null;
        string? failure = null;
        try
        {
            rule = policy.BudgetWorkflow.Match(facts, parameters);
            if (rule?.Disposition == RuleDisposition.Score)
            {
                score = parameters.Rounding.ApplyWithin(Math.Clamp(rule.Score!(facts, parameters), 0m, points), points);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArithmeticException or ArgumentException)
        {
            rule = null;
            failure = e.Message;
        }

        var applicable = rule?.Disposition != RuleDisposition.NotApplicable;
        string explanation;
        if (failure is not null)
        {
            explanation = "预算执行率规则无法计算（" + failure + "），需人工评分";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.RuleFailed, DiagnosticSeverity.Error, null, explanation));
        }
        else if (rule is null)
        {
            explanation = "评分办法 " + policy.Id + " 中没有适用于预算执行的规则，需人工评分";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NeedsManualScoring, DiagnosticSeverity.Warning, null, explanation));
        }
        else
        {
            explanation = rule.Explanation.Render((facts, rate, score), static (state, name) => name switch
            {
                "R" => state.rate is decimal r ? DisplayText.Percent(r) : "—",
                "W" => DisplayText.Number(state.facts.W),
                "score" => state.score is decimal s ? DisplayText.Score(s) : "—",
                "initial" => DisplayText.Number(state.facts.Initial),
                "adjusted" => DisplayText.Number(state.facts.Adjusted),
                "executed" => DisplayText.Number(state.facts.Executed),
                _ => "{" + name + "}",
            });
            if (!applicable)
            {
                findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.BudgetNotApplicable, DiagnosticSeverity.Info, null, explanation));
            }
            else if (rule.Disposition == RuleDisposition.Manual)
            {
                findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NeedsManualScoring, DiagnosticSeverity.Warning, null, explanation));
            }
        }

        if (rate is decimal r && applicable)
        {
            if (r < parameters.ExecutionReasonBelow)
            {
                findings.Add(Diagnostic.ForIndicator(
                    DiagnosticCodes.LowBudgetExecution,
                    DiagnosticSeverity.Warning,
                    null,
                    "预算执行率 " + DisplayText.Percent(r) + " 低于 " + DisplayText.Percent(parameters.ExecutionReasonBelow)
                        + (string.IsNullOrWhiteSpace(budget.DeviationReason) ? "，且未说明原因" : "，已说明原因：" + budget.DeviationReason)));
            }

            if (r > 1m)
            {
                findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.ExecutionAboveBudget, DiagnosticSeverity.Warning, null, "全年执行数 " + DisplayText.Number(executed.Value) + " 超过全年预算数 " + DisplayText.Number(adjusted.Value) + "，执行率按 100% 计分 (executed above the budget: the rate is scored as 100%)"));
            }
        }

        return new BudgetExecutionAssessment(initial, adjusted, executed, points, rate, applicable ? score : null, applicable, rule?.Name, explanation);
    }

    private static decimal? Sum(BudgetInput budget, Func<FundingInput, decimal?> pick)
    {
        if (budget.Sources.IsDefaultOrEmpty || budget.Sources.All(s => pick(s) is null))
        {
            return null;
        }

        return budget.Sources.Sum(s => pick(s) ?? 0m);
    }
}
