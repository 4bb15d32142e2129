using System.Text;
using PerfIndicators.Formats.Lint;
using PerfIndicators.Lint;
using PerfIndicators.Tests.Documents;
using Xunit;

namespace PerfIndicators.Tests.Lint;

/// <summary>
/// Every project of the five seed documents linted under the national set. Each <c>&lt;seed&gt;.lint.expected</c> in
/// TestData/Documents was reviewed by hand against the document (TestData/Documents/README.md); on a mismatch the
/// test writes <c>.lint.actual</c> beside it.
/// </summary>
public sealed class LintSeedGoldenTests
{
    public static TheoryData<string> Seeds => new(DocumentTestData.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_document_lints_as_reviewed(string seed)
    {
        var document = DocumentTestData.Read(seed);
        var linter = new TargetLinter(LintPolicy.National);
        var text = new StringBuilder();
        foreach (var project in document.Projects)
        {
            text.Append(LintText.ToTable(linter.Lint(document, project)));
        }

        DocumentTestData.AssertGolden(seed + ".lint.expected", text.ToString());
    }
}
