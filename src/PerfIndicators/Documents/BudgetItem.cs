namespace PerfIndicators.Documents;

/// <summary>
/// One item of a project's annual budget breakdown (年度预算安排 … 其中：党委经费1万元、课题费2.5万元 …).
/// </summary>
/// <param name="Name">The item name as written, without numbering and separators (e.g. <c>党委经费</c>).</param>
/// <param name="Amount">The item's amount, in the unit written after it.</param>
/// <param name="Span">Where the item (name and amount) is in the document text.</param>
public sealed record BudgetItem(string Name, Amount Amount, TextSpan Span);
