using System.Globalization;

namespace PerfIndicators.Formats.Templates;

/// <summary>Every message about templates, in Chinese, in one place.</summary>
internal static class FilledFormMessages
{
    public static string SheetMissing(string sheet) => F($"找不到工作表“{sheet}”，也没有唯一一张含自评表的其他工作表；无法评分 (the form sheet is missing; nothing is scored)。");

    public static string SheetRenamed(string expected, string found) => F($"工作表“{expected}”被改名为“{found}”；已按其内容读取并逐行核对 (the form sheet was renamed; read by its content and checked row by row)。");

    public static string AnotherProject(string expected, string found) =>
        F($"表中的项目“{found}”及其指标行与模板所属项目“{expected}”不符，这份表可能来自另一个项目的模板；无法评分 (the form shows another project than its template; nothing is scored)。");

    public static string NoRowMatches(string expected) =>
        F($"表中没有一行指标与模板所属项目“{expected}”的指标相符，这份表可能来自另一个项目的模板；无法评分 (no indicator row matches the template's project; nothing is scored)。");

    public static string HeaderMissing => "找不到指标表的表头（一级指标、二级指标、三级指标…）；无法评分 (the indicator table's header row is missing; nothing is scored)。";

    public static string ColumnsChanged(string column, string expected, string found) =>
        F($"指标表第 {column} 列的表头应为“{expected}”，实为“{found}”：列被插入、删除或移动；无法评分 (columns were inserted, deleted or moved; nothing is scored)。");

    public static string RowMissing(string label) => F($"找不到“{label}”行，其中的内容未读取 (a row of the form is missing; its content is not read)。");

    public static string HeaderCellEdited(string label, string expected, string found) =>
        F($"锁定单元格“{label}”被改为“{found}”（模板为“{expected}”），按模板的值计 (a locked cell was edited; the template's value is used)。");

    public static string IndicatorCellEdited(int templateRow, string name, string column, string expected, string found) =>
        F($"指标“{name}”（模板第 {templateRow} 行）的{column}被改为“{found}”（模板为“{expected}”），按模板原值评分 (a locked cell of an indicator was edited; scored with the template's value)。");

    public static string RowDeleted(int templateRow, string name) =>
        F($"模板第 {templateRow} 行的指标“{name}”已被删除；该指标仍按未填写实际完成值计，需补充后评分 (a template row was deleted; it counts as not reported)。");

    public static string RowAdded(string name, string target) =>
        F($"这一行（三级指标“{name}”，年度指标值“{target}”）不是模板中的指标，是手工添加的，未计分 (a row added by hand is not scored)。");

    public const string RowsReordered = "指标行的顺序被调整；已按每行的行键与模板逐行对应 (rows were reordered; each is matched to the template by its row key)。";

    public static string OutsideForm(string text) => F($"表格范围外的内容“{Short(text)}”已忽略 (content outside the form is ignored)。");

    public static string UnusableValue(string what, string text) => F($"{what}“{text}”无法作为填写内容，按空白计 (an unusable value, taken as blank)。");

    public static string FormulaWithoutResult(string formula) => F($"公式“={formula}”没有保存计算结果（请在 Excel 中打开并保存后再评分），按空白计 (a formula with no saved result, taken as blank)。");

    public static string FormulaResult(string formula, string value) => F($"单元格是公式“={formula}”，按其保存的结果“{value}”计 (a formula cell: its saved result is used)。");

    public static string UnitFromTarget(string number, string read, string target) =>
        F($"实际完成值只填了数字 {number}，按年度指标值“{target}”的单位读作“{read}” (a bare number read in the target's unit)。");

    public static string InvalidTier(string text) => F($"评价等级“{text}”不是三个档次之一，已忽略 (not one of the three tiers; ignored)。");

    public static string TierOnQuantitative(string text) => F($"评价等级“{text}”只用于定性指标，本行不是定性指标，已忽略 (a tier on a quantitative indicator; ignored)。");

    public static string TierDisagrees(string tier, string actual) => F($"所选评价等级“{tier}”与实际完成值“{actual}”所写的档次不同，按所选评价等级计 (the tier chosen differs from the actual; the tier chosen is used)。");

    public static string OutputFilled(string what, string text) => F($"“{what}”由 perfind 计算，表中填写的“{text}”未采用 (a cell perfind computes was filled in; not used)。");

    public static string NumberExpected(string what, string text) => F($"“{what}”应填数字，“{text}”不是数字，已忽略 (not a number; ignored)。");

    public static string AmountConverted(string what, string text, string unit, string value) =>
        F($"“{what}”填的是“{text}”，按表中金额单位{unit}计为 {value} (amount converted to the form's unit)。");

    public static string PolicyDiffers(string template, string used) =>
        F($"模板按评分办法 {template} 生成，本次按 {used} 评分；模板中按评分办法分配的分值已按 {used} 重新分配 (scored under another policy than the template's; its points were reallocated)。");

    public const string ProtectionRemoved = "工作表保护已被撤消，锁定单元格可能被修改；已逐一与模板核对 (sheet protection was removed; every locked cell was checked against the template)。";

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
