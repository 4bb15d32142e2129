using NodaTime;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Builds an xlsx workbook for people to fill in: several sheets with text and number cells, styles (bold headers,
/// wrapped text, borders, fills, number formats), column widths, merged cells, frozen header rows, locked and
/// unlocked cells under sheet protection, drop-down lists, a hidden metadata sheet and defined names.
/// </summary>
/// <remarks>
/// <para>Output is deterministic: the same calls give byte-identical files (zip entries in a fixed order with a fixed
/// 1980-01-01 timestamp, styles and shared strings numbered in order of first use, no current time anywhere), so
/// written files can be golden-tested.</para>
/// <para>A builder is mutable and not thread-safe; writing does not change it, so it can be written more than once.</para>
/// </remarks>
internal sealed class WorkbookBuilder
{
    /// <summary>The name of the metadata sheet written by <see cref="AddMetadataSheet"/> when none is given.</summary>
    public const string DefaultMetadataSheetName = "_perfind";

    private readonly List<SheetBuilder> sheets = [];
    private readonly List<DefinedName> definedNames = [];

    /// <summary>The document title stored in the file's properties, or <see langword="null"/>.</summary>
    public string? Title { get; set; }

    /// <summary>The author stored in the file's properties. Default <c>PerfIndicators</c>.</summary>
    public string Creator { get; set; } = "PerfIndicators";

    /// <summary>The creation time stored in the file's properties, or <see langword="null"/> to store none (the default, which keeps output independent of the clock).</summary>
    public Instant? Created { get; set; }

    /// <summary>The font of all cells. Default 宋体 (SimSun), the usual font of government forms.</summary>
    public string FontName { get; set; } = "宋体";

    /// <summary>The font size in points. Default 11.</summary>
    public decimal FontSize { get; set; } = 11m;

    /// <summary>The sheets, in tab order.</summary>
    public IReadOnlyList<SheetBuilder> Sheets => this.sheets;

    internal IReadOnlyList<DefinedName> DefinedNames => definedNames;

    /// <summary>Adds a sheet at the end of the tab order.</summary>
    /// <param name="name">The name: 1–31 characters, none of <c>: \ / ? * [ ]</c>, not starting or ending with <c>'</c>, unique ignoring case.</param>
    /// <param name="visibility">Whether the tab is shown.</param>
    /// <returns>The sheet, to fill.</returns>
    /// <exception cref="ArgumentException">When the name is invalid or already used.</exception>
    public SheetBuilder AddSheet(string name, SheetVisibility visibility = SheetVisibility.Visible)
    {
        CheckSheetName(name);
        if (this.sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"There is already a sheet named '{name}'.", nameof(name));
        }

        var sheet = new SheetBuilder(name, visibility);
        this.sheets.Add(sheet);
        return sheet;
    }

    /// <summary>
    /// Adds a very hidden, protected sheet of key/value pairs (keys in column A, values in column B), e.g. the template
    /// id and the fingerprint of the project a template was made for. Read it back with <see cref="Workbook.ReadMetadata"/>.
    /// </summary>
    /// <param name="entries">The pairs, written in the order given; keys must be unique and not empty.</param>
    /// <param name="name">The sheet name; <see cref="DefaultMetadataSheetName"/> by default.</param>
    /// <returns>The sheet, to add more if needed.</returns>
    /// <exception cref="ArgumentException">When a key is empty or repeated, or the name is invalid or used.</exception>
    public SheetBuilder AddMetadataSheet(IEnumerable<KeyValuePair<string, string>> entries, string name = DefaultMetadataSheetName)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var pairs = entries.ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in pairs)
        {
            if (string.IsNullOrEmpty(key) || !keys.Add(key))
            {
                throw new ArgumentException($"Metadata keys must be non-empty and unique; '{key}' is not.", nameof(entries));
            }
        }

        var sheet = AddSheet(name, SheetVisibility.VeryHidden);
        var text = CellStyle.Default with { NumberFormat = "@" };
        var row = 1;
        foreach (var (key, value) in pairs)
        {
            sheet.SetText(row, 1, key, text).SetText(row, 2, value ?? string.Empty, text);
            row++;
        }

        return sheet.Protect();
    }

    /// <summary>Adds a defined name (名称), e.g. <c>实际完成值</c> → <c>'自评表'!$F$8:$F$20</c>.</summary>
    /// <param name="name">The name: starts with a letter (any script), <c>_</c> or <c>\</c>; no spaces; not a cell reference.</param>
    /// <param name="refersTo">What it refers to, without <c>=</c>.</param>
    /// <param name="sheetScope">The name of the sheet the name belongs to, or <see langword="null"/> for the whole workbook.</param>
    /// <param name="hidden">Whether to hide it from Excel's name manager.</param>
    /// <exception cref="ArgumentException">When the name is invalid or already defined in the same scope, or the scope sheet does not exist yet.</exception>
    public WorkbookBuilder AddDefinedName(string name, string refersTo, string? sheetScope = null, bool hidden = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(refersTo);
        if (name.Length > 255 || !(char.IsLetter(name[0]) || name[0] is '_' or '\\') || name.Any(char.IsWhiteSpace)
            || CellAddress.IsReference(name) || name.Equals("R", StringComparison.OrdinalIgnoreCase) || name.Equals("C", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid defined name.", nameof(name));
        }

        int? scope = null;
        if (sheetScope is not null)
        {
            var index = this.sheets.FindIndex(s => string.Equals(s.Name, sheetScope, StringComparison.OrdinalIgnoreCase));
            scope = index >= 0 ? index : throw new ArgumentException($"There is no sheet named '{sheetScope}'.", nameof(sheetScope));
        }

        if (definedNames.Any(d => d.SheetIndex == scope && string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The name '{name}' is already defined.", nameof(name));
        }

        definedNames.Add(new DefinedName(name, refersTo.TrimStart('='), scope, hidden));
        return this;
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    /// <param name="output">A writable stream.</param>
    /// <exception cref="ArgumentException">When the stream cannot be written.</exception>
    /// <exception cref="InvalidOperationException">When there is no visible sheet (Excel needs one).</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        if (!this.sheets.Any(s => s.Visibility == SheetVisibility.Visible))
        {
            throw new InvalidOperationException("A workbook needs at least one visible sheet.");
        }

        XlsxPackageWriter.Write(this, output);
    }

    /// <summary>Writes the workbook to a new byte array.</summary>
    /// <exception cref="InvalidOperationException">When there is no visible sheet.</exception>
    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return memory.ToArray();
    }

    /// <summary>Writes the workbook to a file, replacing it if it exists.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="InvalidOperationException">When there is no visible sheet.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = ToArray();
        File.WriteAllBytes(path, bytes);
    }

    private static void CheckSheetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 31 || name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || name[0] == '\'' || name[^1] == '\''
            || name.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid sheet name: 1–31 characters, none of : \\ / ? * [ ], not starting or ending with ', not 'History'.", nameof(name));
        }
    }
}
