using System.Text;
using PerfIndicators.Formats.Lint;
using PerfIndicators.Lint;
using PerfIndicators.Tests.Corpus;
using PerfIndicators.Tests.Documents;
using Xunit;

namespace PerfIndicators.Tests.Lint;

/// <summary>
/// The 26 published self-evaluations of the corpus (Corpus/Data/selfeval-rows.jsonl, each naming its public page) linted
/// as their targets were printed: one project per document, labels as printed (a label the labeller supplied is left
/// out). The rows carry no amounts, so the rule on indicators without an amount is switched off, as a province would.
/// The findings were reviewed by hand into TestData/Documents/corpus-selfeval.lint.expected.
/// </summary>
public sealed class LintCorpusGoldenTests
{
    [Fact]
    public void Corpus_self_evaluations_lint_as_reviewed()
    {
        var linter = new TargetLinter(LintPolicy.Parse("""{ "extends": "national", "id": "corpus", "rules": { "indicators-without-amount": { "enabled": false } } }"""));
        var text = new StringBuilder();
        foreach (var doc in CorpusData.Rows.GroupBy(r => r.Doc).OrderBy(g => g.Min(r => r.Line)))
        {
            var rows = doc.OrderBy(r => r.Line).ToList();
            var project = new AssessmentInput(doc.Key, rows.Select(r => IndicatorInput.FromText(r.Name, r.TargetText, category: Printed(r.Level1), subcategory: Printed(r.Level2))))
            {
                FiscalYear = rows[0].Year,
            };
            text.Append(LintText.ToTable(linter.Lint(project)));
        }

        DocumentTestData.AssertGolden("corpus-selfeval.lint.expected", text.ToString());
    }

    private static string? Printed(string? label) =>
        label is null || label.Contains("(inferred)", StringComparison.Ordinal) ? null : label;
}
