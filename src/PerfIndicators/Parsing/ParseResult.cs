using System.Collections.Immutable;

namespace PerfIndicators.Parsing;

/// <summary>
/// The result of parsing one piece of text: the value (possibly partial) and every diagnostic found.
/// Parsing never throws for any input string; problems are reported here.
/// </summary>
/// <typeparam name="T">The parsed value type.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(string input, T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Input = input;
        Value = value;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The parsed value, or <see langword="null"/> when nothing could be made of the text.</summary>
    public T? Value { get; }

    /// <summary>Every diagnostic found, in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether a value was produced and no error was found.</summary>
    public bool Success => Value is not null && !HasErrors;

    /// <summary>Returns the value, or throws when there is none.</summary>
    /// <exception cref="InvalidOperationException">When no value was produced; the message lists the diagnostics.</exception>
    public T GetValueOrThrow() => Value ?? throw new InvalidOperationException(
        "Nothing could be parsed from the text: " + string.Join("; ", Diagnostics));
}

/// <summary>
/// The result of parsing a whole indicator cell or a block of table rows: the indicators found and every diagnostic.
/// Every clause of the input comes out as an indicator or as a diagnostic.
/// </summary>
public sealed class CellParseResult
{
    internal CellParseResult(string input, ImmutableArray<Indicator> indicators, ImmutableArray<Diagnostic> diagnostics)
    {
        Input = input;
        Indicators = indicators.IsDefault ? [] : indicators;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The indicators, in text order.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Every diagnostic, in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns a copy whose spans are moved right by <paramref name="offset"/>, for a cell that sits inside a document.</summary>
    /// <param name="offset">The index of the cell's first character in the document.</param>
    public CellParseResult Shift(int offset) => offset == 0
        ? this
        : new CellParseResult(Input, [.. Indicators.Select(i => i.Shift(offset))], [.. Diagnostics.Select(d => d.Shift(offset))]);
}
