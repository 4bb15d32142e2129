using System.Collections.Immutable;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Collects diagnostics while reading, reporting at most a set number of each code per sheet so that a file with a
/// million bad cells cannot produce a million diagnostics; the rest are counted and summarized at the end.
/// </summary>
internal sealed class DiagnosticList(int maxPerKind)
{
    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<(string Code, string? Sheet), int> _counts = [];

    public bool HasErrors { get; private set; }

    public void Add(string code, DiagnosticSeverity severity, DiagnosticLocation location, string message)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        var key = (code, location.Sheet);
        _counts.TryGetValue(key, out var count);
        _counts[key] = count + 1;
        if (count < maxPerKind)
        {
            _items.Add(new Diagnostic(code, severity, location, message));
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable()
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>(_items.Count + 4);
        result.AddRange(_items);
        foreach (var ((code, sheet), count) in _counts)
        {
            if (count > maxPerKind)
            {
                var severity = _items.First(d => d.Code == code && d.Location.Sheet == sheet).Severity;
                result.Add(new Diagnostic(code, severity, DiagnosticLocation.InSheet(sheet), SpreadsheetMessages.MoreOfTheSame(count - maxPerKind)));
            }
        }

        return result.ToImmutable();
    }
}
