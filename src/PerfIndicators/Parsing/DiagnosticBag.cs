using System.Collections.Immutable;

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

    public ImmutableArray<Diagnostic> ToImmutableSorted()
    {
        if (items is null)
        {
            return [];
        }

        // Stable sort by position so diagnostics read in text order.
        return [.. items.Select((d, i) => (d, i)).OrderBy(x => x.d.Span.Start).ThenBy(x => x.i).Select(x => x.d)];
    }
}
