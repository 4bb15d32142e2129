namespace PerfIndicators.Parsing;

/// <summary>
/// What an indicator's name (三级指标) says about its value: a unit printed in the name (<c>造林面积(亩)</c>, <c>(万元)</c>,
/// <c>(%)</c>), a template placeholder that gives a direction and a unit (<c>(≥**%)</c>, <c>(≤**元/户·年)</c>, <c>(≥台)</c>), a
/// money measure (成本, 资金, 补助 …: a bare 万 means 万元), a date expected (完成时间: an Excel serial is a date), a
/// bounded rate (满意度, 合格率: 290% is OCR for ≥90%), a bad quantity (投诉率, 成本: lower is better) or a yes/no question.
/// </summary>
/// <remarks>Read from the normalized, compact name with traditional characters simplified; nothing here allocates.</remarks>
internal readonly record struct NameHints(
    Unit? Unit,
    decimal Multiplier,
    string? MultiplierText,
    Unit? Per,
    bool HasPlaceholder,
    Comparator PlaceholderComparator,
    int PlaceholderStart,
    int PlaceholderEnd,
    bool UnitInBrackets,
    bool Money,
    bool ExpectsDate,
    bool BoundedRate,
    bool LowerIsBetter,
    bool YesNo)
{
    /// <summary>Names whose quantity is bad: a bare value of one of them is a ceiling (反向).</summary>
    private static readonly WordSet BadEndings = new(
    [
        "投诉率", "差错率", "错误率", "出错率", "失误率", "误差率", "偏差率", "调整率", "结转结余率", "结余率", "结转率", "超支率",
        "超标率", "逾期率", "违规率", "违约率", "返工率", "返修率", "流失率", "辍学率", "死亡率", "病死率", "发病率", "患病率",
        "感染率", "事故率", "发生率", "不合格率", "空置率", "闲置率", "损耗率", "损失率", "漏报率", "误报率", "漏检率", "拖欠率",
        "欠费率", "复发率", "失访率", "退学率", "投诉量", "投诉数", "投诉次数", "投诉件数", "事故数", "事故起数", "发生数",
        "发生次数", "发生起数", "案件数", "上访量", "上访次数", "信访量", "信访次数", "差错次数", "差错数", "问题数", "成本", "费用",
        "单价", "能耗", "耗时", "用时", "响应时间", "处理时间", "等待时间", "问题项目比例", "问题比例",
    ]);

    /// <summary>Words of a money measure: a bare 万 or 亿 after its value means 万元, 亿元.</summary>
    private static readonly WordSet MoneyWords = new(
    [
        "成本", "费用", "经费", "资金", "金额", "投资", "投入", "预算", "补助", "补贴", "收入", "价格", "造价", "工资", "薪酬", "奖金",
        "贷款", "资产", "税收", "产值", "营收", "收益", "支出", "拨款", "款", "费", "价", "元", "钱", "销售额", "营业额", "总额",
    ]);

    /// <summary>Words of a date: the value is a day, month or year (an Excel serial where a number is printed).</summary>
    private static readonly WordSet DateWords = new("时间", "日期", "时限", "期限", "时点", "截止", "截至", "到位时间", "完成时间");

    /// <summary>Rates that can exceed 100%: growth, returns, multipliers. Any other …率, 满意度 or 比例 is at most 100%.</summary>
    private static readonly WordSet UnboundedWords = new("增长", "增幅", "增速", "增加", "提高", "提升", "上升", "收益", "回报", "周转", "放大", "乘数", "倍", "利润", "超额");

    /// <summary>No hints: the name says nothing about the value.</summary>
    public static NameHints None => new(null, 1m, null, null, false, Comparator.None, 0, 0, false, false, false, false, false, false);

    /// <summary>Whether the name gives a unit (with or without a multiplier).</summary>
    public bool HasUnit => Unit is not null;

    /// <summary>Reads the hints of a compact, normalized name; <paramref name="labels"/> add money for a 成本 label.</summary>
    public static NameHints Read(ReadOnlySpan<char> name, Labels labels)
    {
        if (name.IsEmpty)
        {
            return None;
        }

        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        Simplified.Copy(name, buffer);
        ReadOnlySpan<char> s = buffer;

        Unit? unit = null;
        Unit? per = null;
        var multiplier = 1m;
        string? multiplierText = null;
        var placeholder = false;
        var comparator = Comparator.None;
        int placeholderStart = 0, placeholderEnd = 0;
        var inBrackets = false;

        // A placeholder anywhere: (≥**%), ( ≥**个 ), (≥台), ≥**人 at the end. Once a '(' has no ')' after it, no later
        // '(' has one either: remembering that keeps a name of many unclosed brackets linear.
        var unclosedFrom = int.MaxValue;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is not ('(' or '≥' or '≤' or '<' or '>' or '*'))
            {
                continue;
            }

            var bracket = s[i] == '(';
            var from = bracket ? i + 1 : i;
            var close = !bracket ? s.Length - from : from >= unclosedFrom ? -1 : s[from..].IndexOf(')');
            if (close < 0)
            {
                unclosedFrom = Math.Min(unclosedFrom, from);
                continue;
            }

            var content = s.Slice(from, close);
            if (TryReadUnitText(content, out var c, out var stars, out var u, out var m, out var mt, out var p) && (c != Comparator.None || stars)
                && (bracket || from + close == s.Length))
            {
                placeholder = true;
                comparator = c;
                placeholderStart = i;
                placeholderEnd = bracket ? from + close + 1 : s.Length;
                if (u is not null)
                {
                    (unit, multiplier, multiplierText, per) = (u, m, mt, p);
                }

                break;
            }

            if (bracket)
            {
                i = from + close;
            }
        }

        // A unit in brackets at the end: 实施营造林总面积(亩), 林木采伐监管(万立方米), 人员到位率(%).
        if (unit is null && s[^1] == ')' && s.LastIndexOf('(') is var open and >= 0
            && TryReadUnitText(s[(open + 1)..^1], out var bc, out var bs, out var bu, out var bm, out var bmt, out var bp) && bc == Comparator.None && !bs && bu is not null)
        {
            (unit, multiplier, multiplierText, per) = (bu, bm, bmt, bp);
            inBrackets = true;
        }
        else if (unit is null && s[^1] == '%')
        {
            // 各项工作完成及时率%: the unit column run into the name.
            unit = PerfIndicators.Unit.Percent;
        }

        var core = CoreOf(s);
        var bounded = IsBoundedRate(core);
        return new NameHints(
            unit,
            multiplier,
            multiplierText,
            per,
            placeholder,
            comparator,
            placeholderStart,
            placeholderEnd,
            inBrackets,
            MoneyWords.ContainedIn(s) || labels.Subcategory is IndicatorSubcategory.Cost or IndicatorSubcategory.EconomicCost || labels.Category is IndicatorCategory.Cost,
            DateWords.ContainedIn(s),
            bounded,
            BadEndings.EndsWithOne(core) || (core.EndsWith("比例") && (core.Contains("问题", StringComparison.Ordinal) || core.StartsWith("超") || core.Contains("违规", StringComparison.Ordinal))),
            s.Contains("是否", StringComparison.Ordinal) || core.EndsWith("与否", StringComparison.Ordinal));
    }

    /// <summary>Whether a name is a rate or share that cannot exceed 100% (满意度, 合格率, 覆盖率, 占比 …), judged from its core.</summary>
    /// <remarks>A name may carry its description after the measure (…验收合格率反映…验收情况, 市民满意度调查): any 率, 满意, 比例 or 占比 in it counts.</remarks>
    public static bool IsBoundedRate(ReadOnlySpan<char> core) =>
        (core.Contains('率') || core.Contains("满意", StringComparison.Ordinal) || core.Contains("比例", StringComparison.Ordinal) || core.Contains("占比", StringComparison.Ordinal)
            || core.EndsWith("知晓度"))
        && !UnboundedWords.ContainedIn(core);

    /// <summary>
    /// Reads <c>[comparator] [*…] [multiplier] unit [/per]</c> (spaces already gone): the content of <c>(≥**万元)</c> or <c>(亩)</c>.
    /// </summary>
    internal static bool TryReadUnitText(ReadOnlySpan<char> content, out Comparator comparator, out bool stars, out Unit? unit, out decimal multiplier, out string? multiplierText, out Unit? per)
    {
        comparator = Comparator.None;
        stars = false;
        unit = null;
        multiplier = 1m;
        multiplierText = null;
        per = null;
        var p = 0;
        if (Lexicon.Symbols.TryMatch(content, out Comparator symbol, out var symbolLength))
        {
            comparator = symbol;
            p += symbolLength;
        }

        while (p < content.Length && content[p] is '*' or 'x' or 'X' or '…' or '.' or '×' or '?' or '_')
        {
            stars = true;
            p++;
        }

        if (p < content.Length && Lexicon.TryMatchMultiplier(content[p..], out var factor, out var word) && UnitCatalog.MatchPrefix(content[(p + word.Length)..]) is not null)
        {
            multiplier = factor;
            multiplierText = word;
            p += word.Length;
        }

        if (p < content.Length && UnitCatalog.MatchPrefix(content[p..]) is { } match)
        {
            unit = match.Unit;
            p += match.Length;
            if (p + 1 < content.Length && content[p] == '/' && UnitCatalog.MatchPrefix(content[(p + 1)..]) is { } perMatch)
            {
                per = perMatch.Unit;
                p += 1 + perMatch.Length;
                while (p + 1 < content.Length && content[p] is '*' or '·' or '×' or '•' && UnitCatalog.MatchPrefix(content[(p + 1)..]) is { } factorUnit)
                {
                    per = new Unit(per.Text + content[p] + factorUnit.Unit.Text, per.Canonical + "·" + factorUnit.Unit.Canonical, per.Dimension + "*" + factorUnit.Unit.Dimension, per.FactorToBase * factorUnit.Unit.FactorToBase, true);
                    p += 1 + factorUnit.Length;
                }
            }
        }

        return p == content.Length && p > 0 && (unit is not null || comparator != Comparator.None);
    }

    /// <summary>The name without trailing brackets (资金到位率(%) → 资金到位率) and a trailing %, for judging what it measures.</summary>
    private static ReadOnlySpan<char> CoreOf(ReadOnlySpan<char> s)
    {
        while (s.Length > 0)
        {
            if (s[^1] == '%')
            {
                s = s[..^1];
            }
            else if (s[^1] == ')' && s.LastIndexOf('(') is var open and > 0)
            {
                s = s[..open];
            }
            else
            {
                break;
            }
        }

        return s;
    }
}
