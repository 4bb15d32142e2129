namespace PerfIndicators.Parsing;

/// <summary>The text of every parser diagnostic, in one place (Chinese, naming the text concerned).</summary>
internal static class Messages
{
    public static string EmptyCell => "单元格为空，没有绩效指标。";

    public static string NoTarget(string clause) => $"未找到指标值：「{clause}」中没有比较符、数值或“定性”标记。";

    public static string EmptyTarget => "指标值为空。";

    public static string UnrecognizedTarget(string text) => $"无法识别的指标值「{text}」，已原样保留。";

    public static string UnknownUnit(string unit) => $"未知的计量单位「{unit}」，已原样保留，无法换算。";

    public static string DuplicatedFragment(string text) => $"提取时重复的片段「{text}」已舍去，取最后一个“指标值”后的内容。";

    public static string Truncated(string text) => $"指标不完整：「{text}」在指标值之前中断。";

    public static string MissingSeparator(string label) => $"「{label}」前缺少分隔符，已在此处拆分指标。";

    public static string PageBreakJoined(string number) => $"序号「{number}」与“、”被分页隔开，已合并。";

    public static string RateWithoutPercent(string name, string value) => $"指标「{name}」是比率，但指标值「{value}」没有%：是否应为100%？数值按原样保留。";

    public static string ContinuedClause => "单元格以“、”开头：这一条指标的序号在分页前，已按一条指标读取。";

    public static string ValueInSentence(string context) => $"指标值取自句子，前后文字「{context}」作为说明保留。";

    public static string UnitFromName(string name) => $"指标值没有单位，按指标名称「{name}」取%。";

    public static string InvalidNumber(string text) => $"数值「{text}」过大或位数过多，无法精确表示。";

    public static string NumberingIrregular(int expected, int found) => $"序号不连续：应为{expected}，实为{found}。";

    public static string StrayText(string text) => $"不属于任何指标的文字「{text}」已略去。";

    public static string InvalidDate(string text) => $"日期「{text}」不存在。";

    public static string HeaderRow => "表头行（一级指标、二级指标、三级指标、指标值）已跳过。";

    public static string MissingUnit(string text) => $"数值「{text}」没有计量单位。";

    public static string UnreadableRow(string text) => $"无法对应到一级/二级/三级指标和指标值列的表格行「{text}」。";

    public static string UnrecognizedActual(string text) => $"无法识别的实际完成值「{text}」，按文字保留。";

    public static string InputTooLarge(int limit) => $"输入超过{limit}个字符，其余部分未读取。";

    public static string RangeReversed(string text) => $"范围「{text}」的下限大于上限，已按原样保留。";

    public static string ProseWithoutIndicators => "这段文字没有可识别的绩效指标（没有指标分类、比较符、数值或“定性”标记），未生成指标。";

    public static string EmptyClause => "空指标（两个分隔符相连），已略去。";

    public static string InternalError(string exception) => $"解析器内部错误（{exception}），请附上原文报告此问题。";
}
