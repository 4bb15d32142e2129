using System.Globalization;
using System.Text;
using FluentAssertions;
using PerfIndicators.Checking;
using PerfIndicators.Tests.Corpus;
using Xunit;
using Xunit.Abstractions;

namespace PerfIndicators.Tests.Checking;

/// <summary>
/// The corpus's published 自评表 (rebuilt by <see cref="CorpusForms"/>) read by <see cref="PublishedFormReader"/> and re-checked by
/// <see cref="FormRechecker"/>: every row whose published score follows a formula (<c>rows-gold.jsonl</c> <c>full_met</c>,
/// <c>proportional</c>) recomputes to it, and the hand-entered ones (<c>manual</c>) are findings with the right difference.
/// </summary>
public sealed class CorpusRecheckTests(ITestOutputHelper output)
{
    private static readonly string[] ScoreCodes =
    [
        DiagnosticCodes.ScoreAboveRule, DiagnosticCodes.ScoreBelowRule, DiagnosticCodes.FullMarksOnMissedTarget,
        DiagnosticCodes.PartialMarksOnMetTarget, DiagnosticCodes.QualitativeScoreOutsideBand,
    ];

    private static readonly List<(DocCase Doc, IReadOnlyList<RowCase> Rows, PublishedFormReadResult Read, RecheckResult? Result)> Checked =
        [.. CorpusForms.All.Select(f =>
        {
            var read = PublishedFormReader.Read(CorpusForms.Grid(f.Cells));
            var result = read.Forms.Length == 1 ? FormRechecker.Recheck(read.Forms[0], ScoringPolicy.Get(CorpusForms.PolicyOf(f.Rows))) : null;
            return (f.Doc, f.Rows, read, result);
        })];

    [Fact]
    public void Every_corpus_form_reads_as_one_form_with_each_scored_row()
    {
        Checked.Should().HaveCount(26);
        foreach (var (doc, rows, read, _) in Checked)
        {
            read.Forms.Should().ContainSingle(doc.Doc);
            var scored = rows.Where(r => r.Points is not null || r.Score is not null).Select(r => r.Name);
            read.Forms[0].Indicators.Select(i => i.Name).Should().Equal(scored, doc.Doc);
            read.Forms[0].ProjectName.Should().Be(doc.Doc);
        }
    }

    [Fact]
    public void Formula_scores_recompute_to_what_was_published_and_hand_entered_ones_are_findings()
    {
        var rows = Checked.Where(c => c.Result is not null)
            .SelectMany(c => c.Result!.Indicators.Select(i => (c.Doc, Gold: c.Rows.First(r => r.Name == i.Published.Name && r.Points == i.Published.Points?.Value), Row: i)))
            .ToList();
        var formula = rows.Where(r => r.Gold.FormulaClass is "full_met" or "proportional").ToList();
        var manual = rows.Where(r => r.Gold.FormulaClass == "manual").ToList();
        var quiet = formula.Count(r => !r.Row.Findings.Any(f => ScoreCodes.Contains(f.Code)));
        var flagged = manual.Where(r => r.Row.Findings.Any(f => ScoreCodes.Contains(f.Code))).ToList();

        var report = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"formula rows recomputed to the published score: {quiet}/{formula.Count}; hand-entered rows flagged: {flagged.Count}/{manual.Count}").AppendLine();
        foreach (var (doc, gold, row) in formula.Where(r => r.Row.Findings.Any(f => ScoreCodes.Contains(f.Code))))
        {
            report.Append(CultureInfo.InvariantCulture, $"- formula row flagged: rows-gold.jsonl:{gold.Line} [{doc.Doc}] {gold.Name}: {string.Join("; ", row.Findings.Select(f => f.Code + " " + f.Message))}").AppendLine();
        }

        foreach (var (doc, gold, row) in manual.Except(flagged))
        {
            report.Append(CultureInfo.InvariantCulture, $"- manual row not flagged: rows-gold.jsonl:{gold.Line} [{doc.Doc}] {gold.Name} published {gold.Score}, ours {row.RecomputedScore}").AppendLine();
        }

        output.WriteLine(report.ToString());
        (100m * quiet / formula.Count).Should().BeGreaterThanOrEqualTo(98m);
        flagged.Count.Should().BeGreaterThan(manual.Count / 2);
        flagged.Where(r => r.Row.Difference is not null)
            .Should().OnlyContain(r => r.Row.Findings.Any(f => f.Message.Contains(Math.Abs(r.Row.Difference!.Value).ToString("0.####", CultureInfo.InvariantCulture), StringComparison.Ordinal)));
    }

    [Fact]
    public void Findings_are_counted_by_kind()
    {
        var findings = Checked.Where(c => c.Result is not null).SelectMany(c => c.Result!.Findings).ToList();
        var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Checked.Count} corpus forms, {findings.Count} findings").AppendLine();
        foreach (var group in findings.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            report.Append(CultureInfo.InvariantCulture, $"  {group.Key}: {group.Count()}").AppendLine();
        }

        output.WriteLine(report.ToString());
        findings.Should().Contain(f => f.Code == DiagnosticCodes.PrintedRateMismatch, "lingling-linye-zhengti-2021 prints 执行率 100% for 3824.26 ÷ 4753.66");
    }
}
