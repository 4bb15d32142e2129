using System.Globalization;
using System.Text;

namespace PerfIndicators.Parsing;

/// <summary>
/// A first- or second-level label (一级/二级指标) as a form prints it, read: <c>产出指标(50分)</c>, <c>产出指标（50）</c>,
/// <c>产出指标 40 分</c>, a label cut to its points <c>(30分)</c>, traditional <c>產出指標</c>, <c>产出目标</c>, synonyms
/// (<c>效果指标</c>, <c>项目完成指标</c>, <c>进度指标</c>), numbering and ★ prefixes. The same reading the parser uses for the
/// label cells of a table.
/// </summary>
/// <param name="Text">The label as printed.</param>
/// <param name="Category">The 一级指标 it names (for a 二级 label, its parent), or <see langword="null"/>.</param>
/// <param name="Subcategory">The 二级指标 it names, or <see langword="null"/>.</param>
/// <param name="Points">The points printed in the label (<c>(50分)</c> → 50), or <see langword="null"/>.</param>
/// <param name="IsRecognized">Whether the label names a category the framework knows; false for an unknown label and for one cut to its points.</param>
public sealed record PrintedLabel(string Text, IndicatorCategory? Category, IndicatorSubcategory? Subcategory, decimal? Points, bool IsRecognized)
{
    /// <summary>Whether nothing but points is left of the label (<c>(30分)</c>: the merged cell's text was lost).</summary>
    public bool IsOnlyPoints => Points is not null && !IsRecognized && Category is null && Subcategory is null && Bare(Text).Length == 0;

    /// <summary>Reads a printed label; never throws for any text.</summary>
    /// <param name="text">The label as printed, or <see langword="null"/>.</param>
    /// <returns>What it names; an empty text names nothing.</returns>
    public static PrintedLabel Read(string? text)
    {
        text ??= string.Empty;
        var compact = Compact(text);
        var points = PointsOf(compact);
        if (compact.Length == 0 || compact.Length > 48)
        {
            return new PrintedLabel(text, null, null, points, false);
        }

        var label = LabelCell.Read(compact, out var known);
        var subcategory = label?.Subcategory;
        var category = label?.Category ?? subcategory?.ParentCategory();
        return new PrintedLabel(text, category, subcategory, points, known && (category is not null || subcategory is not null));
    }

    /// <summary>The label without white space, with full-width brackets as ASCII and a labeller's "(inferred)" mark dropped.</summary>
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c switch { '（' => '(', '）' => ')', _ => c });
            }
        }

        return builder.Replace("(inferred)", string.Empty).ToString();
    }

    /// <summary>The points at the end of a label: <c>(50分)</c>, <c>(50)</c>, <c>50分</c>.</summary>
    private static decimal? PointsOf(string compact)
    {
        var s = compact.AsSpan();
        var bracketed = s.EndsWith(")") && s.LastIndexOf('(') is var open and >= 0;
        if (bracketed)
        {
            s = s[(s.LastIndexOf('(') + 1)..^1];
        }

        var hasMark = s.EndsWith("分");
        if (hasMark)
        {
            s = s[..^1];
        }

        if (!bracketed && !hasMark)
        {
            return null;
        }

        var start = s.Length;
        while (start > 0 && (char.IsAsciiDigit(s[start - 1]) || s[start - 1] == '.'))
        {
            start--;
        }

        if (start == s.Length || (bracketed && start != 0))
        {
            return null;
        }

        return decimal.TryParse(s[start..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 10_000m ? value : null;
    }

    private static string Bare(string text)
    {
        var compact = Compact(text);
        var points = compact.LastIndexOf('(');
        var core = points >= 0 ? compact[..points] : compact;
        return core.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '分');
    }
}
