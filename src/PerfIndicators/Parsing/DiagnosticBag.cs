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
