using System.Collections.Immutable;
using System.Globalization;

namespace PerfIndicators.Documents;

/// <summary>
/// The check sums of a document, each reported as a <see cref="DocumentCheck"/> with its numbers: table rows against the
/// 合计 row, unit rows against their projects, funding columns against 总计, Shanghai breakdowns against their totals,
/// the performance table against the 项目支出预算表, and repeated projects.
/// </summary>
internal static class CheckSums
{
    public static void CheckTable(ReadTable table, IReadOnlyList<TableRow> rows, List<DocumentCheck> findings)
    {
        var title = table.Region.Title ?? "项目表";
        var unit = table.Unit;
        var totalRow = table.TotalRow;
        var subtotals = rows.Where(r => r.Kind == RowKind.Subtotal).ToList();
        var data = rows.Where(r => r.Kind == RowKind.Data).ToList();
        var counted = subtotals.Count > 0 ? subtotals : data;

        if (totalRow?.Total is { } stated)
        {
            var lines = Lines([totalRow], counted);
            var sum = counted.Sum(r => r.Total ?? 0m);
            var missing = counted.Count(r => r.Total is null);
            var what = subtotals.Count > 0 ? "各单位小计行" : "各项目行";
            var note = missing > 0 ? $"（另有 {missing} 行没有可读的金额）" : "";
            findings.Add(sum == stated
                ? DocumentCheck.Of(DiagnosticCodes.TableTotalMatches, DiagnosticSeverity.Info, CheckKind.TableTotal, CheckOutcome.Match, title, stated, sum, unit, lines,
                    $"“{title}”{what}金额之和 {N(sum)} {unit.Label()} 与合计行 {N(stated)} {unit.Label()} 相符{note} (rows add up to the 合计 row).")
                : DocumentCheck.Of(DiagnosticCodes.TableTotalMismatch, DiagnosticSeverity.Warning, CheckKind.TableTotal, CheckOutcome.Mismatch, title, stated, sum, unit, lines,
                    $"“{title}”{what}金额之和 {N(sum)} {unit.Label()} 与合计行 {N(stated)} {unit.Label()} 不符，相差 {N(sum - stated)} {unit.Label()}{note} (rows add up to {N(sum)}, the 合计 row says {N(stated)})."));

            foreach (var column in totalRow.Funding.Where(f => f.Source != FundingSource.Unassigned).Select(f => (f.Source, f.Label))
                .Concat(counted.SelectMany(r => r.Funding).Where(f => f.Source != FundingSource.Unassigned).Select(f => (f.Source, f.Label)))
                .Distinct())
            {
                var statedColumn = totalRow.Funding.Where(f => f.Source == column.Source && f.Label == column.Label).Sum(f => f.Value);
                var columnSum = counted.SelectMany(r => r.Funding).Where(f => f.Source == column.Source && f.Label == column.Label).Sum(f => f.Value);
                var subject = $"{title}：{column.Label}";
                findings.Add(columnSum == statedColumn
                    ? DocumentCheck.Of(DiagnosticCodes.TableTotalMatches, DiagnosticSeverity.Info, CheckKind.TableTotal, CheckOutcome.Match, subject, statedColumn, columnSum, unit, lines,
                        $"“{title}”的“{column.Label}”列{what}之和 {N(columnSum)} {unit.Label()} 与合计行 {N(statedColumn)} {unit.Label()} 相符 (column adds up).")
                    : DocumentCheck.Of(DiagnosticCodes.TableTotalMismatch, DiagnosticSeverity.Warning, CheckKind.TableTotal, CheckOutcome.Mismatch, subject, statedColumn, columnSum, unit, lines,
                        $"“{title}”的“{column.Label}”列{what}之和 {N(columnSum)} {unit.Label()} 与合计行 {N(statedColumn)} {unit.Label()} 不符，相差 {N(columnSum - statedColumn)} {unit.Label()} (column {column.Label} adds up to {N(columnSum)}, the 合计 row says {N(statedColumn)})."));
            }
        }
        else if (data.Count > 0)
        {
            var sum = data.Sum(r => r.Total ?? 0m);
            findings.Add(DocumentCheck.Of(DiagnosticCodes.TableWithoutTotal, DiagnosticSeverity.Info, CheckKind.TableTotal, CheckOutcome.NotChecked, title, null, sum, unit, Lines([], data),
                $"“{title}”没有合计行，无法核对；各项目行金额之和为 {N(sum)} {unit.Label()} (no 合计 row to check against; rows add up to {N(sum)})."));
        }

        for (var s = 0; s < subtotals.Count; s++)
        {
            var subtotal = subtotals[s];
            var group = data.Where(r => r.FirstLine > subtotal.FirstLine && (s + 1 >= subtotals.Count || r.FirstLine < subtotals[s + 1].FirstLine)).ToList();
            var name = NameText.Clean(subtotal.Name!.Text, out _);
            if (subtotal.Total is not { } subtotalAmount)
            {
                continue;
            }

            var sum = group.Sum(r => r.Total ?? 0m);
            var lines = Lines([subtotal], group);
            findings.Add(sum == subtotalAmount
                ? DocumentCheck.Of(DiagnosticCodes.TableTotalMatches, DiagnosticSeverity.Info, CheckKind.Subtotal, CheckOutcome.Match, name, subtotalAmount, sum, unit, lines,
                    $"“{name}”下 {group.Count} 个项目金额之和 {N(sum)} {unit.Label()} 与其小计 {N(subtotalAmount)} {unit.Label()} 相符 (projects add up to the unit's subtotal).")
                : DocumentCheck.Of(DiagnosticCodes.TableTotalMismatch, DiagnosticSeverity.Warning, CheckKind.Subtotal, CheckOutcome.Mismatch, name, subtotalAmount, sum, unit, lines,
                    $"“{name}”下 {group.Count} 个项目金额之和 {N(sum)} {unit.Label()} 与其小计 {N(subtotalAmount)} {unit.Label()} 不符，相差 {N(sum - subtotalAmount)} {unit.Label()} (projects add up to {N(sum)}, the subtotal says {N(subtotalAmount)})."));
        }

        foreach (var row in rows.Where(r => r.Kind != RowKind.Total && r.Funding.Count > 0))
        {
            var sum = row.Funding.Sum(f => f.Value);
            if (row.Total is { } rowTotal && sum != rowTotal)
            {
                var name = NameText.Clean(row.Name?.Text ?? "", out _);
                findings.Add(DocumentCheck.Of(DiagnosticCodes.RowFundingMismatch, DiagnosticSeverity.Warning, CheckKind.RowFunding, CheckOutcome.Mismatch, name, row.Total, sum, unit, [row.FirstLine + 1],
                    $"第 {row.FirstLine + 1} 行“{name}”各资金来源之和 {N(sum)} {unit.Label()} 与总计 {N(rowTotal)} {unit.Label()} 不符 (funding columns add up to {N(sum)}, 总计 is {N(rowTotal)})."));
            }
        }
    }

