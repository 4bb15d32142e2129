using System.Text.Json;
using PerfIndicators.Formats.Json.Contracts;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes the public JSON shape of a read budget document (<c>perfind extract --json</c>), documented in
/// <c>docs/documents-json.md</c>, from the records in <c>Json/Contracts</c>. Field names and value forms are a contract:
/// they change only with a major version.
/// </summary>
public static class DocumentJson
{
    /// <summary>
    /// Writes <c>{"document","tables","projects","budgetRows","findings","diagnostics","summary"}</c>. Indicators have the
    /// shape of <see cref="JsonContract.WriteIndicator"/>; amounts are JSON numbers with the scale written in the document.
    /// </summary>
    /// <param name="writer">The writer (use <see cref="JsonContract.WriterOptions"/> to keep Chinese unescaped).</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(writer, DocumentDto.From(document), ContractJsonContext.Default.DocumentDto);
    }

    /// <summary>Writes one project object (see <see cref="Write"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="project">The project.</param>
    /// <param name="document">The document it was read from, for line numbers.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void WriteProject(Utf8JsonWriter writer, Project project, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(writer, DocumentProjectDto.From(project, document), ContractJsonContext.Default.DocumentProjectDto);
    }
}
