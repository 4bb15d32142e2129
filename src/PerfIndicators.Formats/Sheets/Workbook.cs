using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>A workbook as read by <see cref="WorkbookReader"/> or <see cref="CsvReader"/>: its sheets in tab order and its defined names.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Workbook
{
    /// <summary>Creates a workbook.</summary>
    /// <param name="sheets">The sheets in tab order.</param>
    public Workbook(ImmutableArray<Worksheet> sheets)
    {
        Sheets = sheets.IsDefault ? [] : sheets;
    }

    /// <summary>The sheets in tab order, hidden ones included.</summary>
    public ImmutableArray<Worksheet> Sheets { get; init; }

    /// <summary>The defined names (名称).</summary>
    public ImmutableArray<DefinedName> DefinedNames { get; init; } = [];

    /// <summary>Whether serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900-01-01.</summary>
    public bool Uses1904DateSystem { get; init; }

    /// <summary>Returns the sheet named <paramref name="name"/> (Excel compares sheet names ignoring case), or <see langword="null"/>.</summary>
    /// <param name="name">The sheet name.</param>
    public Worksheet? GetSheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns the defined name <paramref name="name"/> (workbook-wide first), or <see langword="null"/>.</summary>
    /// <param name="name">The name; case is ignored, as in Excel.</param>
    public DefinedName? GetDefinedName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return DefinedNames.Where(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.SheetIndex.HasValue)
            .FirstOrDefault();
    }

    /// <summary>
    /// Reads a key/value sheet (column A keys, column B values, as written by
    /// <see cref="WorkbookBuilder.AddMetadataSheet"/>), or returns <see langword="null"/> when there is no such sheet.
    /// Rows with an empty key are skipped; a repeated key keeps its first value.
    /// </summary>
    /// <param name="sheetName">The sheet name.</param>
    public ImmutableDictionary<string, string>? ReadMetadata(string sheetName)
    {
        var sheet = GetSheet(sheetName);
        if (sheet is null)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var key = row.GetText(1);
            if (key.Length > 0 && !builder.ContainsKey(key))
            {
                builder.Add(key, row.GetText(2));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Returns the items of a list validation: its literal items, or the texts of the cells its formula refers to
    /// (<c>'选项'!$A$1:$A$3</c>, a range on <paramref name="sheet"/>, or a defined name for either). Empty when the
    /// formula cannot be resolved.
    /// </summary>
    /// <param name="validation">A rule of type <see cref="DataValidationType.List"/>.</param>
    /// <param name="sheet">The sheet the rule belongs to, for references without a sheet name.</param>
    public ImmutableArray<string> GetListItems(DataValidation validation, Worksheet sheet)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(sheet);
        if (!validation.ListItems.IsEmpty || validation.Formula1 is null)
        {
            return validation.ListItems;
        }

        var formula = validation.Formula1.TrimStart('=');
        var named = GetDefinedName(formula);
        if (named is not null)
        {
            formula = named.RefersTo.TrimStart('=');
        }

        var target = sheet;
        var bang = formula.LastIndexOf('!');
        if (bang >= 0)
        {
            var sheetName = formula[..bang];
            if (sheetName.Length >= 2 && sheetName[0] == '\'' && sheetName[^1] == '\'')
            {
                sheetName = sheetName[1..^1].Replace("''", "'", StringComparison.Ordinal);
            }

            target = GetSheet(sheetName);
            formula = formula[(bang + 1)..];
        }

        if (target is null || !CellRange.TryParse(formula, out var range))
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var address in range.Cells().Take(10_000))
        {
            var text = target.GetCell(address)?.Text;
            if (!string.IsNullOrEmpty(text))
            {
                items.Add(text);
            }
        }

        return items.ToImmutable();
    }
}
