using System.Text;

namespace PerfIndicators.Excel;

/// <summary>Where in a workbook or CSV file a <see cref="SpreadsheetDiagnostic"/> applies; every part is optional.</summary>
/// <remarks>The default value means "the whole file".</remarks>
/// <param name="Sheet">The sheet name, or <see langword="null"/> for the whole file.</param>
/// <param name="Row">The 1-based row (CSV: record) number, or <see langword="null"/>.</param>
/// <param name="Column">The 1-based column number, or <see langword="null"/>.</param>
/// <param name="Part">For a problem inside the xlsx package, the zip entry (<c>xl/worksheets/sheet1.xml</c>), or <see langword="null"/>.</param>
public readonly record struct SpreadsheetLocation(string? Sheet = null, int? Row = null, int? Column = null, string? Part = null)
{
    /// <summary>Formats the location the way Excel users read it: <c>'自评表'!C7</c>, <c>'自评表' 第7行</c>, or a part name.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Sheet is not null)
        {
            text.Append('\'').Append(Sheet).Append('\'');
        }

        if (Row is { } row && Column is { } column && column is >= 1 and <= CellAddress.MaxColumn)
        {
            text.Append(text.Length > 0 ? "!" : string.Empty).Append(CellAddress.ColumnNameOf(column)).Append(row);
        }
        else if (Row is { } onlyRow)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append('第').Append(onlyRow).Append('行');
        }
        else if (Column is { } onlyColumn)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append('第').Append(onlyColumn).Append('列');
        }

        if (Part is not null)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append('(').Append(Part).Append(')');
        }

        return text.ToString();
    }
}
