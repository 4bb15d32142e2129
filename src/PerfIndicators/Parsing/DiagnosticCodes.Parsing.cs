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

    /// <summary>PI1099 (error): the parser failed unexpectedly on this input; please report it with the text. Never expected.</summary>
    public const string InternalError = "PI1099";
}
