namespace PerfIndicators.Formats;

/// <content>
/// Codes for reading filled-in self-assessment templates back (自评表模板, PI5105–PI5124). When a filled template is scored
/// they appear as findings of the self-assessment, located by sheet, row and column (<c>'自评表'!E12</c>). The codes of
/// making a template and of its metadata (PI5001–PI5003, PI5101–PI5104) are the core's, in <see cref="DiagnosticCodes"/>.
/// </content>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI5105 (error): the template's form sheet is missing, and no single other sheet holds the form; nothing is scored.</summary>
    public const string FormSheetMissing = "PI5105";

    /// <summary>PI5106 (warning): the form sheet was renamed; it was found by its content and read, its rows checked against the template.</summary>
    public const string FormSheetRenamed = "PI5106";

    /// <summary>PI5107 (error): the form shows another project than the one the template was made for (project name and indicator rows differ); nothing is scored.</summary>
    public const string TemplateFromAnotherProject = "PI5107";

    /// <summary>PI5108 (error): the indicator table's header row is missing, or columns were inserted, deleted or moved; nothing is scored.</summary>
    public const string FormLayoutChanged = "PI5108";

    /// <summary>PI5109 (warning): a row of the form outside the indicator table (项目名称, 年度资金总额, 年度总体目标, 总分 …) is missing; what it holds is not read.</summary>
    public const string FormRowMissing = "PI5109";

    /// <summary>PI5110 (warning): a locked cell of the project header or budget block (项目名称, 年初预算数, 分值 …) was edited; the template's value is used.</summary>
    public const string LockedHeaderCellEdited = "PI5110";

    /// <summary>PI5111 (warning): a locked cell of an indicator row (一级/二级/三级指标, 年度指标值, 分值) was edited; the template's original value is used and the row is scored with it.</summary>
    public const string LockedIndicatorCellEdited = "PI5111";

    /// <summary>PI5112 (error): an indicator row of the template was deleted; the indicator is still scored, as not reported (it needs a manual score).</summary>
    public const string TemplateRowDeleted = "PI5112";

    /// <summary>PI5113 (warning): a row was added by hand to the indicator table; it is not one of the project's indicators and is not scored.</summary>
    public const string TemplateRowAdded = "PI5113";

    /// <summary>PI5114 (info): indicator rows were moved (sorted or cut and pasted); each was matched to its template row by its key.</summary>
    public const string TemplateRowsReordered = "PI5114";

    /// <summary>PI5115 (warning): a cell outside the form's fill-in cells holds something (a note beside the table, text below it); it is ignored.</summary>
    public const string ContentOutsideForm = "PI5115";

    /// <summary>PI5116 (warning): a fill-in cell holds an error value (#DIV/0!), a TRUE/FALSE, or a formula with no saved result; it is read as blank.</summary>
    public const string UnusableCellValue = "PI5116";

    /// <summary>PI5117 (info): a fill-in cell holds a formula; its result as last saved by the spreadsheet program was used.</summary>
    public const string FormulaResultUsed = "PI5117";

    /// <summary>PI5118 (info): a plain number in 实际完成值 was read in the unit of the target (96 against ≥90个 is 96个), as the template's instructions say.</summary>
    public const string ActualUnitFromTarget = "PI5118";

    /// <summary>PI5119 (warning): the 评价等级 (tier) cell holds something other than the three tiers, or a tier was given on a row that is not qualitative; it is ignored.</summary>
    public const string InvalidTier = "PI5119";

    /// <summary>PI5120 (info): the chosen tier (评价等级) and the tier written in 实际完成值 differ; the chosen tier is used.</summary>
    public const string TierDisagreesWithActual = "PI5120";

    /// <summary>PI5121 (warning): a cell the tool fills in (得分 of a quantitative row, 执行率, 总分, 等级) holds a value; it is ignored and computed instead.</summary>
    public const string OutputCellFilled = "PI5121";

    /// <summary>PI5122 (warning): a cell that takes a number (全年预算数, 全年执行数, a manual 得分) holds something else; it is ignored.</summary>
    public const string NumberExpected = "PI5122";

    /// <summary>PI5123 (warning): the form is scored under another policy than the one it was made with; points the template allocated are allocated again by the scoring policy.</summary>
    public const string PolicyDiffersFromTemplate = "PI5123";

    /// <summary>PI5124 (info): the form sheet's protection was removed, so locked cells could be edited; every locked cell was checked against the template.</summary>
    public const string ProtectionRemoved = "PI5124";
}
