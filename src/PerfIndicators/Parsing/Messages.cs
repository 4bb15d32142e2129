namespace PerfIndicators.Parsing;

/// <summary>The text of every parser diagnostic, in one place (Chinese, naming the text concerned).</summary>
internal static class Messages
{
    public static string EmptyCell => "单元格为空，没有绩效指标（the cell is empty: no indicator）。";

    public static string NoTarget(string clause) => $"未找到指标值：「{clause}」中没有比较符、数值或“定性”标记（no target: no comparator, number or 定性 marker）。";

    public static string EmptyTarget => "指标值为空（the target is empty）。";

    public static string UnrecognizedTarget(string text) => $"无法识别的指标值「{text}」，已原样保留（an unrecognized target, kept as written）。";

    public static string UnknownUnit(string unit) => $"未知的计量单位「{unit}」，已原样保留，无法换算（an unknown unit, kept as written; it cannot be converted）。";

    public static string DuplicatedFragment(string text) => $"提取时重复的片段「{text}」已舍去，取最后一个“指标值”后的内容（a fragment repeated by the extraction was dropped; the text after the last 指标值 is read）。";

    public static string Truncated(string text) => $"指标不完整：「{text}」在指标值之前中断（the indicator is cut off before its target）。";

    public static string MissingSeparator(string label) => $"「{label}」前缺少分隔符，已在此处拆分指标（no separator before the label: the indicators are split here）。";

    public static string PageBreakJoined(string number) => $"序号「{number}」与“、”被分页隔开，已合并（a clause number split from its 、 by a page break was joined）。";

    public static string RateWithoutPercent(string name, string value) => $"指标「{name}」是比率，但指标值「{value}」没有%：是否应为100%？数值按原样保留（a rate whose value has no %; the number is kept as written）。";

    public static string ContinuedClause => "单元格以“、”开头：这一条指标的序号在分页前，已按一条指标读取（the cell starts with 、: its clause number is before the page break; read as one indicator）。";

    public static string ValueInSentence(string context) => $"指标值取自句子，前后文字「{context}」作为说明保留（the target was taken from a sentence; the words around it are kept as a note）。";

    public static string UnitFromName(string name, string unit) => $"指标值没有单位，按指标名称「{name}」取{unit}（the value has no unit: the unit is taken from the name）。";

    public static string InvalidNumber(string text) => $"数值「{text}」过大或位数过多，无法精确表示（the number is too large or too long to hold exactly）。";

    public static string NumberingIrregular(int expected, int found) => $"序号不连续：应为{expected}，实为{found}（clause numbering skips: expected {expected}, found {found}）。";

    public static string StrayText(string text) => $"不属于任何指标的文字「{text}」已略去（text belonging to no indicator was left out）。";

    public static string InvalidDate(string text) => $"日期「{text}」不存在（no such date）。";

    public static string HeaderRow => "表头行（一级指标、二级指标、三级指标、指标值）已跳过（a header row was skipped）。";

    public static string MissingUnit(string text) => $"数值「{text}」没有计量单位（the number has no unit）。";

    public static string UnreadableRow(string text) => $"无法对应到一级/二级/三级指标和指标值列的表格行「{text}」（a table row that does not fit the 一级/二级/三级/指标值 columns）。";

    public static string UnrecognizedActual(string text) => $"无法识别的实际完成值「{text}」，按文字保留（an unrecognized actual, kept as text）。";

    public static string InputTooLarge(int limit) => $"输入超过{limit}个字符，其余部分未读取（the input is longer than {limit} characters; the rest is not read）。";

    public static string RangeReversed(string text) => $"范围「{text}」的下限大于上限，已按原样保留（a range whose lower bound is above its upper bound, kept as written）。";

    public static string ProseWithoutIndicators => "这段文字没有可识别的绩效指标（没有指标分类、比较符、数值或“定性”标记），未生成指标（prose with no indicator: no category, comparator, number or 定性 marker）。";

    public static string EmptyClause => "空指标（两个分隔符相连），已略去（an empty clause between two separators, left out）。";

