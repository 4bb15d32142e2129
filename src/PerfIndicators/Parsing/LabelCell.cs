using System.Collections.Frozen;

namespace PerfIndicators.Parsing;

/// <summary>
/// A category cell of a table row (一级 or 二级 指标) as printed: with points (<c>产出指标(50分)</c>, <c>产出指标 40 分</c>, a label cut to
/// <c>(30分)</c>), notes (<c>数量指标 (必填)</c>), numbering (<c>一、产出指标</c>, <c>(二)质量指标</c>), traditional script
/// (<c>產出指標</c>), synonyms (<c>产出目标</c>, <c>效果指标</c>, <c>项目完成指标</c>, <c>进度指标</c>), and labels of other templates
/// (<c>过程管理指标</c>) that name no category of the national framework.
/// </summary>
internal static class LabelCell
{
    /// <summary>What a label cell says.</summary>
    /// <param name="Category">The first-level category, or <see langword="null"/>.</param>
    /// <param name="Subcategory">The second-level category, or <see langword="null"/>.</param>
    public readonly record struct Label(IndicatorCategory? Category, IndicatorSubcategory? Subcategory);

    private static readonly (string From, string To)[] Synonyms =
    [
        ("项目完成指标", "产出指标"), ("项目完成", "产出指标"), ("项目产出指标", "产出指标"), ("项目产出", "产出指标"),
        ("项目效益指标", "效益指标"), ("项目效益", "效益指标"), ("效果指标", "效益指标"), ("实施效果", "效益指标"),
        ("进度指标", "时效指标"), ("时间指标", "时效指标"), ("社会公众或服务对象满意度指标", "服务对象满意度指标"),
        ("社会公众或服务对象满意度", "服务对象满意度指标"), ("服务对象满意度指标等", "服务对象满意度指标"), ("满意度指标等", "满意度指标"),
    ];

    private static readonly string[] HeaderWords =
    [
        "一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "指标名称", "指标性质", "度量单位", "计量单位", "指标内容", "三级指标内容",
        "指标值及单位", "绩效标准", "目标值", "年度目标值", "实施周期目标值", "指标方向", "计算符号", "分值", "备注", "指标解释", "指标说明",
        "评(扣)分标准", "评分标准", "绩效指标", "年度绩效指标", "本年度绩效指标", "专项年度绩效指标", "指标值类型", "实施进度", "预期指标值",
        "年度指标", "指标目标值", "全年实际值", "实际完成值", "全年实际完成值", "得分", "权重", "评价标准", "评价标准确定依据",
        "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)", "指标值(包含数字及文字描述)",
        "当年预期实现值", "预期2022年实现值", "保障绩效目标实现措施", "绩效指标分类",
    ];

    /// <summary>Reads a label cell (compact, normalized text); <see langword="null"/> when the cell is not a label.</summary>
    /// <param name="cell">The cell text, compact and normalized.</param>
    /// <param name="known">Set when the label names a category of the national framework (or is only points).</param>
    public static Label? Read(ReadOnlySpan<char> cell, out bool known)
    {
        known = false;
        if (cell.IsEmpty || cell.Length > 24)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[cell.Length];
        Simplified.Copy(cell, buffer);
        var s = Strip(buffer[..cell.Length]);
        foreach (var header in (ReadOnlySpan<string>)["专项年度绩效指标", "年度绩效指标", "绩效指标"])
        {
            // 绩效指标 项目完成 (the merged first column, then the 一级 cell): the label after the header word.
            if (s.Length > header.Length && s.StartsWith(header, StringComparison.Ordinal))
            {
                s = s[header.Length..];
                break;
            }
        }
        if (s.IsEmpty)
        {
            // (50分): the merged 一级 cell lost, its points left.
            known = cell.IndexOf('分') >= 0;
            return known ? new Label(null, null) : null;
        }

        Span<char> mapped = stackalloc char[32];
        var text = Canonical(s, mapped);
        if (text.SequenceEqual("成本指标") || text.SequenceEqual("成本"))
        {
            known = true;
            return new Label(IndicatorCategory.Cost, null);
        }

        if (CategoryLabels.ParseCategory(text) is { } category)
        {
            known = true;
            return new Label(category, null);
        }

        if (CategoryLabels.ParseSubcategory(text) is { } subcategory)
        {
            known = true;
            return new Label(null, subcategory);
        }

        // A label of another template: short, ends in 指标, no digits (过程管理指标, 实施效果指标, 制度指标).
        if (text.Length is >= 4 and <= 10 && text.EndsWith("指标", StringComparison.Ordinal) && text.IndexOfAnyInRange('0', '9') < 0
            && !text.Contains("率", StringComparison.Ordinal))
        {
            return new Label(null, null);
        }

        return null;
    }

