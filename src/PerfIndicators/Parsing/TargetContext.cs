namespace PerfIndicators.Parsing;

/// <summary>
/// What is known about a target besides its own text: the indicator's name and what it hints (<see cref="NameHints"/>), and a
/// 正向/反向 cell of its row. Everything inferred from it is reported with a diagnostic.
/// </summary>
/// <param name="Name">The name as written, for messages; <see langword="null"/> when the target stands alone.</param>
/// <param name="Hints">What the name says about the value.</param>
/// <param name="Property">The direction a 正向/反向 (指标方向) cell gives, or <see langword="null"/>.</param>
/// <param name="PropertyText">That cell as written, for messages.</param>
/// <param name="SuspectOcr">Whether the block shows OCR damage elsewhere (a repaired <c>292%</c>), which makes a <c>2…</c> value suspect.</param>
/// <param name="Placeholder">The template placeholder of the name as written (<c>(≥**%)</c>), or <see langword="null"/>.</param>
internal readonly record struct TargetContext(string? Name, NameHints Hints, Direction? Property, string? PropertyText, bool SuspectOcr = false, string? Placeholder = null)
{
    /// <summary>No context: a target on its own (<see cref="IndicatorParser.ParseTarget(string)"/>).</summary>
    public static TargetContext None => new(null, NameHints.None, null, null);

    /// <summary>The context of a clause or row whose name is <paramref name="name"/> (compact range of <paramref name="text"/>).</summary>
    public static TargetContext ForName(CompactText text, int start, int end, string name, Labels labels)
    {
        var hints = NameHints.Read(text.Text.AsSpan(start, end - start), labels);
        var placeholder = hints.HasPlaceholder ? text.CleanSlice(start + hints.PlaceholderStart, start + hints.PlaceholderEnd) : null;
        return new(name, hints, null, null, false, placeholder);
    }
}
