namespace PerfIndicators.Scoring;

/// <summary>
/// Something a reviewer should see in a self-assessment: a missing 偏差原因, an over-achieved target, an indicator that
/// needs a manual score, low budget execution, a problem in the input text.
/// </summary>
/// <param name="Code">The stable code (<c>PI3001</c> …, or the <c>PI1xxx</c> code of a text diagnostic); see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Indicator">The indicator's name (三级指标), or <see langword="null"/> for the project or budget.</param>
/// <param name="Message">A message in Chinese with the numbers concerned.</param>
public sealed record Finding(string Code, DiagnosticSeverity Severity, string? Indicator, string Message)
{
    /// <summary>Formats the finding as <c>warning PI3001 [指标名]: message</c>.</summary>
    public override string ToString() =>
        Severity.ToName() + " " + Code + (Indicator is null ? string.Empty : " [" + Indicator + "]") + ": " + Message;
}