    /// <summary>
    /// Whether a whole line is the table's header: header words run together or separated by spaces
    /// (<c>绩效指标一级指标二级指标指标内容指标值</c>, <c>一级指标 二级指标 三级指标 指标解释 目标值</c>), at least two of them.
    /// </summary>
    public static bool IsHeaderLine(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 6 || compact.Length > 120)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[compact.Length];
        Simplified.Copy(compact, buffer);
        ReadOnlySpan<char> s = buffer;
        var words = 0;
        while (!s.IsEmpty)
        {
            var longest = 0;
            foreach (var word in HeaderWords)
            {
                if (word.Length > longest && s.StartsWith(word, StringComparison.Ordinal))
                {
                    longest = word.Length;
                }
            }

            if (longest == 0)
            {
                // The first characters of the first word may be cut (级指标).
                if (words == 0 && s.Length > 3 && s.StartsWith("级指标", StringComparison.Ordinal))
                {
                    longest = 3;
                }
                else
                {
                    return false;
                }
            }

            s = s[longest..];
            words++;
        }

        return words >= 2;
    }

    /// <summary>Whether a cell is a header word of the table (一级指标, 指标值 …) or the end of one whose first characters were cut (级指标).</summary>
    public static bool IsHeader(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty || cell.Length > 20)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[cell.Length];
        Simplified.Copy(cell, buffer);
        ReadOnlySpan<char> s = buffer;
        return HeaderWordLookup.Contains(s) || (s.Length >= 3 && s.EndsWith("指标", StringComparison.Ordinal) && HeaderWordEndLookup.Contains(s));
    }

    /// <summary>The header words, looked up whole: <see cref="IsHeader"/> runs on every cell of every row read.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderWordLookup =
        HeaderWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ends of header words (three characters or more, shorter than the word) that end with 指标: 级指标, 二级指标's 级指标 ….</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderWordEndLookup =
        HeaderWords.SelectMany(word => Enumerable.Range(1, Math.Max(0, word.Length - 3)).Select(start => word[start..]))
            .Where(end => end.EndsWith("指标", StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Removes numbering, points and notes: 一、产出指标(50分) → 产出指标; 数量指标(必填硬性指标) → 数量指标.</summary>
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s)
    {
        // Numbering: 一、 二、 (一) 1、 1. ★
        while (s.Length > 0 && s[0] == '★')
        {
            s = s[1..];
        }

        if (s.Length > 2 && s[1] == '、' && "一二三四五六七八九十".Contains(s[0]))
        {
            s = s[2..];
        }
        else if (s.Length > 3 && s[0] == '(' && s[2] == ')' && "一二三四五六七八九十".Contains(s[1]))
        {
            s = s[3..];
        }
        else if (s.Length > 2 && Lexicon.IsDigit(s[0]) && s[1] is '、' or '.')
        {
            s = s[2..];
        }

        // Trailing (…) notes and points: (50分) (50) (0-20)分 (必填) 40分
        while (s.Length > 0)
        {
            if (s[^1] == ')' && s.LastIndexOf('(') is var open and >= 0 && IsNote(s[(open + 1)..^1]))
            {
                s = s[..open];
                continue;
            }

            if (s[^1] == '分')
            {
                var p = s.Length - 1;
                while (p > 0 && (Lexicon.IsDigit(s[p - 1]) || s[p - 1] is '.' or '-' or '(' or ')'))
                {
                    p--;
                }

                if (p < s.Length - 1)
                {
                    s = s[..p];
                    continue;
                }
            }

            break;
        }

        return s;
    }

    /// <summary>Whether bracket content is a note rather than part of the label: points, 必填, 选填, 必填硬性指标.</summary>
    private static bool IsNote(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty)
        {
            return true;
        }

        if (content.StartsWith("必填", StringComparison.Ordinal) || content.StartsWith("选填", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in content)
        {
            if (!Lexicon.IsDigit(c) && c is not ('分' or '.' or '-' or '%'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The label in the framework's words: 目标 → 指标 (产出目标), synonyms (效果指标 → 效益指标).</summary>
    private static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> s, Span<char> buffer)
    {
        foreach (var (from, to) in Synonyms)
        {
            if (s.SequenceEqual(from))
            {
                return to;
            }
        }

        if (s.Length >= 4 && s.Length <= buffer.Length && s.EndsWith("目标", StringComparison.Ordinal))
        {
            s.CopyTo(buffer);
            buffer[s.Length - 1] = '标';
            buffer[s.Length - 2] = '指';
            return buffer[..s.Length];
        }

        return s;
    }
}
