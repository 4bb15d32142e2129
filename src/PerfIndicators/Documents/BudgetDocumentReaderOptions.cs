using System.Text;

namespace PerfIndicators.Documents;

/// <summary>Settings for <see cref="BudgetDocumentReader"/>. Immutable; the default detects the encoding.</summary>
public sealed record BudgetDocumentReaderOptions
{
    /// <summary>The default options: detect UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.</summary>
    public static BudgetDocumentReaderOptions Default { get; } = new();

    /// <summary>
    /// The encoding to decode bytes with, overriding detection; <see langword="null"/> to detect. Bytes invalid in
    /// it are replaced and reported (<see cref="DiagnosticCodes.InvalidBytesReplaced"/>).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The largest input accepted, in bytes (default 64 MiB); larger input gives <see cref="DiagnosticCodes.DocumentTooLarge"/>.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Returns the encoding for a name such as <c>utf-8</c>, <c>gbk</c>, <c>gb18030</c>, <c>gb2312</c> or a code page
    /// number, registering the code-page encodings on first use.
    /// </summary>
    /// <param name="name">The encoding name or code page.</param>
    /// <returns>The encoding, or <see langword="null"/> when the name is not known.</returns>
    public static Encoding? FindEncoding(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        TextDecoding.EnsureCodePages();
        try
        {
            return int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
