namespace PerfIndicators.Formats.Xlsx;

/// <summary>Horizontal alignment of a cell's content.</summary>
internal enum HorizontalAlignment
{
    /// <summary>Excel's default: text left, numbers right.</summary>
    General = 0,

    /// <summary>Left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right.</summary>
    Right,
}

/// <summary>Vertical alignment of a cell's content.</summary>
internal enum VerticalAlignment
{
    /// <summary>Bottom (Excel's default).</summary>
    Bottom = 0,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Top.</summary>
    Top,
}

/// <summary>
/// How a written cell looks and whether it can be edited when its sheet is protected. Styles are compared by value;
/// each distinct style becomes one entry of the workbook's style table, in order of first use.
/// </summary>
/// <remarks>Immutable; derive variants with <c>with</c>: <c>CellStyle.Body with { NumberFormat = "0.00" }</c>.</remarks>
internal sealed record CellStyle
{
    /// <summary>Excel's default look; locked.</summary>
    public static CellStyle Default { get; } = new();

    /// <summary>A table header: bold, centred, wrapped, thin borders, light blue fill; locked.</summary>
    public static CellStyle Header { get; } = new()
    {
        Bold = true,
        WrapText = true,
        Border = true,
        HorizontalAlignment = HorizontalAlignment.Center,
        VerticalAlignment = VerticalAlignment.Center,
        FillColor = "FFDDEBF7",
    };

    /// <summary>A table cell filled in by the template (a target, a name): wrapped, thin borders, centred vertically; locked.</summary>
    public static CellStyle Body { get; } = new() { WrapText = true, Border = true, VerticalAlignment = VerticalAlignment.Center };

    /// <summary>A cell for people to fill in: wrapped, thin borders, light yellow fill, <b>unlocked</b>.</summary>
    public static CellStyle Input { get; } = new()
    {
        WrapText = true,
        Border = true,
        VerticalAlignment = VerticalAlignment.Center,
        FillColor = "FFFFF2CC",
        Locked = false,
    };

    /// <summary>Bold font.</summary>
    public bool Bold { get; init; }

    /// <summary>The font size in points, or <see langword="null"/> for the workbook's (<see cref="WorkbookBuilder.FontSize"/>).</summary>
    public decimal? FontSize { get; init; }

    /// <summary>Wrap text inside the cell.</summary>
    public bool WrapText { get; init; }

    /// <summary>A thin border on all four sides.</summary>
    public bool Border { get; init; }

    /// <summary>Whether the cell is locked when the sheet is protected (Excel's default is locked). Input cells must be unlocked.</summary>
    public bool Locked { get; init; } = true;

    /// <summary>The number format code (<c>0.00</c>, <c>0%</c>, <c>@</c>), or <see langword="null"/> for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Horizontal alignment.</summary>
    public HorizontalAlignment HorizontalAlignment { get; init; }

    /// <summary>Vertical alignment.</summary>
    public VerticalAlignment VerticalAlignment { get; init; }

    /// <summary>A solid background colour as 8 hex digits ARGB (<c>FFFFF2CC</c>), or <see langword="null"/> for none.</summary>
    public string? FillColor { get; init; }
}
