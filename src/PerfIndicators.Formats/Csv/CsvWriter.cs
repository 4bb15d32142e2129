using System.Text;

namespace PerfIndicators.Formats.Csv;

/// <summary>How <see cref="CsvWriter"/> writes.</summary>
/// <remarks>Immutable.</remarks>
internal sealed record CsvWriteOptions
{
    /// <summary>The defaults: comma, UTF-8 with a byte-order mark, no formula neutralizing.</summary>
    public static CsvWriteOptions Default { get; } = new();

    /// <summary>The field separator. Default <c>,</c>.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Whether to start with the UTF-8 byte-order mark, without which Excel on Chinese Windows reads UTF-8 as GBK and shows mojibake. Default <see langword="true"/>.</summary>
    public bool IncludeByteOrderMark { get; init; } = true;

    /// <summary>
    /// Whether to put a <c>'</c> before fields starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
    /// return, so that Excel does not run text from an untrusted source as a formula (CSV injection). It changes
    /// such fields (<c>-5%</c> becomes <c>'-5%</c>), so it is off by default.
    /// </summary>
    public bool NeutralizeFormulas { get; init; }
}

/// <summary>
/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF (the last one too), a field
/// quoted when it contains the delimiter, a quote, CR or LF, quotes doubled inside. UTF-8 with a byte-order mark by
/// default, so Excel opens Chinese text correctly.
/// </summary>
internal static class CsvWriter
{
    /// <summary>Writes records to <paramref name="output"/> (left open).</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="rows">The records; a <see langword="null"/> field is written empty.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">When an argument is null or the stream cannot be written.</exception>
    public static void Write(Stream output, IEnumerable<IEnumerable<string?>> rows, CsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        options ??= CsvWriteOptions.Default;
        using var writer = new StreamWriter(output, new UTF8Encoding(options.IncludeByteOrderMark), bufferSize: 16 * 1024, leaveOpen: true);
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var first = true;
            foreach (var field in row)
            {
                if (!first)
                {
                    writer.Write(options.Delimiter);
                }

                first = false;
                WriteField(writer, field ?? string.Empty, options);
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>Writes records to a new byte array.</summary>
    /// <param name="rows">The records.</param>
    /// <param name="options">How to write; default when <see langword="null"/>.</param>
    public static byte[] ToArray(IEnumerable<IEnumerable<string?>> rows, CsvWriteOptions? options = null)
    {
        using var memory = new MemoryStream();
        Write(memory, rows, options);
        return memory.ToArray();
    }

    /// <summary>Writes records to a file, replacing it if it exists.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="rows">The records.</param>
    /// <param name="options">How to write; default when <see langword="null"/>.</param>
    public static void Save(string path, IEnumerable<IEnumerable<string?>> rows, CsvWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllBytes(path, ToArray(rows, options));
    }

    /// <summary>
    /// Returns a sheet's content as records for writing: every row from 1 to the last row with a cell, every column
    /// from 1 to the last column with a cell, each field the cell's <see cref="Cell.Text"/> (empty where there is no cell).
    /// </summary>
    /// <param name="sheet">The sheet.</param>
    public static IEnumerable<IReadOnlyList<string>> RowsOf(Worksheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Rows.IsEmpty)
        {
            yield break;
        }

        var width = sheet.Rows.Max(r => r.Cells.IsEmpty ? 0 : r.Cells[^1].ColumnNumber);
        var last = sheet.Rows[^1].Number;
        for (var number = 1; number <= last; number++)
        {
            var row = sheet.GetRow(number);
            var fields = new string[width];
            for (var column = 1; column <= width; column++)
            {
                fields[column - 1] = row?.GetText(column) ?? string.Empty;
            }

            yield return fields;
        }
    }

    private static void WriteField(StreamWriter writer, string field, CsvWriteOptions options) =>
        writer.Write(Field(field, options.Delimiter, options.NeutralizeFormulas));

    /// <summary>
    /// The one CSV field rule every writer uses: quoted (with doubled quotes) when it holds the delimiter, a quote or
    /// a line break, and, when <paramref name="neutralizeFormulas"/>, a <c>'</c> before a leading <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, tab or carriage return, so that a spreadsheet shows the text instead of running it.
    /// </summary>
    internal static string Field(string field, char delimiter, bool neutralizeFormulas)
    {
        if (neutralizeFormulas && field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
