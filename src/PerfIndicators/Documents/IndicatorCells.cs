using System.Collections.Immutable;
using PerfIndicators.Parsing;

namespace PerfIndicators.Documents;

/// <summary>Parses a 绩效指标 cell of a document and maps the parser's spans (relative to the joined cell) into the document.</summary>
internal static class IndicatorCells
{
    public static (ImmutableArray<Indicator> Indicators, ImmutableArray<Diagnostic> Diagnostics) Parse(CellText cell)
    {
        var parsed = IndicatorParser.ParseCell(cell.Text);
        if (cell.PieceCount == 1)
        {
            var shifted = parsed.Shift(cell.Start);
            return (shifted.Indicators, shifted.Diagnostics);
        }

        var indicators = parsed.Indicators
            .Select(i => i with { Span = cell.Map(i.Span), NameSpan = cell.Map(i.NameSpan), TargetSpan = cell.Map(i.TargetSpan) })
            .ToImmutableArray();
        var diagnostics = parsed.Diagnostics
            .Select(d => d with { Location = d.Location with { Span = cell.Map(d.Span) } })
            .ToImmutableArray();
        return (indicators, diagnostics);
    }
}
