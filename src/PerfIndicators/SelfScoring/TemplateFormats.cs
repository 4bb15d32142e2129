namespace PerfIndicators.SelfScoring;

/// <summary>
/// The identifiers a self-assessment template carries in its metadata, whatever file it is written to (xlsx, csv): the
/// format ids that tell a fill-in template from a scored form, and the name of the form sheet.
/// </summary>
public static class TemplateFormats
{
    /// <summary>The format id of a fill-in template (<c>format</c> in its metadata).</summary>
    public const string Template = "perfind.self-assessment-template/1";

    /// <summary>The prefix every template format id starts with; a later version changes only the number.</summary>
    public const string TemplatePrefix = "perfind.self-assessment-template/";

    /// <summary>The format id of a scored form written by <c>perfind score -o form.xlsx</c>.</summary>
    public const string Scored = "perfind.self-assessment-scored/1";

    /// <summary>The name of the form sheet (自评表), stored in the metadata as <c>sheet</c>.</summary>
    public const string FormSheet = "自评表";
}
