using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>
/// What reading one scoring input gave (a project JSON, a filled-in template, any review input): the input, or the
/// errors that prevent it, with the warnings either way. Immutable.
/// </summary>
public sealed class InputReadResult
{
    private InputReadResult(AssessmentInput? input, ImmutableArray<Diagnostic> diagnostics)
    {
        Input = input;
        Diagnostics = diagnostics;
    }

    /// <summary>The input, or <see langword="null"/> when it could not be read (then <see cref="Errors"/> says why).</summary>
    public AssessmentInput? Input { get; }

    /// <summary>Every problem found while reading, in the order found, each with its code and location (a JSON path, a sheet cell).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The problems of severity error: why the input could not be read; empty on success.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The other problems: what was ignored or guessed while reading (unknown fields …); the input is still scored.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error);

    /// <summary>Whether an input was read.</summary>
    public bool Succeeded => Input is not null;

    /// <summary>An input that was read.</summary>
    /// <param name="input">The input.</param>
    /// <param name="diagnostics">What was ignored or guessed while reading, or <see langword="null"/>; none may be an error.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">When a diagnostic is an error.</exception>
    public static InputReadResult Read(AssessmentInput input, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImmutableArray<Diagnostic> list = diagnostics is null ? [] : [.. diagnostics];
        if (list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("An input that was read carries no error.", nameof(diagnostics));
        }

        return new InputReadResult(input, list);
    }

    /// <summary>An input that could not be read.</summary>
    /// <param name="diagnostics">Why, with any warnings found before giving up; at least one must be an error.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="diagnostics"/> is null.</exception>
    /// <exception cref="ArgumentException">When no diagnostic is an error.</exception>
    public static InputReadResult Failed(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImmutableArray<Diagnostic> list = [.. diagnostics];
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(diagnostics));
        }

        return new InputReadResult(null, list);
    }

    /// <summary>An input that could not be read, for one reason.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">Why, in Chinese with an English gloss.</param>
    public static InputReadResult Failed(string code, string message) =>
        Failed([new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);
}
