using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>
/// A row of the project budget table (项目支出预算表): a project with its amounts by funding column. Read so that the
/// performance table can be checked against it.
/// </summary>
/// <param name="Unit">The 单位名称 (unit) of the row, or <see langword="null"/>.</param>
/// <param name="Name">The 项目名称 (project name; a 一级项目 in Huzhou's and Hangzhou's documents).</param>
/// <param name="Amount">The 总计 (total), or <see langword="null"/> when it could not be read.</param>
/// <param name="Funding">The amounts by funding column (一般公共预算, 单位资金 …), in column order.</param>
/// <param name="Line">The 1-based line of the row (its amount line, for rows broken over lines).</param>
/// <param name="Span">The span of the row in the document text.</param>
public sealed record ProjectBudgetRow(
    string? Unit,
    string Name,
    Amount? Amount,
    ImmutableArray<FundingAmount> Funding,
    int Line,
    TextSpan Span);
