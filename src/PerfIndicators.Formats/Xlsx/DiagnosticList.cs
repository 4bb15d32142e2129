using System.Collections.Immutable;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Collects diagnostics while reading, reporting at most a set number of each code per sheet so that a file with a
/// million bad cells cannot produce a million diagnostics; the rest are counted and summarized at the end.
/// </summary>
internal sealed class DiagnosticList(int maxPerKind)
{
    private readonly List<Diagnostic> items = [];
    private readonly Dictionary<(string Code, string? Sheet), int> counts = [];

    public bool HasErrors { get; private set; }

    public void Add(string code, DiagnosticSeverity severity, DiagnosticLocation location, string message)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        var key = (code, location.Sheet);
        counts.TryGetValue(key, out var count);
        counts[key] = count + 1;
        if (count < maxPerKind)
        {
            items.Add(new Diagnostic(code, severity, location, message));
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable()
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>(items.Count + 4);
        result.AddRange(items);
        foreach (var ((code, sheet), count) in counts)
        {
            if (count > maxPerKind)
            {
                var severity = items.First(d => d.Code == code && d.Location.Sheet == sheet).Severity;
                result.Add(new Diagnostic(code, severity, DiagnosticLocation.InSheet(sheet), SpreadsheetMessages.MoreOfTheSame(count - maxPerKind)));
            }
        }

        return result.ToImmutable();
    }
}
