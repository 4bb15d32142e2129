using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>The kind of a data-validation rule (数据验证).</summary>
public enum DataValidationType
{
    /// <summary>Any value (a rule that only shows a prompt).</summary>
    Any = 0,

    /// <summary>A value from a list; Excel shows a drop-down.</summary>
    List,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Named after the spreadsheet validation type it writes (type=\"decimal\").")]
    Decimal,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A time.</summary>
    Time,

    /// <summary>A text whose length is constrained.</summary>
    TextLength,

    /// <summary>A custom formula.</summary>
    Custom,
}

/// <summary>How a number, date or length rule compares (between is Excel's default).</summary>
public enum DataValidationOperator
{
    /// <summary>Between <c>Formula1</c> and <c>Formula2</c>, both included.</summary>
    Between = 0,

    /// <summary>Outside <c>Formula1</c>…<c>Formula2</c>.</summary>
    NotBetween,

    /// <summary>Equal to <c>Formula1</c>.</summary>
    Equal,

    /// <summary>Not equal to <c>Formula1</c>.</summary>
    NotEqual,

    /// <summary>Greater than <c>Formula1</c>.</summary>
    GreaterThan,

    /// <summary>Less than <c>Formula1</c>.</summary>
    LessThan,

    /// <summary>Greater than or equal to <c>Formula1</c>.</summary>
    GreaterThanOrEqual,

    /// <summary>Less than or equal to <c>Formula1</c>.</summary>
    LessThanOrEqual,
}

/// <summary>A data-validation rule (数据验证) on one or more ranges of a sheet, e.g. the drop-down of the three qualitative tiers.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Type">The kind of rule.</param>
/// <param name="Ranges">The cells the rule applies to.</param>
/// <param name="Formula1">The first formula: for a list, a quoted literal list (<c>"达成,部分达成"</c>) or a reference; <see langword="null"/> when absent.</param>
/// <param name="Formula2">The second formula (the upper bound of <see cref="DataValidationOperator.Between"/>), or <see langword="null"/>.</param>
public sealed record DataValidation(DataValidationType Type, ImmutableArray<CellRange> Ranges, string? Formula1, string? Formula2)
{
    /// <summary>How numbers, dates and lengths are compared.</summary>
    public DataValidationOperator Operator { get; init; }

    /// <summary>Whether a blank cell is accepted.</summary>
    public bool AllowBlank { get; init; }

    /// <summary>For a list whose <see cref="Formula1"/> is a literal (<c>"a,b,c"</c>), its items; empty otherwise (see <see cref="Workbook.GetListItems"/> for lists kept in cells).</summary>
    public ImmutableArray<string> ListItems { get; init; } = [];

    /// <summary>The title of the message shown when a value is refused, or <see langword="null"/>.</summary>
    public string? ErrorTitle { get; init; }

    /// <summary>The message shown when a value is refused, or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>The title of the prompt shown when the cell is selected, or <see langword="null"/>.</summary>
    public string? PromptTitle { get; init; }

    /// <summary>The prompt shown when the cell is selected, or <see langword="null"/>.</summary>
    public string? Prompt { get; init; }

    /// <summary>Whether the rule applies to <paramref name="address"/>.</summary>
    /// <param name="address">The cell.</param>
    public bool AppliesTo(CellAddress address)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a literal list formula (<c>"a,b,c"</c>) into its items; returns empty for anything else.</summary>
    /// <param name="formula">The formula text.</param>
    internal static ImmutableArray<string> SplitLiteralList(string? formula)
    {
        if (formula is null || formula.Length < 2 || formula[0] != '"' || formula[^1] != '"')
        {
            return [];
        }

        var inner = formula[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        return [.. inner.Split(',')];
    }
}
