using FluentAssertions;

namespace PerfIndicators.Tests.Parsing;

/// <summary>What DiagnosticCodes.Parsing.cs documents about each code, checked against every diagnostic the tests see.</summary>
internal static class DiagnosticFacts
{
    /// <summary>PI1099: the parser caught its own exception. "Never throws" is only worth testing together with "never this".</summary>
    public const string InternalError = "PI1099";

    /// <summary>The severity each code's documentation gives.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticSeverity> Severity = new Dictionary<string, DiagnosticSeverity>
    {
        ["PI1001"] = DiagnosticSeverity.Info,
        ["PI1002"] = DiagnosticSeverity.Error,
        ["PI1003"] = DiagnosticSeverity.Error,
        ["PI1004"] = DiagnosticSeverity.Warning,
        ["PI1005"] = DiagnosticSeverity.Warning,
        ["PI1006"] = DiagnosticSeverity.Error,
        ["PI1007"] = DiagnosticSeverity.Warning,
        ["PI1008"] = DiagnosticSeverity.Info,
        ["PI1009"] = DiagnosticSeverity.Warning,
        ["PI1010"] = DiagnosticSeverity.Info,
        ["PI1011"] = DiagnosticSeverity.Info,
        ["PI1012"] = DiagnosticSeverity.Error,
        ["PI1013"] = DiagnosticSeverity.Warning,
        ["PI1014"] = DiagnosticSeverity.Warning,
        ["PI1015"] = DiagnosticSeverity.Error,
        ["PI1016"] = DiagnosticSeverity.Info,
        ["PI1017"] = DiagnosticSeverity.Info,
        ["PI1018"] = DiagnosticSeverity.Warning,
        ["PI1019"] = DiagnosticSeverity.Warning,
        ["PI1020"] = DiagnosticSeverity.Error,
        ["PI1021"] = DiagnosticSeverity.Info,
        ["PI1022"] = DiagnosticSeverity.Warning,
        ["PI1023"] = DiagnosticSeverity.Info,
        ["PI1024"] = DiagnosticSeverity.Info,
        ["PI1025"] = DiagnosticSeverity.Warning,
        ["PI1026"] = DiagnosticSeverity.Info,
        ["PI1027"] = DiagnosticSeverity.Warning,
        ["PI1028"] = DiagnosticSeverity.Warning,
        ["PI1029"] = DiagnosticSeverity.Warning,
        ["PI1030"] = DiagnosticSeverity.Info,
        ["PI1031"] = DiagnosticSeverity.Info,
        ["PI1032"] = DiagnosticSeverity.Info,
        ["PI1033"] = DiagnosticSeverity.Error,
        ["PI1034"] = DiagnosticSeverity.Info,
        ["PI1035"] = DiagnosticSeverity.Info,
        ["PI1036"] = DiagnosticSeverity.Info,
        ["PI1037"] = DiagnosticSeverity.Error,
        ["PI1038"] = DiagnosticSeverity.Warning,
        ["PI1039"] = DiagnosticSeverity.Info,
        ["PI1040"] = DiagnosticSeverity.Info,
        ["PI1041"] = DiagnosticSeverity.Error,
        [InternalError] = DiagnosticSeverity.Error,
    };

    public static void ShouldBeDocumented(Diagnostic diagnostic, string input)
    {
        diagnostic.Code.Should().NotBe(InternalError, "the parser failed inside on «{0}»: {1}", input, diagnostic.Message);
        Severity.Should().ContainKey(diagnostic.Code);
        diagnostic.Severity.Should().Be(Severity[diagnostic.Code], "{0} on «{1}»", diagnostic, input);
        diagnostic.Message.Should().NotBeNullOrWhiteSpace();
        diagnostic.Span.Start.Should().BeGreaterThanOrEqualTo(0);
        diagnostic.Span.End.Should().BeLessThanOrEqualTo(input.Length, "{0} must lie inside «{1}»", diagnostic, input);
    }
}
