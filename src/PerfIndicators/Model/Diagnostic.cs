namespace PerfIndicators;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was repaired or interpreted; the result is still trustworthy.</summary>
    Info = 0,

    /// <summary>Something was guessed or dropped; a person should look at it.</summary>
    Warning = 1,

    /// <summary>Something could not be understood; the affected part has no usable value.</summary>
    Error = 2,
}

/// <summary>Helpers for <see cref="DiagnosticSeverity"/>.</summary>
public static class DiagnosticSeverityExtensions
{
    /// <summary>The lower-case name used in JSON, CSV and text output: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    /// <param name="severity">The severity.</param>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => severity.ToString().ToLowerInvariant(),
    };

    /// <summary>The Chinese label printed in forms and reports: 提示, 警告 or 错误.</summary>
    /// <param name="severity">The severity.</param>
    public static string ToChineseLabel(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "错误",
        DiagnosticSeverity.Warning => "警告",
        _ => "提示",
    };
}

/// <summary>
/// A problem found in input text: a stable code, a severity, where it is, and a message for people.
/// </summary>
/// <remarks>
/// Codes (<c>PI1001</c> …) are stable and are what programs should test; the message text may improve
/// between versions. All codes are listed in <see cref="DiagnosticCodes"/>.
/// </remarks>
/// <param name="Code">The stable code, e.g. <c>PI1003</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Span">Where the problem is, in the original text.</param>
/// <param name="Message">A clear message in Chinese naming the text concerned.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    /// <summary>Returns this diagnostic with its span moved right by <paramref name="offset"/>.</summary>
    /// <param name="offset">How far to move the span.</param>
    public Diagnostic Shift(int offset) => offset == 0 ? this : this with { Span = Span.Shift(offset) };

    /// <summary>Formats the diagnostic as <c>error PI1003 [3..9): message</c>.</summary>
    public override string ToString() =>
        $"{Severity.ToName()} {Code} {Span}: {Message}";
}
