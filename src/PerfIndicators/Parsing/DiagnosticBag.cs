using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PerfIndicators.Parsing;

/// <summary>Collects diagnostics while parsing a compact view, mapping compact ranges to original spans.</summary>
internal sealed class DiagnosticBag
{
    private List<Diagnostic>? items;

    public int Count => items?.Count ?? 0;

    public void Add(string code, DiagnosticSeverity severity, TextSpan span, string message) =>
        (items ??= []).Add(new Diagnostic(code, severity, span, message));

    public void Add(string code, DiagnosticSeverity severity, CompactText text, int start, int end, string message) =>
        Add(code, severity, text.ToOriginal(start, end), message);

    /// <summary>Removes the diagnostics with <paramref name="code"/> inside <paramref name="within"/> (an inference made them moot).</summary>
    public void Remove(string code, TextSpan within) =>
        items?.RemoveAll(d => d.Code == code && d.Span.Start >= within.Start && d.Span.End <= within.End);

    /// <summary>Removes the diagnostics of the text from <paramref name="cut"/> on (those ending at it stay).</summary>
    public void RemoveFrom(int cut) => items?.RemoveAll(d => d.Span.Start >= cut && d.Span.End > cut);

    /// <summary>Adds every diagnostic of <paramref name="other"/> (a trial parse that was kept).</summary>
    public void AddRange(DiagnosticBag other)
    {
        if (other.items is { Count: > 0 } more)
        {
            (items ??= []).AddRange(more);
        }
    }

    /// <summary>Whether any diagnostic has <paramref name="code"/>.</summary>
    public bool Contains(string code) => items is not null && items.Exists(d => d.Code == code);

    /// <summary>The number of diagnostics with <paramref name="code"/>.</summary>
    public int CountOf(string code) => items?.Count(d => d.Code == code) ?? 0;

    /// <summary>The number of errors.</summary>
    public int ErrorCount => items?.Count(d => d.Severity == DiagnosticSeverity.Error) ?? 0;

    public bool HasErrors => items is not null && items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The diagnostics in text order, at most <see cref="IndicatorParser.MaxDiagnosticsPerCode"/> of one code; the rest of a
    /// code are counted in one PI1040 placed at the first one left out.
    /// </summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted()
    {
        if (items is null)
        {
            return [];
        }

        // Stable sort by position so diagnostics read in text order (an insertion sort: a parse has few, mostly in order).
        var sorted = new Diagnostic[items.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var d = items[i];
            var j = i;
            while (j > 0 && sorted[j - 1].Span.Start > d.Span.Start)
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = d;
        }

        if (items.Count <= IndicatorParser.MaxDiagnosticsPerCode)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        }

        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        var omitted = new Dictionary<string, (int Count, TextSpan First)>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in sorted)
        {
            var n = listed.GetValueOrDefault(d.Code) + 1;
            listed[d.Code] = n;
            if (n <= IndicatorParser.MaxDiagnosticsPerCode)
            {
                result.Add(d);
            }
            else
            {
                omitted[d.Code] = omitted.TryGetValue(d.Code, out var o) ? (o.Count + 1, o.First) : (1, d.Span);
            }
        }

        foreach (var (code, (count, first)) in omitted.OrderBy(o => o.Value.First.Start).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            result.Add(new Diagnostic(DiagnosticCodes.DiagnosticsOmitted, DiagnosticSeverity.Info, first, Messages.DiagnosticsOmitted(code, count)));
        }

        return [.. result.OrderBy(d => d.Span.Start)];
    }
}
