namespace PerfIndicators.Formats.Sheets;

/// <summary>Whether a sheet's tab is shown.</summary>
public enum SheetVisibility
{
    /// <summary>The tab is shown.</summary>
    Visible = 0,

    /// <summary>The tab is hidden; a person can unhide it from Excel's menu.</summary>
    Hidden,

    /// <summary>The tab is hidden and Excel's menu does not offer to unhide it (used for metadata sheets).</summary>
    VeryHidden,
}
