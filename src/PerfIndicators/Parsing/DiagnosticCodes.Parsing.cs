namespace PerfIndicators;

/// <content>Codes for indicator text (PI1xxx).</content>
public static partial class DiagnosticCodes
{
    /// <summary>PI1001 (info): the cell is empty or holds only separators; it has no indicators.</summary>
    public const string EmptyCell = "PI1001";

    /// <summary>PI1002 (error): a clause has no recognizable target value; the clause is kept as a name with an unrecognized target.</summary>
    public const string NoTarget = "PI1002";

    /// <summary>PI1003 (error): the target text could not be understood; it is kept verbatim.</summary>
    public const string UnrecognizedTarget = "PI1003";

    /// <summary>PI1004 (warning): a unit the catalog does not know; it is kept as written and cannot be converted.</summary>
    public const string UnknownUnit = "PI1004";

    /// <summary>PI1005 (warning): text repeated by bad extraction (…,年度指标值:…,年度指标值:…) was dropped.</summary>
    public const string DuplicatedFragment = "PI1005";

    /// <summary>PI1006 (error): the clause stops before its value (e.g. ends in <c>年度指标</c>).</summary>
    public const string TruncatedClause = "PI1006";

    /// <summary>PI1007 (warning): a category label follows the previous indicator without a separator; split there.</summary>
    public const string MissingSeparator = "PI1007";

    /// <summary>PI1008 (info): a clause number and its 、 were split by a page break and joined again.</summary>
    public const string PageBreakJoined = "PI1008";

    /// <summary>PI1009 (warning): the name is a rate (…率) but the value has no %; <c>≥1</c> may mean 100%.</summary>
    public const string RateWithoutPercent = "PI1009";

    /// <summary>PI1010 (info): the value was taken from a sentence; the words before it are kept as context.</summary>
    public const string ValueInSentence = "PI1010";

    /// <summary>PI1011 (info): the value has no unit and the unit was taken from the name (<c>人员到位率(%)</c>).</summary>
    public const string UnitFromName = "PI1011";

    /// <summary>PI1012 (error): a number is too large or has too many digits to represent exactly.</summary>
    public const string InvalidNumber = "PI1012";

    /// <summary>PI1013 (warning): clause numbers (1、2、…) repeat or skip.</summary>
    public const string NumberingIrregular = "PI1013";

    /// <summary>PI1014 (warning): text that belongs to no indicator (e.g. a stray page number) was left out.</summary>
    public const string StrayText = "PI1014";

    /// <summary>PI1015 (error): a date that does not exist (<c>2023年2月30日</c>).</summary>
    public const string InvalidDate = "PI1015";

    /// <summary>PI1016 (info): a table header row (一级指标 | 二级指标 | …) was recognized and skipped.</summary>
    public const string HeaderRowSkipped = "PI1016";

    /// <summary>PI1017 (info): a number has no unit although it is not a ratio or multiplier; nothing to convert.</summary>
    public const string MissingUnit = "PI1017";

    /// <summary>PI1018 (warning): a table row whose cells could not be matched to 一级/二级/三级/指标值 columns.</summary>
    public const string UnreadableRow = "PI1018";

    /// <summary>PI1019 (warning): an actual value could not be understood; it is kept as text.</summary>
    public const string UnrecognizedActual = "PI1019";

    /// <summary>PI1020 (error): the input is larger than the parser accepts; the rest was not read.</summary>
    public const string InputTooLarge = "PI1020";

    /// <summary>PI1021 (info): a clause is empty (two separators in a row); nothing was lost.</summary>
    public const string EmptyClause = "PI1021";

    /// <summary>PI1022 (warning): a range whose lower bound is above its upper bound (<c>12.5%-8%</c>); kept as written.</summary>
    public const string RangeReversed = "PI1022";

    /// <summary>PI1023 (info): no comparator, and the name measures something bad (投诉率, 差错率, 超支率, 成本 …): read as lower-is-better (反向).
    /// The inference is on <see cref="QuantitativeTarget.DirectionSource"/>, so a scoring policy can decline it.</summary>
    public const string DirectionFromName = "PI1023";

