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
/// A problem found in input: a stable code, a severity, where it is, and a message for people. The one problem type of
/// every stage — indicator text, documents, scoring (where a diagnostic located at an indicator is a finding of the
/// self-assessment), spreadsheets, templates and files.
/// </summary>
/// <remarks>
/// Codes (<c>PI1001</c> …) are stable and are what programs should test; the message text may improve between versions.
/// The core's codes are listed in <see cref="DiagnosticCodes"/>, the format adapters' in their own code list. Immutable.
/// </remarks>
/// <param name="Code">The stable code, e.g. <c>PI1003</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Location">Where the problem is: a text span, a line, a sheet cell, a JSON path, an indicator.</param>
/// <param name="Message">A clear message in Chinese naming what is concerned, with an English gloss where it helps.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, DiagnosticLocation Location, string Message)
{
    /// <summary>Creates a diagnostic located at a span of the parsed text.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="span">Where the problem is, in the original text.</param>
    /// <param name="message">The message.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, TextSpan span, string message)
        : this(code, severity, DiagnosticLocation.At(span), message)
    {
    }

    /// <summary>The span in the original text, or the empty span at 0 when the location has none.</summary>
    public TextSpan Span => Location.Span ?? default;

    /// <summary>
    /// The message as a line of a report that has no column for the sheet part or JSON path: those parts of the location
    /// first (<c>'自评表'!E12: …</c>, <c>$.budget.executed: …</c>), then the message.
    /// </summary>
    public string Text
    {
        get
        {
            var prefix = Location.HasSheetPart ? Location.SheetText : Location.JsonPath;
            return string.IsNullOrEmpty(prefix) ? Message : prefix + ": " + Message;
        }
    }

    /// <summary>A diagnostic about an indicator of a project (a finding of its self-assessment), or the project itself.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="indicator">The indicator's name (三级指标), or <see langword="null"/> for the project or its budget.</param>
    /// <param name="message">The message, with the numbers concerned.</param>
    public static Diagnostic ForIndicator(string code, DiagnosticSeverity severity, string? indicator, string message) =>
        new(code, severity, DiagnosticLocation.OfIndicator(indicator), message);

    /// <summary>Returns this diagnostic with its span moved right by <paramref name="offset"/>; one without a span is returned as it is.</summary>
    /// <param name="offset">How far to move the span.</param>
    public Diagnostic Shift(int offset) =>
        offset == 0 || Location.Span is not { } span ? this : this with { Location = Location with { Span = span.Shift(offset) } };

    /// <summary>Returns this diagnostic located at <paramref name="indicator"/> as well as where it already is.</summary>
    /// <param name="indicator">The indicator's name, or <see langword="null"/> for the project.</param>
    public Diagnostic AtIndicator(string? indicator) =>
        Location.Indicator == indicator ? this : this with { Location = Location with { Indicator = indicator } };

    /// <summary>Formats the diagnostic as <c>error PI1003 [3..9): message</c>, <c>warning PI5111 '自评表'!E12: message</c> or <c>info PI3002: message</c>.</summary>
    public override string ToString()
    {
        var where = Location.ToString();
        return Severity.ToName() + " " + Code + (where.Length == 0 ? string.Empty : " " + where) + ": " + Message;
    }
}
