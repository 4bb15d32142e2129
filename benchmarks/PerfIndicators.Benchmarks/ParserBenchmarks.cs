using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using PerfIndicators.Parsing;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// Parsing every indicator clause of the seed documents, against a compiled regular expression for the simple
/// <c>name comparator number unit</c> shape as the baseline. Ratios, not absolute times, are what to read.
/// </summary>
[MemoryDiagnoser]
public partial class ParserBenchmarks
{
    private string[] cells = [];
    private string[] clauses = [];

    [GeneratedRegex(@"^(?<name>.+?)(?<cmp>>=|<=|≥|≤|>|<|=)(?<num>\d+(?:\.\d+)?)(?<unit>\S*)$")]
    private static partial Regex SimpleShape();

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "seed-cells.txt");
        cells = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        clauses = cells
            .SelectMany(cell => IndicatorParser.ParseCell(cell).Indicators.Select(i => cell.Substring(i.Span.Start, i.Span.Length)))
            .ToArray();

        // The benchmarked calls must give the right answer, or their speed means nothing.
        var parsed = IndicatorParser.ParseIndicator("资金支付率≥90%").Value!;
        if (parsed.Name != "资金支付率" || parsed.Target is not QuantitativeTarget { Comparator: Comparator.GreaterOrEqual, Quantity.Value: 90m })
        {
            throw new InvalidOperationException("The parser gives a wrong answer for 资金支付率≥90%.");
        }

        var total = cells.Sum(c => IndicatorParser.ParseCell(c).Indicators.Length);
        if (clauses.Length != total || clauses.Length < 100)
        {
            throw new InvalidOperationException($"Expected every seed clause ({total}), got {clauses.Length}.");
        }

        Console.WriteLine($"// {cells.Length} cells, {clauses.Length} clauses");
    }

    /// <summary>The baseline: a compiled regex matching each clause (it understands only the simple shape).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1)]
    public int RegexPerClause()
    {
        var matched = 0;
        foreach (var clause in clauses)
        {
            var match = SimpleShape().Match(clause);
            if (match.Success && decimal.TryParse(match.Groups["num"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                matched++;
            }
        }

        return matched;
    }

    /// <summary>The parser on each clause alone.</summary>
    [Benchmark]
    public int ParserPerClause()
    {
        var parsed = 0;
        foreach (var clause in clauses)
        {
            if (IndicatorParser.ParseIndicator(clause).Value is not null)
            {
                parsed++;
            }
        }

        return parsed;
    }

    /// <summary>The parser on whole cells, as documents are read.</summary>
    [Benchmark]
    public int ParserPerCell()
    {
        var parsed = 0;
        foreach (var cell in cells)
        {
            parsed += IndicatorParser.ParseCell(cell).Indicators.Length;
        }

        return parsed;
    }
}
