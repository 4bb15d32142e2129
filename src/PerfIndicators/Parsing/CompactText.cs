namespace PerfIndicators.Parsing;

/// <summary>
/// A normalized view of a slice of the original text with all white space removed, and a map from each of its
/// characters back to the original. PDF extraction puts spaces and line breaks inside words and numbers
/// (<c>年度指标 值</c>, <c>1, 068. 00</c>); the parser reads the compact view and reports spans in the original.
/// </summary>
internal sealed class CompactText
{
    /// <summary>The original index of each compact character; <see langword="null"/> when none was removed (then it is <see cref="offset"/> + i).</summary>
    private readonly int[]? map;
    private readonly int offset;

    private CompactText(string original, string text, int[]? map, int offset, int sliceEnd)
    {
        Original = original;
        Text = text;
        this.map = map;
        this.offset = offset;
        SliceEnd = sliceEnd;
    }

    /// <summary>The original text (not normalized).</summary>
    public string Original { get; }

    /// <summary>The normalized text without white space.</summary>
    public string Text { get; }

    /// <summary>The end of the original slice this view covers.</summary>
    public int SliceEnd { get; }

    /// <summary>The number of characters in the compact view.</summary>
    public int Length => Text.Length;

    /// <summary>Builds the compact view of <c>original[start..start+length)</c>.</summary>
    public static CompactText Create(string original, int start, int length, bool skipColumnBars = false)
    {
        // Most clauses hold no white space: then the map is the identity, and a text that normalization leaves alone is the
        // original itself (or one slice of it), with nothing copied.
        var removes = false;
        var changes = false;
        for (var i = start; i < start + length && !removes; i++)
        {
            var c = TextNormalizer.Map(original[i]);
            removes = IsRemoved(c, skipColumnBars);
            changes |= c != original[i];
        }

        if (!removes)
        {
            var text = changes ? TextNormalizer.Normalize(original.Substring(start, length))
                : start == 0 && length == original.Length ? original
                : original.Substring(start, length);
            return new CompactText(original, text, null, start, start + length);
        }

        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        var map = new int[length];
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = TextNormalizer.Map(original[i]);
            if (IsRemoved(c, skipColumnBars))
            {
                continue;
            }

            buffer[count] = c;
            map[count] = i;
            count++;
        }

        Array.Resize(ref map, count);
        return new CompactText(original, new string(buffer[..count]), map, 0, start + length);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsRemoved(char normalized, bool skipColumnBars) =>
        normalized is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || (skipColumnBars && normalized == '|');

    /// <summary>The original index of compact index <paramref name="index"/> (which must be inside the view).</summary>
    private int At(int index) => map is null ? offset + index : map[index];

    /// <summary>Creates the compact view of a whole string.</summary>
    public static CompactText Create(string original) => Create(original, 0, original.Length);

    /// <summary>The original index of compact index <paramref name="index"/> (or the slice end when past the last).</summary>
    public int OriginalIndex(int index) => index < Text.Length ? At(index) : SliceEnd;

    /// <summary>The original span covered by compact range <c>[start, end)</c>.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = start < Text.Length ? At(start) : SliceEnd;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(At(start), At(end - 1) + 1);
    }

    /// <summary>The original characters (not normalized, with their white space) of compact range <c>[start, end)</c>.</summary>
    public string OriginalSlice(int start, int end)
    {
        var span = ToOriginal(start, end);
        return Original.Substring(span.Start, span.Length);
    }

    /// <summary>Whether compact range <c>[start, end)</c> had white space between its characters in the original.</summary>
    public bool HadWhiteSpaceInside(int start, int end) =>
        end - start >= 2 && At(end - 1) - At(start) != end - start - 1;

    /// <summary>
    /// The original characters of compact range <c>[start, end)</c> without the white space PDF extraction put
    /// inside words (<c>年度指标 值</c> → <c>年度指标值</c>); a space is kept between two ASCII letters or digits.
    /// </summary>
    public string CleanSlice(int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var first = At(start);
        var last = At(end - 1);
        if (last - first == end - start - 1)
        {
            return Original.Substring(first, last - first + 1);
        }

        var builder = new System.Text.StringBuilder(end - start + 4);
        for (var i = start; i < end; i++)
        {
            if (i > start && At(i) != At(i - 1) + 1 && char.IsAsciiLetterOrDigit(Text[i - 1]) && char.IsAsciiLetterOrDigit(Text[i]))
            {
                builder.Append(' ');
            }

            builder.Append(Original[At(i)]);
        }

        return builder.ToString();
    }
}
