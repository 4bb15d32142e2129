using System.Text.RegularExpressions;

namespace PerfIndicators.Documents;

/// <summary>Regular expressions for the lines a budget document is made of (titles, unit lines, page furniture).</summary>
internal static partial class LinePatterns
{
    /// <summary><c>单位：万元</c>, <c>单位:元</c>, also inside a longer line (<c>部门名称：… 单位：万元</c>).</summary>
    [GeneratedRegex(@"(?:^|\s|[，,;；])(?:金额)?单位\s*[:：]\s*(?<unit>万元|元)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex UnitLine();

    /// <summary>The unit code line: <c>619001-湖州市人民政府区域合作交流办公室</c>.</summary>
    [GeneratedRegex(@"^\s*(?<code>\d{6,9})\s*[-－—–]\s*(?<name>\S.*?)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex UnitCodeLine();

    /// <summary>A labelled unit: <c>部门名称：…</c>, <c>编制部门：…</c>, <c>预算主管部门：…</c>.</summary>
    [GeneratedRegex(@"(?:部门名称|单位名称|编制部门|编制单位|预算主管部门|主管部门|预算单位)\s*[:：]\s*(?<name>[^\s:：/]{2,60})", RegexOptions.CultureInvariant)]
    public static partial Regex LabelledUnit();

    /// <summary>A year as written in titles: <c>2022年</c>, <c>2022 年</c>.</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant)]
    public static partial Regex Year();

    /// <summary>A page number on its own line: <c>7</c>, <c>- 7 -</c>, <c>第 7 页</c>, <c>7/20</c>.</summary>
    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex PageNumber();

    /// <summary>A heading that ends a table: <c>一、…</c>, <c>（二）…</c>, <c>注：…</c>, <c>说明：</c>.</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[)）]|注\s*[:：]|说明\s*[:：]|备注\s*[:：])", RegexOptions.CultureInvariant)]
    public static partial Regex Heading();

    /// <summary>A table number prefix: <c>表 10：</c>, <c>表1.</c>.</summary>
    [GeneratedRegex(@"^表\s*\d+\s*[：:.．、]", RegexOptions.CultureInvariant)]
    public static partial Regex TableNumber();

    /// <summary>A standalone number token in a line (an amount in a row whose tabs were lost).</summary>
    [GeneratedRegex(@"(?<=^|\s)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=\s|$)", RegexOptions.CultureInvariant)]
    public static partial Regex StandaloneNumber();

    /// <summary>A line ending in one or more amounts with decimals (<c>都市圈和区域合作工作 20.00</c>, <c>80.00 20.00 60.00</c>).</summary>
    [GeneratedRegex(@"^(?<text>.*?)(?:^|\s)(?<amounts>-?\d{1,3}(?:,\d{3})*\.\d+(?:\s+-?\d{1,3}(?:,\d{3})*\.\d+)*)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingAmounts();

    /// <summary>An indicator cell rather than a goal: <c>1、满意度指标:</c>, <c>数量指标:</c>, <c>、效益指标:</c>.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[、.．]\s*)?[^\s:：,，。;；]{0,8}指标\s*[:：]", RegexOptions.CultureInvariant)]
    public static partial Regex IndicatorCellStart();

    /// <summary>Markdown decoration around a line (<c>## title</c>, <c>**title**</c>).</summary>
    [GeneratedRegex(@"^\s*#+\s*|\*\*", RegexOptions.CultureInvariant)]
    public static partial Regex Markdown();

    /// <summary>A line that is a total row label: <c>合计</c>, <c>总计</c>.</summary>
    public static bool IsTotalLabel(string text) => NameText.Squeeze(text) is "合计" or "总计" or "合 计";

    /// <summary>The text without markdown decoration, trimmed.</summary>
    public static string StripMarkdown(string line) => Markdown().Replace(line, "").Trim();

    /// <summary>
    /// Whether a line may be a table title: short, ending in 表 (optionally with a parenthesis), or numbered 表 N：.
    /// Table-of-contents entries also pass; <see cref="TableLocator"/> checks what follows.
    /// </summary>
    public static bool IsTitleLike(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var text = NameText.Squeeze(StripMarkdown(line));
        if (text.Length is < 3 or > 70)
        {
            return false;
        }

        if (TableNumber().IsMatch(text))
        {
            return true;
        }

        var paren = text.EndsWith(')') || text.EndsWith('）') ? text.LastIndexOfAny(['(', '（']) : -1;
        var core = paren > 0 ? text[..paren] : text;
        return core.EndsWith('表') && !core.Contains('。', StringComparison.Ordinal) && !core.Contains('，', StringComparison.Ordinal);
    }
}
