using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// The parser case files: one theory per file, one row per line, so a failure names the file's line.
/// The expected side uses the dump language of <see cref="Canonical"/>.
/// </summary>
public sealed class CaseFileTests
{
    public static IEnumerable<object[]> Targets => CaseFiles.Rows("targets.asv");

    public static IEnumerable<object[]> Clauses => CaseFiles.Rows("clauses.asv");

    public static IEnumerable<object[]> Cells => CaseFiles.Rows("cells.asv");

    public static IEnumerable<object[]> Actuals => CaseFiles.Rows("actuals.asv");

    public static IEnumerable<object[]> Failures => CaseFiles.Rows("failures.asv");

    [Theory]
    [MemberData(nameof(Targets))]
    public void Target_text_parses_to_the_expected_target(int line, string input, string expected)
    {
        var result = IndicatorParser.ParseTarget(input);

        Canonical.WithCodes(Canonical.Target(result.Value), result.Diagnostics)
            .Should().Be(expected, "targets.asv line {0}: {1}", line, input);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Indicator_clause_parses_to_the_expected_indicator(int line, string input, string expected)
    {
        var result = IndicatorParser.ParseIndicator(input);

        var value = result.Value is { } indicator ? Canonical.Indicator(indicator) : Canonical.Nothing;
        Canonical.WithCodes(value, result.Diagnostics).Should().Be(expected, "clauses.asv line {0}: {1}", line, input);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Cell_parses_to_the_expected_indicators(int line, string input, string expected)
    {
        var result = IndicatorParser.ParseCell(input);

        Canonical.Cell(result).Should().Be(expected, "cells.asv line {0}: {1}", line, input);
    }

    [Theory]
    [MemberData(nameof(Actuals))]
    public void Actual_value_parses_to_the_expected_actual(int line, string input, string expected)
    {
        var result = IndicatorParser.ParseActual(input);

        Canonical.WithCodes(Canonical.Actual(result.Value), result.Diagnostics)
            .Should().Be(expected, "actuals.asv line {0}: {1}", line, input);
    }

    /// <summary>
    /// Failure cases name the entry point first (<c>target</c>, <c>clause</c>, <c>cell</c>, <c>actual</c>) and
    /// expect every diagnostic with its code and span.
    /// </summary>
    [Theory]
    [MemberData(nameof(Failures))]
    public void Bad_input_reports_the_expected_diagnostics_at_the_expected_spans(int line, string input, string expected)
    {
        var space = input.IndexOf(' ', StringComparison.Ordinal);
        space.Should().BePositive("failures.asv line {0} must start with the entry point", line);
        var text = input[(space + 1)..];
        IEnumerable<Diagnostic> diagnostics = input[..space] switch
        {
            "target" => IndicatorParser.ParseTarget(text).Diagnostics,
            "clause" => IndicatorParser.ParseIndicator(text).Diagnostics,
            "cell" => IndicatorParser.ParseCell(text).Diagnostics,
            "actual" => IndicatorParser.ParseActual(text).Diagnostics,
            var other => throw new FormatException($"failures.asv line {line}: unknown entry point '{other}'."),
        };

        Canonical.CodesAndSpans(diagnostics).Should().Be(expected, "failures.asv line {0}: {1}", line, text);
    }

    [Fact]
    public void Case_files_hold_at_least_three_hundred_cases()
    {
        CaseFiles.Loaded.Sum(file => CaseFiles.Rows(file).Count()).Should().BeGreaterThanOrEqualTo(300);
    }

    [Fact]
    public void Every_loaded_case_file_exists_and_has_cases()
    {
        foreach (var file in CaseFiles.Loaded)
        {
            CaseFiles.Rows(file).Should().NotBeEmpty(file);
        }
    }

    [Fact]
    public void Escapes_in_case_input_become_tabs_newlines_and_spaces()
    {
        CaseFiles.Unescape(@"产出指标\t数量指标\n\s≥90%\\").Should().Be("产出指标\t数量指标\n ≥90%\\");
    }
}
