namespace PerfIndicators;

/// <content>
/// Codes for self-assessment templates (自评表模板, PI50xx while a template is made, PI5101–PI5104 when its metadata is
/// read back). The codes of reading a filled form's cells (PI5105–PI5124) belong to the format adapters
/// (<c>PerfIndicators.Formats.FormatDiagnosticCodes</c>).
/// </content>
public static partial class DiagnosticCodes
{
    /// <summary>PI5001 (error): the source project has no structured indicators (绩效指标), so there is nothing to fill in; no template is made.</summary>
    public const string TemplateWithoutIndicators = "PI5001";

    /// <summary>PI5002 (warning): an indicator's target (年度指标值) could not be understood; the row is in the template and its 得分 cell is left open for a manual score.</summary>
    public const string TemplateTargetNotUnderstood = "PI5002";

    /// <summary>PI5003 (info): a target was written in its canonical form (e.g. with the unit taken from the indicator's name) so that the template reads back with the same meaning.</summary>
    public const string TemplateTargetRewritten = "PI5003";

    /// <summary>PI5101 (error): the file is not a perfind template: the workbook has no template metadata sheet (deleted?), or the CSV has no <c>#!</c> metadata block; nothing is scored.</summary>
    public const string NotATemplate = "PI5101";

    /// <summary>PI5102 (error): the template was made in a format version this version of perfind does not read; nothing is scored.</summary>
    public const string UnsupportedTemplateVersion = "PI5102";

    /// <summary>PI5103 (error): the template metadata is damaged or was edited (a record cannot be read, or its fingerprint does not match); nothing is scored.</summary>
    public const string TemplateMetadataDamaged = "PI5103";

    /// <summary>PI5104 (error): the file is a scored 自评表 written by <c>perfind score</c>, not a fill-in template; score the filled template instead.</summary>
    public const string ScoredFormNotTemplate = "PI5104";
}