    /// <summary>PI1024 (info): the direction was taken from a 正向/反向 cell of the row (a bare or <c>=</c> value).</summary>
    public const string DirectionFromProperty = "PI1024";

    /// <summary>PI1025 (warning): a 正向/反向 cell contradicts the comparator (<c>反向 | ≥ | 90</c>); the comparator is kept.</summary>
    public const string DirectionConflict = "PI1025";

    /// <summary>PI1026 (info): a template placeholder in the name (<c>(≥**%)</c>, <c>(≤**元)</c>) gave the direction and the unit; it is
    /// not part of the name.</summary>
    public const string PlaceholderInName = "PI1026";

    /// <summary>PI1027 (warning): the unit cell contradicts the value (<c>28.8萬元 | %</c>, <c>應保盡保 | %</c>); the value's own unit is kept.</summary>
    public const string UnitCellConflict = "PI1027";

    /// <summary>PI1028 (warning): OCR damage repaired where one reading is far more likely (<c>290%</c> on a 满意度 read as <c>≥90%</c>,
    /// <c>二100</c> as <c>=100</c>, <c>l00%</c> as <c>100%</c>); the message quotes both readings.</summary>
    public const string OcrRepaired = "PI1028";

    /// <summary>PI1029 (warning): text that OCR may have damaged, kept as written (<c>2280次</c> may be <c>≥280次</c>); the message says what is suspect.</summary>
    public const string OcrSuspect = "PI1029";

    /// <summary>PI1030 (info): an Excel date serial where the indicator expects a date (<c>44561</c> → 2021-12-31).</summary>
    public const string ExcelDateSerial = "PI1030";

    /// <summary>PI1031 (info): a bare 万 or 亿 on a money measure (成本, 资金, 补助 …) read as 万元, 亿元.</summary>
    public const string MoneyUnitImplied = "PI1031";

    /// <summary>PI1032 (info): a table row with an empty value cell: the target is taken from the name cell, or the statement in it is
    /// the qualitative target.</summary>
    public const string TargetInName = "PI1032";

    /// <summary>PI1033 (error): the value cell holds an indicator name (<c>发放时间达标率</c>), not a value; kept verbatim.</summary>
    public const string NameAsTarget = "PI1033";

    /// <summary>PI1034 (info): a graded standard in one cell (<c>100% 90% 85%</c> under 优/良/中): a graded target whose best grade is the
    /// annual target.</summary>
    public const string GradedStandard = "PI1034";

    /// <summary>PI1035 (info): a cell of the row that is not the target was left out: 指标解释, 绩效标准 (计划标准), 评分标准, 分值, 实施进度,
    /// a repeated value.</summary>
    public const string CellLeftOut = "PI1035";

    /// <summary>PI1036 (info): an actual with a hedge (基本完成, 大部分完成): recognised, for the scoring policy to map to a tier.</summary>
    public const string HedgedActual = "PI1036";

    /// <summary>PI1037 (error): a yes/no indicator (是否…, …与否) whose value is a bare number: not a value it can take (the number may be
    /// the 分值); kept verbatim.</summary>
    public const string NumberForYesNo = "PI1037";

    /// <summary>PI1038 (warning): values in a row or block with no name to belong to (<c>不断提升 弥补… 持续</c>); left out.</summary>
    public const string ValuesWithoutName = "PI1038";

    /// <summary>PI1039 (info): a name and its qualitative value written with nothing between them (<c>…发展情况稳步提高</c>): split before
    /// the value.</summary>
    public const string RunTogetherSplit = "PI1039";

    /// <summary>PI1040 (info): more than <see cref="Parsing.IndicatorParser.MaxDiagnosticsPerCode"/> diagnostics of one code in one
    /// text: the first are listed, the rest counted in this one (the message names the code and the count).</summary>
    public const string DiagnosticsOmitted = "PI1040";

    /// <summary>PI1041 (error): a cell holds more than <see cref="Parsing.IndicatorParser.MaxIndicatorsPerCell"/> indicators, which no
    /// real cell does; the first are kept and the text from the next one on is not read.</summary>
    public const string TooManyIndicators = "PI1041";

    /// <summary>PI1099 (error): the parser failed unexpectedly on this input; please report it with the text. Never expected.</summary>
    public const string InternalError = "PI1099";
}
