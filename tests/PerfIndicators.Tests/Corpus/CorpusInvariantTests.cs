using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Tests.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Corpus;

/// <summary>
/// Facts that hold for every real input of the corpus, whatever its label: the spans point at the text they describe, every
/// diagnostic is documented, one clause reads the same through <see cref="IndicatorParser.ParseCell(string)"/> and
/// <see cref="IndicatorParser.ParseIndicator(string)"/>, and a row the same through the name-and-target path.
/// </summary>
public sealed class CorpusInvariantTests
{
    public static IEnumerable<object[]> Inputs =>
        CorpusData.Targets.Select(t => new object[] { $"targets-gold.jsonl:{t.Line}", t.Clause })
            .Concat(CorpusData.Rows.Select(r => new object[] { $"rows-gold.jsonl:{r.Line}", r.TableRow }))
            .Concat(CorpusData.Blocks.Select((b, i) => new object[] { $"targets-raw.jsonl:{i + 1}", b.Raw }));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Spans_point_at_the_text_and_every_diagnostic_is_documented(string source, string input)
    {
        var result = IndicatorParser.ParseCell(input);

        foreach (var diagnostic in result.Diagnostics)
        {
            DiagnosticFacts.ShouldBeDocumented(diagnostic, input);
        }

        foreach (var indicator in result.Indicators)
        {
            Within(indicator.NameSpan, indicator.Span).Should().BeTrue("{0}: the name of {1} lies in its row", source, indicator.Name);
            Within(indicator.TargetSpan, indicator.Span).Should().BeTrue("{0}: the target of {1} lies in its row", source, indicator.Name);
            Compact(Slice(input, indicator.NameSpan)).Should().Be(Compact(indicator.Name), "{0}: NameSpan {1}", source, indicator.NameSpan);
            if (indicator.Target is not UnrecognizedTarget)
            {
                Compact(Slice(input, indicator.TargetSpan)).Should().Be(Compact(indicator.Target.Text), "{0}: TargetSpan {1}", source, indicator.TargetSpan);
            }
        }

        result.Indicators.Select(i => i.Span.Start).Should().BeInAscendingOrder(source);
    }

    [Fact]
    public void A_clause_reads_the_same_as_a_cell_and_as_one_indicator()
    {
        foreach (var clause in CorpusData.Targets)
        {
            var cell = IndicatorParser.ParseCell(clause.Clause);
            if (cell.Indicators.Length != 1)
            {
                continue;
            }

            var one = IndicatorParser.ParseIndicator(clause.Clause).Value;
            one.Should().NotBeNull("targets-gold.jsonl:{0}", clause.Line);
            Canonical.Indicator(one!).Should().Be(Canonical.Indicator(cell.Indicators[0]), "targets-gold.jsonl:{0} {1}", clause.Line, clause.Clause);
        }
    }

    [Fact]
    public void A_row_reads_the_same_given_as_a_table_row_or_as_name_and_target()
    {
        foreach (var row in CorpusData.Rows)
        {
            var cell = IndicatorParser.ParseCell(row.TableRow).Indicators.Should().ContainSingle("rows-gold.jsonl:{0}", row.Line).Subject;
            var level1 = row.TableRow.Split('\t')[0];
            var level2 = row.TableRow.Split('\t')[1];
            var apart = IndicatorParser.ParseIndicator(row.Name, row.TargetText, level1, level2).Value;
            apart.Should().NotBeNull("rows-gold.jsonl:{0}", row.Line);
            Canonical.Indicator(apart!).Should().Be(Canonical.Indicator(cell), "rows-gold.jsonl:{0} {1}", row.Line, row.TableRow);
        }
    }

    private static bool Within(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('|' or '｜')));
}
