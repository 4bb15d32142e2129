using System.Reflection;
using FluentAssertions;
using PerfIndicators.Formats;
using Xunit;

namespace PerfIndicators.Tests.Architecture;

/// <summary>
/// Users filter on diagnostic codes, so one code means one thing: no two constants of the code lists share a value.
/// (Two branches once both took PI90xx/PI91xx, one for lint and monitoring, one for re-checking published forms.)
/// </summary>
public sealed class DiagnosticCodeTests
{
    [Fact]
    public void Every_code_is_declared_once()
    {
        var codes = new[] { typeof(DiagnosticCodes), typeof(FormatDiagnosticCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Name: f.DeclaringType!.Name + "." + f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();

        codes.Should().HaveCountGreaterThan(100);
        codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key + ": " + string.Join(", ", g.Select(c => c.Name)))
            .Should().BeEmpty();
    }
}
