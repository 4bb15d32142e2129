namespace PerfIndicators.Parsing;

/// <summary>
/// The words of qualitative targets (定性指标值) as 绩效目标表 print them, for text where nothing else marks the value: a name
/// and its value run together (<c>义务教育优质均衡发展情况稳步提高</c>, <c>影响长远</c>, <c>成本控制率不超预算</c>), a value after a
/// single space (<c>实现社会稳定和谐发展 长期</c>), a statement that is its own target (<c>提高森林覆盖率,促进生物多样性保护。</c>),
/// and a value cell that holds an indicator name instead of a value (<c>发放时间达标率</c>).
/// </summary>
internal static class QualitativeWords
{
    /// <summary>Whole values, longest first: read at the end of a clause.</summary>
    private static readonly string[] Phrases =
    [
        "控制在预算范围内", "按质按量完成", "控制在预算内", "不超过年度预算", "不超出年度预算", "影响程度明显", "不超过预算", "不超出预算",
        "合法合规", "应保尽保", "应助尽助", "应救尽救", "应补尽补", "应发尽发", "应享尽享", "应收尽收", "稳定运行", "正常运行", "正常使用",
        "按期完成", "按时完成", "如期完成", "全部完成", "及时完成", "效果明显", "效果显著", "成效明显", "成效显著", "基本满意", "不超预算",
        "全覆盖", "全面覆盖", "长远", "长期", "持续", "明显", "显著", "有效", "较好", "良好", "优良", "优秀", "合格", "达标", "规范", "合规",
        "相符", "稳定", "及时", "准确", "满意", "到位", "健全", "完善", "较高", "较大", "是", "否",
    ];

    /// <summary>Words of change that head a value (提高, 改善 …), optionally after an adverb (稳步提高, 不断提升).</summary>
    private static readonly string[] Heads =
    [
        "提高", "提升", "增加", "增强", "增长", "改善", "减少", "降低", "下降", "完善", "优化", "加强", "巩固", "扩大", "健全", "保持", "促进",
    ];

    /// <summary>Adverbs written before a head.</summary>
    private static readonly string[] Adverbs =
    [
        "进一步", "稳步", "持续", "不断", "逐步", "逐年", "显著", "明显", "大幅", "有效", "有所", "全面", "切实", "基本", "较大", "大力", "积极", "得到",
    ];

    /// <summary>Verbs that open a goal statement which is its own qualitative target (增加就业机会,提高农民收入。).</summary>
    private static readonly string[] StatementVerbs =
    [
        "提高", "提升", "增加", "增强", "改善", "促进", "降低", "减少", "保障", "保护", "保持", "确保", "巩固", "带动", "维护", "推动", "实现",
    ];

    /// <summary>Endings of an indicator name (…率, …数量, 满意度): a value cell ending so holds a name, not a value.</summary>
    private static readonly string[] MetricEndings = ["率", "比例", "比率", "占比", "数量", "人数", "人次数", "次数", "个数", "户数", "满意度", "知晓度"];

    /// <summary>
    /// The start of a qualitative value that ends <paramref name="s"/> (a phrase, or an adverb and head with at most two characters
    /// after the head: 增加岗位), or -1. Unless <paramref name="whole"/>, the value never covers the whole text: something must be
    /// left for the name.
    /// </summary>
    public static int TrailingValueStart(ReadOnlySpan<char> s, bool whole = false)
    {
        var minimum = whole ? 0 : 1;
        var best = -1;
        foreach (var phrase in Phrases)
        {
            if (s.Length - phrase.Length >= minimum && s.EndsWith(phrase, StringComparison.Ordinal))
            {
                best = s.Length - phrase.Length;
                break;
            }
        }

        // A head near the end: the last one, with at most two characters of object after it.
        for (var i = s.Length - 2; i >= Math.Max(minimum, s.Length - 4); i--)
        {
            foreach (var head in Heads)
            {
                if (s[i..].StartsWith(head, StringComparison.Ordinal) && s.Length - i - head.Length <= 2 && AllCjk(s[(i + head.Length)..])
                    && !IsNameTail(s[(i + head.Length)..]))
                {
                    var start = i;
                    foreach (var adverb in Adverbs)
                    {
                        if (s[..start].EndsWith(adverb, StringComparison.Ordinal) && start - adverb.Length >= minimum)
                        {
                            start -= adverb.Length;
                            break;
                        }
                    }

                    return best >= 0 ? Math.Min(best, start) : start;
                }
            }
        }

        return best;
    }

    /// <summary>The word of change a qualitative value turns on (有所提升 → 提升, 改善条件 → 改善), or empty.</summary>
    public static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> s)
    {
        foreach (var head in Heads)
        {
            if (s.Contains(head, StringComparison.Ordinal))
            {
                return head;
            }
        }

        return [];
    }

    /// <summary>Whether the whole of <paramref name="s"/> is a qualitative value (长期, 不断提升, 优良, 否), as a short cell would hold.</summary>
    public static bool IsValue(ReadOnlySpan<char> s) => !s.IsEmpty && TrailingValueStart(s, whole: true) == 0;

    /// <summary>Whether <paramref name="s"/> opens with a verb of a goal statement (提高…, 促进…), so the statement is its own target.</summary>
    public static bool IsStatement(ReadOnlySpan<char> s)
    {
        foreach (var verb in StatementVerbs)
        {
            if (s.Length > verb.Length + 2 && s.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a qualitative value reads as an indicator name (发放时间达标率): it ends like one and holds no word of a value.</summary>
    public static bool IsMetricName(ReadOnlySpan<char> s)
    {
        if (s.Length > 3 && s.EndsWith("(%)", StringComparison.Ordinal))
        {
            s = s[..^3];
        }

        var endsLikeName = false;
        foreach (var ending in MetricEndings)
        {
            if (s.Length > ending.Length + 1 && s.EndsWith(ending, StringComparison.Ordinal))
            {
                endsLikeName = true;
                break;
            }
        }

        if (!endsLikeName)
        {
            return false;
        }

        foreach (var head in Heads)
        {
            if (s.Contains(head, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var word in (ReadOnlySpan<string>)["较", "高", "好", "优", "良", "低于", "高于", "不低", "不少", "达到", "保持", "确保", "为"])
        {
            if (s.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nouns that end a name after a word of change (提高情况, 改善程度): the name of a measure, not a value.</summary>
    private static bool IsNameTail(ReadOnlySpan<char> s)
    {
        foreach (var noun in (ReadOnlySpan<string>)["情况", "状况", "水平", "程度", "能力", "效果", "效益", "效率", "质量", "数量", "比例", "比率", "指数", "面积", "人数", "次数", "规模", "范围", "意识", "条件", "标准", "率", "度", "量", "数"])
        {
            if (s.SequenceEqual(noun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCjk(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!Lexicon.IsCjk(c))
            {
                return false;
            }
        }

        return true;
    }
}
