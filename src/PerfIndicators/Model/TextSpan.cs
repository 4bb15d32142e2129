namespace PerfIndicators;

/// <summary>
/// A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in the original text that was parsed.
/// </summary>
/// <remarks>The default value is the empty span at index 0.</remarks>
/// <param name="Start">Index of the first character, counted from 0.</param>
/// <param name="Length">Number of characters covered; 0 for an empty span.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Returns this span moved right by <paramref name="offset"/> characters.</summary>
    /// <param name="offset">How far to move; used when a cell's text sits inside a larger document.</param>
    public TextSpan Shift(int offset) => new(Start + offset, Length);

    /// <summary>Creates the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">First index.</param>
    /// <param name="end">Index just past the last character.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Formats the span as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
