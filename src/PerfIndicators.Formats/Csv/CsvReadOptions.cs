using System.Text;

namespace PerfIndicators.Formats.Csv;

/// <summary>How <see cref="CsvReader"/> reads a file, and the limits that keep an untrusted file bounded.</summary>
/// <remarks>Immutable; change with <c>with</c>. Crossing a limit gives a diagnostic, never an exception.</remarks>
public sealed record CsvReadOptions
{
    /// <summary>The defaults: comma-separated, encoding detected, the limits below.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The field separator. Default <c>,</c>; use <c>\t</c> for tab-separated files.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// The encoding to use, or <see langword="null"/> (the default) to detect it: a byte-order mark (UTF-8, UTF-16)
    /// decides; otherwise valid UTF-8 is UTF-8, and anything else is read as GB18030, the superset of GBK that Excel
    /// uses for "CSV" on Chinese Windows.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The name of the one sheet the result holds. Default <c>Sheet1</c>; reading a path uses the file name without extension, as Excel does.</summary>
    public string? SheetName { get; init; }

    /// <summary>The largest file read, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The most records read. Default 50,000, as for one xlsx sheet.</summary>
    public int MaxRows { get; init; } = 50_000;

    /// <summary>The most fields read from one record. Default 16,384, Excel's column count.</summary>
    public int MaxFieldsPerRow { get; init; } = CellAddress.MaxColumn;

    /// <summary>The longest field kept; longer fields are cut. Default 32,767, Excel's limit for a cell.</summary>
    public int MaxFieldLength { get; init; } = 32_767;

    /// <summary>The most non-empty fields read from the whole file. Default 500,000.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>The most diagnostics of one code reported; the rest are counted in a summary. Default 20.</summary>
    public int MaxDiagnosticsPerKind { get; init; } = 20;

    internal void Validate()
    {
        if (Delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(Delimiter));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFieldsPerRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxFieldsPerRow, CellAddress.MaxColumn);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFieldLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDiagnosticsPerKind);
    }
}
