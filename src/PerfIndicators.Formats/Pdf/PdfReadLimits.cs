namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Limits that keep reading an untrusted PDF bounded in time and memory. The file is read through a stream that counts
/// the bytes actually read (its declared length is not trusted); pages, words, rebuilt text and decompressed streams
/// are counted while reading. Crossing a limit gives a diagnostic, never an exception.
/// </summary>
/// <remarks>
/// Immutable; change a limit with <c>with</c>: <c>PdfReadLimits.Default with { MaxPages = 5_000 }</c>. The defaults fit
/// published budget disclosures (tens to a few hundred pages, a few MB) many times over, and keep a hostile file to
/// well under a gigabyte of work.
/// </remarks>
public sealed record PdfReadLimits
{
    /// <summary>The default limits.</summary>
    public static PdfReadLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes, counted while reading. Default 64 MiB (as the text reader's <c>MaxBytes</c>).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most pages read; later pages are left out with an error. Default 2,000.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>The most words read from all pages together; the pages after the limit are left out with an error. Default 2,000,000.</summary>
    public int MaxWords { get; init; } = 2_000_000;

    /// <summary>The longest rebuilt text, in characters; the rest is left out with an error. Default 16,000,000 (well inside the text reader's 64 Mi characters).</summary>
    public int MaxTextLength { get; init; } = 16_000_000;

    /// <summary>The most bytes one compressed stream may expand to, counted while inflating. Default 64 MiB.</summary>
    public long MaxStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most bytes all streams of the document together may expand to, counted while inflating. Default 1 GiB.</summary>
    public long MaxDecodedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The most line segments (ruling lines, cell borders) used on one page; a page with more is read from word positions only. Default 20,000.</summary>
    public int MaxRulesPerPage { get; init; } = 20_000;

    /// <summary>Throws when a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a limit is zero or negative.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxWords);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTextLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStreamBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDecodedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRulesPerPage);
    }
}
