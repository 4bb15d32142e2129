using PerfIndicators.Documents;
using Xunit;

namespace PerfIndicators.Tests.Documents;

/// <summary>
/// Golden files for the five seed documents. Each <c>.expected</c> file was reviewed by hand: every project, amount,
/// indicator and check-sum result. On a mismatch the test writes <c>.actual</c> beside it.
/// </summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds => new(DocumentTestData.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_document_reads_as_reviewed(string seed)
    {
        var result = DocumentFiles.Read(DocumentTestData.PathOf(seed + ".txt"));

        DocumentTestData.AssertGolden(seed + ".expected", DocumentDump.Write(result));
    }
}
