using System.Globalization;

namespace PerfIndicators.Formats.Csv;

/// <summary>
/// Writes a read budget document as CSV (RFC 4180, comma-separated, fields quoted when needed): one line per indicator,
/// and one line for each project without indicators, so every project appears.
/// </summary>
public static class DocumentCsv
{
    /// <summary>The header line's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "line", "unit", "unit_code", "parent_name", "name", "category", "amount", "amount_unit", "repeated", "goal",
        "indicator_category", "indicator_subcategory", "indicator_name", "target_kind", "target_text",
    ];

    /// <summary>Writes the header line and one line per indicator (or per project without indicators).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        output.Write(string.Join(",", Columns));
        output.Write("\r\n");
        foreach (var project in document.Projects)
        {
            string?[] common =
            [
                project.Line.ToString(CultureInfo.InvariantCulture),
                project.Unit,
                project.UnitCode,
                project.ParentName,
                project.Name,
                project.Category,
                project.Amount?.Value.ToString(CultureInfo.InvariantCulture),
                project.Amount?.Unit.Label(),
                project.IsRepeated ? "true" : "false",
                project.Goal,
            ];
            if (project.Indicators.IsDefaultOrEmpty)
            {
                WriteLine(output, [.. common, null, null, null, null, null]);
                continue;
            }

            foreach (var indicator in project.Indicators)
            {
                WriteLine(output, [.. common, indicator.CategoryLabel ?? indicator.Category?.ToLabel(), indicator.SubcategoryLabel ?? indicator.Subcategory?.ToLabel(), indicator.Name, indicator.Target.Kind.ToString().ToLowerInvariant(), indicator.Target.Text]);
            }
        }
    }

    private static void WriteLine(TextWriter output, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[i]));
        }

        output.Write("\r\n");
    }

    private static string Quote(string? field) => field is null ? string.Empty : CsvWriter.Field(field, ',', neutralizeFormulas: true);
}
