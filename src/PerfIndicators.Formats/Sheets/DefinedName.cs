namespace PerfIndicators.Formats.Sheets;

/// <summary>A defined name (名称) of a workbook, e.g. <c>目标值</c> referring to <c>'自评表'!$E$8:$E$20</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="RefersTo">What it refers to: a reference or formula, without the leading <c>=</c>.</param>
/// <param name="SheetIndex">For a name scoped to one sheet, that sheet's 0-based index; <see langword="null"/> for a workbook-wide name.</param>
/// <param name="IsHidden">Whether the name is hidden from Excel's name manager.</param>
public sealed record DefinedName(string Name, string RefersTo, int? SheetIndex = null, bool IsHidden = false);
