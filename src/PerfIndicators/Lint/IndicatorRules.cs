using NodaTime;
using PerfIndicators.Scoring;

namespace PerfIndicators.Lint;

/// <summary>The lint rules that look at one indicator at a time: is its target measurable and plausible.</summary>
internal static class IndicatorRules
{
    /// <summary>Runs <paramref name="rule"/> on the indicator <paramref name="item"/> at <paramref name="index"/>.</summary>
    public static void Check(TargetLinter.Run run, LintRule rule, int index, LintItem item)
    {
        var text = item.Target.Text;
        switch (rule.Id)
        {
            case LintRuleIds.VagueTarget when item.IsQualitative && !text.Any(char.IsAsciiDigit):
                if (rule.List("bareWords").Contains(Squeeze(text), StringComparer.Ordinal))
                {
                    run.Indicator(index, item, null, "指标值只有“" + text + "”，没有基准和程度，无法衡量（vague target with no baseline）");
                    break;
                }

                foreach (var word in rule.List("words"))
                {
                    var at = text.IndexOf(word, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var vague = Squeeze(text) == word ? "指标值“" + text + "”是无基准的模糊表述" : "指标值“" + text + "”含无基准的模糊表述“" + word + "”";
                        run.Indicator(index, item, new TextSpan(at, word.Length), vague + "，无法衡量（vague target with no baseline）");
                        break;
                    }
                }

                break;
            case LintRuleIds.QuantitativeNameQualitativeValue when item.IsQualitative && text.Length > 0 && EndsWithAny(item.Name, rule.List("nameEndings")) is { } ending:
                run.Indicator(index, item, null, "指标名称“" + item.Name + "”以“" + ending + "”计量，指标值“" + text + "”却是定性表述（quantitative name with a qualitative value）");
                break;
            case LintRuleIds.MissingUnit when item.Target is QuantitativeTarget { Quantity: { Unit.IsNone: true, Per: null } quantity } && quantity.Value != 0m && EndsWithAny(item.Name, rule.List("unitlessNameEndings")) is null:
                run.Indicator(index, item, null, "指标值“" + text + "”没有计量单位（no unit）：应写明“" + quantity.ValueText + "”的单位");
                break;
            case LintRuleIds.InconsistentUnit when item.Value is { } value && EndsWithAny(item.Name, rule.List("percentNameEndings")) is { } ending
                && !value.Quantity.Unit.IsNone && value.Quantity.Dimension is not ("percent" or "permille"):
                run.Indicator(index, item, null, "“" + ending + "”类指标的指标值应为百分比，而不是“" + value.Quantity + "”（a rate's target is not a percentage）");
                break;
            case LintRuleIds.RateOutOfRange when item.Value is { Quantity: { Dimension: "percent" } q } && ContainsAny(item.Name, rule.List("exemptNameWords")) is null
                && (q.Scaled > rule.Number("maximum") || q.Scaled < rule.Number("minimum")):
                run.Indicator(index, item, null, "率类指标值 " + q + " 超出 " + DisplayText.Number(rule.Number("minimum")) + "%–" + DisplayText.Number(rule.Number("maximum")) + "%（a rate above 100% or below 0）");
                break;
            case LintRuleIds.SatisfactionBelow when (item.IsSatisfaction || item.Name.Contains("满意度", StringComparison.Ordinal))
                && item.Value is { Quantity: { Dimension: "percent" } s, Direction: Direction.HigherIsBetter } && s.Scaled < rule.Number("minimum"):
                run.Indicator(index, item, null, "满意度指标值 " + s + " 低于 " + DisplayText.Number(rule.Number("minimum")) + "%（satisfaction target below the minimum）");
                break;
            case LintRuleIds.DeadlineOutsideYear when run.Subject.FiscalYear is { } year && Interval(item.Target, year) is { } interval
                && (interval.Start.Year != year || interval.End.Year != year):
                run.Indicator(index, item, null, "完成时间“" + text + "”不在 " + year + " 预算年度内（" + interval.Start.ToString("yyyy-MM-dd", null) + " 至 " + interval.End.ToString("yyyy-MM-dd", null) + "，outside the fiscal year）");
                break;
            case LintRuleIds.TargetRestatesName when item.IsQualitative && Restates(item.Name, text):
                run.Indicator(index, item, null, "指标值“" + text + "”只是重复指标名称“" + item.Name + "”，没有说明要达到的程度（the target restates the name）");
                break;
            case LintRuleIds.CostAboveBudget when item.IsCost && run.Subject.BudgetYuan is > 0m && item.Value is { Quantity: { Dimension: "currency" } money } && money.BaseValue > run.Subject.BudgetYuan:
                run.Indicator(index, item, null, "成本指标值 " + money + " 超过项目预算 " + DisplayText.Number(run.Subject.BudgetYuan.Value / 10_000m) + " 万元（a cost target above the budget）");
                break;
            default:
                break;
        }
    }

    /// <summary>The text without white space and punctuation, for comparing names as people read them.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => char.IsLetterOrDigit(c) || c == '%'));

    private static bool Restates(string name, string target)
    {
        var n = Squeeze(name);
        var t = Squeeze(target);
        return t.Length > 0 && (t == n || NameSuffixes.Any(suffix => n == t + suffix));
    }

    /// <summary>What turns a target into a name (合规 → 合规性): a target that is the name less one of these restates it.</summary>
    private static readonly string[] NameSuffixes = ["性", "情况", "程度"];

    private static DateInterval? Interval(Target target, int year) => target switch
    {
        DeadlineTarget d when d.Deadline.Year is not null && d.Deadline.LastDay(year) is { } last => new DateInterval(last, last),
        PeriodTarget p when p.Start.Year is not null || p.End.Year is not null => p.ToInterval(year),
        _ => null,
    };

    private static string? EndsWithAny(string name, IEnumerable<string> endings) =>
        endings.FirstOrDefault(e => Squeeze(name).EndsWith(e, StringComparison.Ordinal));

    private static string? ContainsAny(string name, IEnumerable<string> words) =>
        words.FirstOrDefault(w => name.Contains(w, StringComparison.Ordinal));
}