    /// <summary>Marks projects listed more than once in one table (same unit, 一级 and 二级 name) and reports each group.</summary>
    public static List<Project> FlagRepeated(string? title, List<Project> projects, List<DocumentCheck> findings)
    {
        var result = new List<Project>(projects);
        var groups = projects
            .Select((p, i) => (Project: p, Index: i))
            .GroupBy(x => (x.Project.UnitCode ?? x.Project.Unit ?? "", x.Project.ParentName ?? "", x.Project.Name))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            foreach (var (project, index) in group)
            {
                result[index] = project with { IsRepeated = true };
            }

            var items = group.Select(x => x.Project).ToList();
            var amounts = string.Join("、", items.Select(p => $"第 {p.Line} 行 {(p.Amount is { } a ? a.ToString() : "无金额")}"));
            var same = items.Select(p => p.Amount).Distinct().Count() == 1;
            var unit = items[0].Amount?.Unit;
            findings.Add(DocumentCheck.Of(DiagnosticCodes.RepeatedProject, DiagnosticSeverity.Warning, CheckKind.RepeatedProject, CheckOutcome.Flagged, items[0].Name,
                null, items.Sum(p => p.Amount?.Value ?? 0m), unit, [.. items.Select(p => p.Line)],
                $"“{title ?? "项目表"}”中“{items[0].Name}”出现 {items.Count} 次（{amounts}），{(same ? "金额相同" : "金额不同")}；各行均保留并标记为重复 (listed {items.Count} times{(same ? "" : " with different amounts")}; all rows kept)."));
        }

