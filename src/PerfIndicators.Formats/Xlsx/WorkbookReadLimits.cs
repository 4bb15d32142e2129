namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Limits that keep reading an untrusted xlsx file bounded in time and memory. Each is checked before reading
/// (file size, zip entries, declared sizes, compression ratio) or while reading (bytes actually inflated, sheets,
/// rows, cells, text length). Crossing a limit gives a diagnostic, never an exception.
/// </summary>
/// <remarks>
/// Immutable; use <c>with</c> to change a limit: <c>WorkbookReadLimits.Default with { MaxRowsPerSheet = 200_000 }</c>.
/// The defaults fit forms and project lists many times over while keeping a hostile file to a few hundred MB of
/// work and well under that in memory.
/// </remarks>
public sealed record WorkbookReadLimits
{
    /// <summary>The default limits.</summary>
    public static WorkbookReadLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The most entries the zip archive may have. Default 10,000.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>The most bytes one zip entry may expand to, as declared and as counted while inflating. Default 256 MiB.</summary>
    public long MaxEntryUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most bytes all entries together may expand to (declared), and all parts read may inflate to (counted). Default 512 MiB.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The highest uncompressed-to-compressed ratio allowed for an entry larger than
    /// <see cref="CompressionRatioThresholdBytes"/>. Real sheet XML compresses about 5–50 times; a zip bomb about 1000 times.
    /// Default 200.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries that expand to at most this many bytes are not checked for their ratio (small repetitive parts compress very well). Default 1 MiB.</summary>
    public long CompressionRatioThresholdBytes { get; init; } = 1024L * 1024;

    /// <summary>The most sheets read; later sheets are left out with a diagnostic. Default 255.</summary>
    public int MaxSheets { get; init; } = 255;

    /// <summary>The most rows (with at least one cell) read from one sheet. Default 50,000.</summary>
    public int MaxRowsPerSheet { get; init; } = 50_000;

    /// <summary>The most cells read from the whole workbook (merged ranges and validation rules count as one cell each). Default 500,000.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>The longest single text kept (a cell, shared string or formula); longer text is cut. Default 32,767, Excel's own limit for a cell.</summary>
    public int MaxStringLength { get; init; } = 32_767;

    /// <summary>The most characters of text kept in all (shared strings, inline strings, formulas). Default 20,000,000.</summary>
    public long MaxTotalTextLength { get; init; } = 20_000_000;

    /// <summary>The most diagnostics of one code reported for one sheet; the rest are counted in a summary. Default 20.</summary>
    public int MaxDiagnosticsPerKind { get; init; } = 20;

    /// <summary>Throws when a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a limit is zero or negative.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxZipEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntryUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTotalUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCompressionRatio);
        ArgumentOutOfRangeException.ThrowIfNegative(CompressionRatioThresholdBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSheets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRowsPerSheet);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTotalTextLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDiagnosticsPerKind);
    }
}
