namespace PerfIndicators;

/// <content>Codes for budget documents (PI2xxx): reading the file, finding its tables and rows, and checking its sums.</content>
public static partial class DiagnosticCodes
{
    /// <summary>PI2001 (error): the file could not be opened or read (missing, no permission, I/O failure).</summary>
    public const string FileUnreadable = "PI2001";

    /// <summary>PI2002 (error): the input is not text (binary bytes, or bytes invalid in the requested encoding).</summary>
    public const string NotText = "PI2002";

    /// <summary>PI2003 (error): the input is text but not a recognizable budget document: no budget table, project table or project section was found.</summary>
    public const string NotABudgetDocument = "PI2003";

    /// <summary>PI2004 (warning): a byte sequence is invalid in the encoding used (given by the caller, or detected when nearly all the bytes are valid UTF-8 or GB18030); it was replaced by U+FFFD. One per sequence, at its place in the text.</summary>
    public const string InvalidBytesReplaced = "PI2004";

    /// <summary>PI2005 (info): the text was decoded as GB18030/GBK because it is not valid UTF-8.</summary>
    public const string DecodedAsGb18030 = "PI2005";

    /// <summary>PI2006 (error): the input is larger than the reader accepts; nothing was read.</summary>
    public const string DocumentTooLarge = "PI2006";

    /// <summary>PI2010 (info): a header field (issuing unit, unit code, budget year or title) is not stated in the document.</summary>
    public const string HeaderFieldMissing = "PI2010";

    /// <summary>PI2011 (warning): a project table states no amount unit (单位：万元/元); 万元 was assumed.</summary>
    public const string AmountUnitAssumed = "PI2011";

    /// <summary>PI2012 (info): the document has budget tables but no project table or project section; it has no projects.</summary>
    public const string NoProjectTables = "PI2012";

    /// <summary>PI2020 (error): a table row could not be split into its columns; it is not a project. The line is named.</summary>
    public const string UnreadableTableRow = "PI2020";

    /// <summary>PI2021 (info): a row was broken across lines or a page break and its pieces were joined.</summary>
    public const string RowContinued = "PI2021";

    /// <summary>PI2022 (error): an amount cell is not a number; the project has no amount.</summary>
    public const string InvalidAmount = "PI2022";

    /// <summary>PI2023 (warning): a cell holds a value that does not fit its column (text in an amount column or a number in a text column).</summary>
    public const string MisplacedCell = "PI2023";

    /// <summary>PI2024 (info): markup or stray punctuation left by PDF extraction was removed from a name.</summary>
    public const string NameCleaned = "PI2024";

    /// <summary>PI2025 (warning): the document ends inside a table or section; the last part may be missing (truncated file).</summary>
    public const string DocumentTruncated = "PI2025";

    /// <summary>PI2026 (info): a line inside a table that belongs to no row (e.g. garbled header text) was skipped.</summary>
    public const string LineSkipped = "PI2026";

    /// <summary>PI2027 (warning): the start of a row could not be found by its unit name; the row was read from its amount line.</summary>
    public const string RowStartGuessed = "PI2027";

    /// <summary>PI2028 (info): the table's empty cells were lost in extraction, so funding amounts are kept in order without their column.</summary>
    public const string FundingColumnsUnassigned = "PI2028";

    /// <summary>PI2030 (info): the project has no structured indicators (prose goal only, 详见… reference, or an empty 绩效指标 cell).</summary>
    public const string NoStructuredIndicators = "PI2030";

    /// <summary>PI2031 (info): the project row has no 绩效目标 (performance goal) text.</summary>
    public const string NoGoal = "PI2031";

    /// <summary>PI2032 (warning): the 实施周期 (implementation period) is not an explicit date range; it is kept as text only.</summary>
    public const string PeriodNotDateRange = "PI2032";

    /// <summary>PI2033 (warning): the 年度预算安排 (annual budget) states no total amount.</summary>
    public const string NoBudgetTotal = "PI2033";

    /// <summary>PI2034 (warning): a project section lacks a part (实施主体, 实施周期, 年度预算安排 or 绩效目标), or the part is empty.</summary>
    public const string SectionPartMissing = "PI2034";

    /// <summary>PI2040 (warning): a 目标表 (performance target form) names no project (项目名称) or department (部门名称); its indicators are listed under a placeholder name.</summary>
    public const string FormWithoutName = "PI2040";

    /// <summary>PI2100 (info): check sum passed: the rows of a table add up to its 合计 (or a group to its subtotal row).</summary>
    public const string TableTotalMatches = "PI2100";

    /// <summary>PI2101 (warning): check sum failed: the rows of a table do not add up to its 合计 (or a group to its subtotal row).</summary>
    public const string TableTotalMismatch = "PI2101";

    /// <summary>PI2102 (info): the table has no 合计 row, so its rows could not be checked.</summary>
    public const string TableWithoutTotal = "PI2102";

    /// <summary>PI2103 (warning): a row's funding columns (财政拨款, 财政专户, 其他资金 …) do not add up to its 总计.</summary>
    public const string RowFundingMismatch = "PI2103";

    /// <summary>PI2110 (info): a 年度预算安排 breakdown (其中：…) adds up to its total.</summary>
    public const string BreakdownMatches = "PI2110";

    /// <summary>PI2111 (warning): a 年度预算安排 breakdown (其中：…) does not add up to its total.</summary>
    public const string BreakdownMismatch = "PI2111";

    /// <summary>PI2120 (info): the performance rows of a project add up to its amount in the 项目支出预算表 (project budget table).</summary>
    public const string CrossTableMatches = "PI2120";

    /// <summary>PI2121 (info): the performance rows of a project cover only part of its amount in the 项目支出预算表 (partial coverage, not an error).</summary>
    public const string CrossTablePartialCoverage = "PI2121";

    /// <summary>PI2122 (warning): the performance rows of a project add up to more than its amount in the 项目支出预算表.</summary>
    public const string CrossTableExceeds = "PI2122";

    /// <summary>PI2123 (info): a project of the 项目支出预算表 has no row in the performance table (no published targets).</summary>
    public const string BudgetProjectWithoutTargets = "PI2123";

    /// <summary>PI2124 (warning): a project of the performance table has no row in the 项目支出预算表.</summary>
    public const string TargetsWithoutBudgetProject = "PI2124";

    /// <summary>PI2130 (warning): the same project is listed more than once in one table; every row is kept and flagged as repeated.</summary>
    public const string RepeatedProject = "PI2130";
}