    public static string DirectionFromName(string name) =>
        $"指标值未写比较符，指标「{name}」衡量的是越低越好的量，按反向指标读取（no comparator: the name measures something bad, read as lower-is-better）。";

    public static string DirectionFromProperty(string cell, bool lower) =>
        $"按指标性质「{cell}」读作{(lower ? "反向（越低越好）" : "正向（越高越好）")}（direction taken from the {(lower ? "反向" : "正向")} cell）。";

    public static string DirectionConflict(string cell, string value) =>
        $"指标性质「{cell}」与指标值「{value}」的比较符方向相反，按比较符读取（the 正向/反向 cell contradicts the comparator; the comparator is kept）。";

    public static string PlaceholderInName(string placeholder, string gives) =>
        $"名称中的模板占位符「{placeholder}」给出{gives}，已从名称中去掉（a template placeholder in the name gives {(gives.Contains('向') ? "the direction" : "the unit")}; it is not part of the name）。";

    public static string UnitCellConflict(string unit, string value) =>
        $"计量单位「{unit}」与指标值「{value}」不符，按指标值本身读取（the unit cell contradicts the value; the value's own reading is kept）。";

    public static string OcrRepaired(string written, string read, string why) =>
        $"「{written}」按「{read}」读取：{why}；原文读法「{written}」可能性很小（OCR damage repaired; both readings quoted）。";

    public static string OcrSuspect(string written, string other, string why) =>
        $"「{written}」可能是OCR把{why}，原意或为「{other}」；已按原文保留，请核对（possible OCR damage, kept as written）。";

    public static string ExcelDateSerial(string written, string date) =>
        $"「{written}」是Excel日期序列号，读作{date}（an Excel date serial read as a date）。";

    public static string MoneyUnitImplied(string written) =>
        $"金额「{written}」未写“元”，按{written}元读取（a bare 万/亿 on money read as 万元/亿元）。";

    public static string TargetInName(bool statement) => statement
        ? "指标值单元格为空，名称所述即为定性指标值（the value cell is empty: the statement in the name is the qualitative target）。"
        : "指标值单元格为空，指标值取自名称（the value cell is empty: the target is taken from the name）。";

    public static string NameAsTarget(string text) =>
        $"指标值单元格「{text}」是指标名称而不是指标值，已原样保留（the value cell holds an indicator name, not a value）。";

    public static string GradedStandard(string text, string top) =>
        $"「{text}」是分档评价标准，最高档「{top}」为年度指标值（a graded standard: the best grade is the annual target）。";

    public static string CellLeftOut(string text) =>
        $"「{text}」不是指标值（指标解释、绩效标准、评分标准、分值或进度），未作为指标值读取（a cell that is not the target was left out）。";

    public static string HedgedActual(string text) =>
        $"实际完成值「{text}」是有保留的完成表述，由评分规则确定档次（a hedged claim of completion; the scoring policy maps it to a tier）。";

    public static string NumberForYesNo(string name, string value) =>
        $"「{name}」是“是否”类指标，指标值不应是数字「{value}」（可能是分值），已原样保留（a yes/no indicator with a bare number as its value）。";

    public static string ValuesWithoutName(string text) =>
        $"「{text}」只有指标值，没有对应的指标名称，未生成指标（values with no name to belong to were left out）。";

    public static string RunTogetherSplit(string name, string value) =>
        $"名称与指标值之间没有分隔，按「{name}」|「{value}」拆分（name and value run together: split before the value）。";

    public static string InternalError(string exception) => $"解析器内部错误（{exception}），请附上原文报告此问题（an internal parser error: please report it with the text）。";

    public static string DiagnosticsOmitted(string code, int count) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"另有 {count:N0} 条 {code} 诊断未逐一列出 ({count:N0} more {code} diagnostics are not listed).");

    public static string TooManyIndicators(int limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"单元格中的指标超过 {limit:N0} 条，其后的内容未读取 (more than {limit:N0} indicators in one cell; the rest is not read).");
}
