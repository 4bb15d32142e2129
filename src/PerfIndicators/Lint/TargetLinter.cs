using System.Collections.Immutable;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;

namespace PerfIndicators.Lint;

/// <summary>
/// Target review (绩效目标审核): checks a project's performance targets before its budget is approved — is the indicator
/// system complete, is each target measurable, ambitious enough, in line with the money — under a
/// <see cref="LintPolicy"/>. Pure: no I/O; thread-safe.
/// </summary>
public sealed class TargetLinter
{
    private readonly LintPolicy policy;

    /// <summary>Creates a linter for <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public TargetLinter(LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        this.policy = policy;
    }

    /// <summary>The policy in force.</summary>
    public LintPolicy Policy => policy;

    /// <summary>Reviews a project of a budget document; spans are into the document's text, lines its lines.</summary>
    /// <param name="document">The document (its header gives the year and the department).</param>
    /// <param name="project">One of its projects.</param>
    /// <param name="context">Last year's projects, or <see langword="null"/>.</param>
    public LintReport Lint(BudgetDocument document, Project project, LintContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(project);
        return Lint(LintSubject.From(document, project), context ?? LintContext.None);
    }

    /// <summary>Reviews a project read from a project JSON, a template or a 目标表; spans are into each target's text.</summary>
    /// <param name="project">The project.</param>
    /// <param name="context">Last year's projects, or <see langword="null"/>.</param>
    public LintReport Lint(AssessmentInput project, LintContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Lint(LintSubject.From(project), context ?? LintContext.None);
    }

    private LintReport Lint(LintSubject subject, LintContext context)
    {
        var findings = ImmutableArray.CreateBuilder<LintFinding>();
        var run = new Run(subject, findings);
        foreach (var rule in policy.Rules.Where(r => r.Enabled))
        {
            run.Rule = rule;
            Check(run, rule, context);
        }

        return new LintReport(subject.Name, subject.Department, subject.FiscalYear, subject.Indicators.Length, findings.ToImmutable());
    }

    private static void Check(Run run, LintRule rule, LintContext context)
    {
        var subject = run.Subject;
        var items = subject.Indicators;
        switch (rule.Id)
        {
            case LintRuleIds.OutputSubcategories when items.Any(i => i.Category == IndicatorCategory.Output):
                if (items.All(i => i.Subcategory is null))
                {
                    // Tables that print only 一级指标 (广州's 目标表): one finding, not one per missing 二级指标.
                    run.Project("指标未标明二级指标，无法核对产出指标是否包括" + string.Join("、", rule.List("required").Select(SubcategoryLabel)) + "（no 二级指标 labels）");
                    break;
                }

                foreach (var required in rule.List("required"))
                {
                    if (Enum.TryParse<IndicatorSubcategory>(required, ignoreCase: true, out var sub) && !items.Any(i => i.Subcategory == sub))
                    {
                        run.Project("产出指标缺少" + sub.ToLabel() + "（no " + required + " indicator under 产出）");
                    }
                }

                break;
            case LintRuleIds.BenefitPresent when items.Length > 0 && !items.Any(i => i.Category == IndicatorCategory.Benefit):
                run.Project("未设置效益指标（no benefit indicator）");
                break;
            case LintRuleIds.SatisfactionPresent when items.Length > 0 && !items.Any(i => i.IsSatisfaction):
                run.Project("未设置满意度指标，有服务对象的项目应设置（no satisfaction indicator）");
                break;
            case LintRuleIds.CostPresent when items.Length > 0 && !items.Any(i => i.IsCost):
                run.Project("未设置成本指标（no cost indicator; 101号 makes them core）");
                break;
            case LintRuleIds.OnlyQualitative when items.Length > 0 && items.All(i => i.IsQualitative):
                run.Project("全部 " + items.Length + " 项指标均为定性指标，没有可计量的目标（only qualitative targets）");
                break;
            case LintRuleIds.IndicatorsWithoutAmount when items.Length > 0 && subject.BudgetYuan is not > 0m:
                run.Project("设置了 " + items.Length + " 项绩效指标，但没有预算金额（indicators with no amount）");
                break;
            case LintRuleIds.AmountWithoutIndicators when items.Length == 0 && subject.BudgetYuan is > 0m:
                run.Project("安排了预算 " + DisplayText.Number(subject.BudgetYuan.Value / 10_000m) + " 万元，但没有绩效指标"
                    + (string.IsNullOrWhiteSpace(subject.Goal) ? string.Empty : "，只有文字绩效目标“" + Shorten(subject.Goal) + "”") + "（an amount with no indicators）");
                break;
            case LintRuleIds.DuplicateIndicator:
                CheckDuplicates(run);
                break;
            case LintRuleIds.BelowPrevious:
                CheckPrevious(run, context);
                break;
            default:
                for (var index = 0; index < items.Length; index++)
                {
                    IndicatorRules.Check(run, rule, index, items[index]);
                }

                break;
        }
    }

    private static string SubcategoryLabel(string id) =>
        Enum.TryParse<IndicatorSubcategory>(id, ignoreCase: true, out var sub) ? sub.ToLabel() : id;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static void CheckDuplicates(Run run)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < run.Subject.Indicators.Length; index++)
        {
            var item = run.Subject.Indicators[index];
            var key = IndicatorRules.Squeeze(item.Name);
            if (key.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                run.Indicator(index, item, null, "指标“" + item.Name + "”与第 " + (first + 1) + " 项重复（duplicated indicator）");
            }
            else
            {
                seen[key] = index;
            }
        }
    }

    private static void CheckPrevious(Run run, LintContext context)
    {
        var name = IndicatorRules.Squeeze(run.Subject.Name);
        var previous = context.PreviousYear.FirstOrDefault(p => IndicatorRules.Squeeze(p.Name) == name);
        if (previous is null)
        {
            return;
        }

        var last = LintSubject.From(previous).Indicators;
        for (var index = 0; index < run.Subject.Indicators.Length; index++)
        {
            var item = run.Subject.Indicators[index];
            var key = IndicatorRules.Squeeze(item.Name);
            if (item.Value is not { } now || now.Direction == Direction.Exact || last.FirstOrDefault(l => IndicatorRules.Squeeze(l.Name) == key) is not { } before)
            {
                continue;
            }

            var (value, what) = before.Actual is { Kind: ActualKind.Quantity, Quantity: { } actual } ? (actual, "上年实际完成值") : (before.Value?.Quantity, "上年指标值");
            if (value is null || now.Quantity.ConvertToScaleOf(value) is not { } then)
            {
                continue;
            }

            var current = now.Quantity.Value;
            if (now.Direction == Direction.HigherIsBetter ? current < then : current > then)
            {
                run.Indicator(index, item, null, "指标值 " + now.Quantity + (now.Direction == Direction.HigherIsBetter ? " 低于" : " 劣于") + what + " " + DisplayText.QuantityLike(then, now.Quantity) + "（below last year's " + (before.Actual is null ? "target" : "actual") + "）");
            }
        }
    }

    /// <summary>One project's review in progress: the rule running and where its findings go.</summary>
    internal sealed class Run(LintSubject subject, ImmutableArray<LintFinding>.Builder findings)
    {
        public LintSubject Subject { get; } = subject;

        public LintRule Rule { get; set; } = null!;

        public void Project(string message) =>
            findings.Add(new LintFinding(Rule.Id, Rule.Source, new Diagnostic(Rule.Code, Rule.Severity, new DiagnosticLocation { Line = Subject.Line }, message), null));

        /// <summary>A finding at an indicator; <paramref name="span"/> is into the target's text (whole text when null).</summary>
        public void Indicator(int index, LintItem item, TextSpan? span, string message)
        {
            var local = span ?? new TextSpan(0, item.Target.Text.Length);
            var location = new DiagnosticLocation { Indicator = item.Name, Span = item.TargetOffset is { } offset ? local.Shift(offset) : local };
            findings.Add(new LintFinding(Rule.Id, Rule.Source, new Diagnostic(Rule.Code, Rule.Severity, location, message), index));
        }
    }
}
