using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Architecture;

/// <summary>
/// Every diagnostic message is Chinese with an English gloss (docs/style.md): each message of the message tables is built
/// with sample arguments and must hold Chinese text and a parenthesised run of English words.
/// </summary>
public sealed partial class DiagnosticGlossTests
{
    public static TheoryData<string> MessageTables => new()
    {
        typeof(PerfIndicators.Parsing.IndicatorParser).Assembly.GetType("PerfIndicators.Parsing.Messages")!.AssemblyQualifiedName!,
        typeof(PerfIndicators.SelfScoring.SelfAssessmentTemplate).Assembly.GetType("PerfIndicators.SelfScoring.TemplateMessages")!.AssemblyQualifiedName!,
        typeof(PerfIndicators.Formats.FormatDiagnosticCodes).Assembly.GetType("PerfIndicators.Formats.Sheets.SpreadsheetMessages")!.AssemblyQualifiedName!,
        typeof(PerfIndicators.Formats.FormatDiagnosticCodes).Assembly.GetType("PerfIndicators.Formats.Templates.FilledFormMessages")!.AssemblyQualifiedName!,
    };

    [Theory]
    [MemberData(nameof(MessageTables))]
    public void Every_message_has_an_english_gloss(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        var messages = Messages(type).ToList();

        messages.Should().HaveCountGreaterThan(5, "{0} is a message table", type.Name);
        messages.Where(m => !Chinese().IsMatch(m.Text) || !Gloss().IsMatch(m.Text))
            .Select(m => m.Member + ": " + m.Text)
            .Should().BeEmpty("every message of {0} is Chinese with an English gloss in parentheses", type.Name);
    }

    private static IEnumerable<(string Member, string Text)> Messages(Type type)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        {
            yield return (field.Name, (string)field.GetRawConstantValue()!);
        }

        foreach (var property in type.GetProperties(Static).Where(p => p.PropertyType == typeof(string)))
        {
            yield return (property.Name, (string)property.GetValue(null)!);
        }

        foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.Name.StartsWith('<')))
        {
            var parameters = method.GetParameters();
            if (parameters.All(p => Sample(p.ParameterType) is not null) && !IsHelper(method))
            {
                // A reason passed in is itself a glossed message (FileErrors.Describe, a library's text under a gloss).
                yield return (method.Name, (string)method.Invoke(null, [.. parameters.Select(p => p.Name == "reason" ? "样例 (a reason)" : Sample(p.ParameterType))])!);
            }
        }
    }

    /// <summary>Formatting helpers of the tables (<c>F</c>, <c>Bytes</c>, <c>Short</c>) are not messages.</summary>
    private static bool IsHelper(MethodInfo method) => method.Name is "F" or "Bytes" or "Short" || method.IsPrivate;

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "样例",
        _ when type == typeof(int) => 3,
        _ when type == typeof(long) => 3L,
        _ when type == typeof(bool) => true,
        _ when type == typeof(decimal) => 3m,
        _ when type == typeof(long?) => 3L,
        _ when type == typeof(Exception) => new IOException("x"),
        _ => null,
    };

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"[(（][^()（）]*[A-Za-z]{2,}[^()（）]*[)）]")]
    private static partial Regex Gloss();
}
