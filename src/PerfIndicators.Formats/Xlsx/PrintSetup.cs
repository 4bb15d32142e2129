namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// How a sheet prints (页面设置): A4 landscape, scaled to one page wide, header rows repeated on every page, margins, a
/// footer with the page number and page count, and the range printed. Written as the sheet's <c>pageSetup</c>,
/// <c>pageMargins</c>, <c>printOptions</c> and <c>headerFooter</c>, and as the defined names <c>_xlnm.Print_Titles</c>
/// and <c>_xlnm.Print_Area</c>, which Excel and LibreOffice both honour.
/// </summary>
/// <remarks>Immutable; derive variants with <c>with</c>. Margins are in inches, as the file format stores them.</remarks>
internal sealed record PrintSetup
{
    /// <summary>The setup of a form: A4 landscape, one page wide, centred, page numbers in the footer.</summary>
    public static PrintSetup Form { get; } = new();

    /// <summary>Landscape (the default) or portrait.</summary>
    public bool Landscape { get; init; } = true;

    /// <summary>The number of pages the printed width is scaled to (1: never cut a row across pages), or 0 for no scaling.</summary>
    public int FitToPagesWide { get; init; } = 1;

    /// <summary>The first row repeated at the top of every page, or 0 for none.</summary>
    public int RepeatRowsFrom { get; init; }

    /// <summary>The last row repeated at the top of every page (at least <see cref="RepeatRowsFrom"/>).</summary>
    public int RepeatRowsTo { get; init; }

    /// <summary>The range printed, or <see langword="null"/> for every cell with content.</summary>
    public CellRange? PrintArea { get; init; }

    /// <summary>The footer's left part (a title, written as given: an <c>&amp;</c> is doubled), or <see langword="null"/>.</summary>
    public string? FooterLeft { get; init; }

    /// <summary>Left and right margins.</summary>
    public decimal SideMargin { get; init; } = 0.5m;

    /// <summary>Top and bottom margins.</summary>
    public decimal EndMargin { get; init; } = 0.6m;

    /// <summary>Header and footer distances from the page edge.</summary>
    public decimal HeaderFooterMargin { get; init; } = 0.3m;

    /// <summary>Whether the printed range is centred between the side margins.</summary>
    public bool CenterHorizontally { get; init; } = true;

    /// <summary>The footer's centre part: the page number and the page count (<c>第 &amp;P 页，共 &amp;N 页</c>).</summary>
    public const string PageNumbers = "第 &P 页，共 &N 页";

    /// <summary>A copy that repeats rows <paramref name="from"/> to <paramref name="to"/> on every page.</summary>
    /// <param name="from">The first row (1-based).</param>
    /// <param name="to">The last row; <paramref name="from"/> when omitted.</param>
    public PrintSetup RepeatingRows(int from, int? to = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        var last = to ?? from;
        ArgumentOutOfRangeException.ThrowIfLessThan(last, from, nameof(to));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(last, CellAddress.MaxRow, nameof(to));
        return this with { RepeatRowsFrom = from, RepeatRowsTo = last };
    }

    /// <summary>The footer as the file format writes it: <c>&amp;L</c> left part, <c>&amp;C</c> page numbers.</summary>
    internal string FooterCode() =>
        (FooterLeft is { Length: > 0 } left ? "&L" + left.Replace("&", "&&", StringComparison.Ordinal) : string.Empty) + "&C" + PageNumbers;
}