        return result;
    }

    /// <summary>Checks each 年度预算安排 breakdown against its total.</summary>
    public static void CheckBreakdowns(IEnumerable<Project> projects, List<DocumentCheck> findings)
    {
        foreach (var project in projects.Where(p => !p.BudgetItems.IsDefaultOrEmpty && p.Amount is not null))
        {
            var total = project.Amount!.Value;
            var sum = project.BudgetItems.Sum(i => i.Amount.InYuan) / total.Unit.YuanFactor();
            var items = string.Join(" + ", project.BudgetItems.Select(i => N(i.Amount.Value)));
            findings.Add(sum == total.Value
                ? DocumentCheck.Of(DiagnosticCodes.BreakdownMatches, DiagnosticSeverity.Info, CheckKind.Breakdown, CheckOutcome.Match, project.Name, total.Value, sum, total.Unit, [project.Line],
                    $"“{project.Name}”（{project.Unit}）年度预算分项 {items} = {N(sum)} {total.Unit.Label()}，与预算总额 {N(total.Value)} {total.Unit.Label()} 相符 (breakdown adds up).")
                : DocumentCheck.Of(DiagnosticCodes.BreakdownMismatch, DiagnosticSeverity.Warning, CheckKind.Breakdown, CheckOutcome.Mismatch, project.Name, total.Value, sum, total.Unit, [project.Line],
                    $"“{project.Name}”（{project.Unit}）年度预算分项 {items} = {N(sum)} {total.Unit.Label()}，与预算总额 {N(total.Value)} {total.Unit.Label()} 不符，相差 {N(sum - total.Value)} {total.Unit.Label()} (breakdown adds up to {N(sum)}, the total is {N(total.Value)})."));
        }
    }

    /// <summary>
    /// Checks the performance table against the 项目支出预算表: performance rows are grouped by their 一级项目 (or
    /// their name when the table has no 一级项目) and compared with the budget row of the same name.
    /// </summary>
    public static void CrossCheck(IReadOnlyList<Project> performance, IReadOnlyList<ProjectBudgetRow> budget, List<DocumentCheck> findings)
    {
        if (performance.Count == 0 || budget.Count == 0)
        {
            return;
        }

        var groups = performance.GroupBy(p => NameText.Squeeze(p.ParentName ?? p.Name)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in budget)
        {
            var key = NameText.Squeeze(row.Name);
            if (!groups.TryGetValue(key, out var group))
            {
                findings.Add(DocumentCheck.Of(DiagnosticCodes.BudgetProjectWithoutTargets, DiagnosticSeverity.Info, CheckKind.CrossTable, CheckOutcome.Missing, row.Name,
                    row.Amount?.Value, null, row.Amount?.Unit, [row.Line],
                    $"项目支出预算表中的“{row.Name}”（{(row.Amount is { } a ? a.ToString() : "无金额")}）在绩效表中没有对应的行，未公开绩效目标 (budget project without performance rows)."));
                continue;
            }

            matched.Add(key);
            if (row.Amount is not { } budgetAmount)
            {
                continue;
            }

            var unit = budgetAmount.Unit;
            var sum = group.Sum(p => p.Amount is { } a ? a.InYuan : 0m) / unit.YuanFactor();
            var parts = string.Join(" + ", group.Select(p => N(p.Amount is { } a ? a.ConvertTo(unit).Value : 0m)));
            var lines = ImmutableArray.CreateRange(new[] { row.Line }.Concat(group.Select(p => p.Line)));
            if (sum == budgetAmount.Value)
            {
                findings.Add(DocumentCheck.Of(DiagnosticCodes.CrossTableMatches, DiagnosticSeverity.Info, CheckKind.CrossTable, CheckOutcome.Match, row.Name, budgetAmount.Value, sum, unit, lines,
                    $"绩效表中“{row.Name}”的 {group.Count} 行金额 {parts} = {N(sum)} {unit.Label()}，与项目支出预算表 {N(budgetAmount.Value)} {unit.Label()} 相符 (performance rows match the budget table)."));
            }
            else if (sum < budgetAmount.Value)
            {
                var share = budgetAmount.Value == 0m ? 0m : Math.Round(sum / budgetAmount.Value * 100m, 1, MidpointRounding.AwayFromZero);
                var funding = row.Funding.FirstOrDefault(f => f.Amount.ConvertTo(unit).Value == sum);
                var note = funding is not null ? $"；等于预算表中一项资金来源的金额 {N(funding.Amount.Value)}{(funding.Label is null ? "" : "（" + funding.Label + "）")}" : "";
                findings.Add(DocumentCheck.Of(DiagnosticCodes.CrossTablePartialCoverage, DiagnosticSeverity.Info, CheckKind.CrossTable, CheckOutcome.PartialCoverage, row.Name, budgetAmount.Value, sum, unit, lines,
                    $"绩效表中“{row.Name}”的 {group.Count} 行金额 {parts} = {N(sum)} {unit.Label()}，只覆盖项目支出预算表 {N(budgetAmount.Value)} {unit.Label()} 的 {N(share)}%，差 {N(budgetAmount.Value - sum)} {unit.Label()}{note} (partial coverage: {N(sum)} of {N(budgetAmount.Value)})."));
            }
            else
            {
                findings.Add(DocumentCheck.Of(DiagnosticCodes.CrossTableExceeds, DiagnosticSeverity.Warning, CheckKind.CrossTable, CheckOutcome.Mismatch, row.Name, budgetAmount.Value, sum, unit, lines,
                    $"绩效表中“{row.Name}”的 {group.Count} 行金额 {parts} = {N(sum)} {unit.Label()}，超过项目支出预算表的 {N(budgetAmount.Value)} {unit.Label()}，多 {N(sum - budgetAmount.Value)} {unit.Label()} (performance rows exceed the budget table)."));
            }
        }

        foreach (var (key, group) in groups.Where(g => !matched.Contains(g.Key)))
        {
            var first = group[0];
            var sum = group.Sum(p => p.Amount?.Value ?? 0m);
            findings.Add(DocumentCheck.Of(DiagnosticCodes.TargetsWithoutBudgetProject, DiagnosticSeverity.Warning, CheckKind.CrossTable, CheckOutcome.Missing, first.ParentName ?? first.Name,
                null, sum, first.Amount?.Unit, [.. group.Select(p => p.Line)],
                $"绩效表中的“{first.ParentName ?? first.Name}”（{group.Count} 行，{N(sum)}）在项目支出预算表中没有同名项目 (no budget row of that name: {key})."));
        }
    }

    /// <summary>Formats a number invariantly, without trailing zeros added or removed.</summary>
    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<int> Lines(IEnumerable<TableRow> first, IEnumerable<TableRow> rest) =>
        [.. first.Concat(rest).Select(r => r.FirstLine + 1)];
}
