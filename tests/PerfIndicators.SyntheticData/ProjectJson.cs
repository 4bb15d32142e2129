using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfIndicators.Generator;

/// <summary>Writes a generated project in the <c>perfind score</c> input contract (<c>docs/scoring-json.md</c>).</summary>
public static class ProjectJson
{
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The project as UTF-8 JSON: indented for a file of its own, or on one line for a JSON Lines stream.</summary>
    /// <param name="project">The project.</param>
    /// <param name="indented">Whether to indent.</param>
    public static byte[] ToUtf8(GeneratedProject project, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(writer, project);
        }

        return stream.ToArray();
    }

    /// <summary>The project as JSON text.</summary>
    /// <param name="project">The project.</param>
    /// <param name="indented">Whether to indent.</param>
    public static string ToText(GeneratedProject project, bool indented = true) => System.Text.Encoding.UTF8.GetString(ToUtf8(project, indented));

    /// <summary>Writes the project object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="project">The project.</param>
    public static void Write(Utf8JsonWriter writer, GeneratedProject project)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(project);
        writer.WriteStartObject();
        writer.WriteString("name", project.Name);
        writer.WriteString("department", project.Department);
        writer.WriteString("unit", project.Unit);
        writer.WriteNumber("fiscalYear", project.FiscalYear);
        if (project.Policy is { } policy)
        {
            writer.WriteString("policy", policy);
        }

        var budget = project.Budget;
        writer.WriteStartObject("budget");
        Money(writer, "initial", budget.Initial, budget.WrittenAsText);
        Money(writer, "adjusted", budget.Adjusted, budget.WrittenAsText);
        Money(writer, "executed", budget.Executed, budget.WrittenAsText);
        if (budget.DeviationReason is { } why)
        {
            writer.WriteString("deviationReason", why);
        }

        if (budget.WithSources)
        {
            writer.WriteStartArray("sources");
            writer.WriteStartObject();
            writer.WriteString("name", "当年财政拨款");
            Money(writer, "initial", budget.Initial, false);
            Money(writer, "adjusted", budget.Adjusted, false);
            Money(writer, "executed", budget.Executed, false);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("indicators");
        foreach (var row in project.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("category", row.Category);
            if (row.Subcategory is { } subcategory)
            {
                writer.WriteString("subcategory", subcategory);
            }

            writer.WriteString("name", row.Name);
            writer.WriteString("target", row.Target);
            if (row.Points is decimal points)
            {
                writer.WriteNumber("points", points);
            }

            if (row.Intent == IndicatorIntent.NotApplicable)
            {
                writer.WriteBoolean("notApplicable", true);
            }
            else if (row.Actual is { } actual)
            {
                writer.WriteString("actual", actual);
            }

            if (row.DeviationReason is { } reason)
            {
                writer.WriteString("deviationReason", reason);
            }

            if (row.EvaluatorScore is decimal score)
            {
                writer.WriteNumber("score", score);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter writer, string name, decimal value, bool asText)
    {
        if (asText)
        {
            writer.WriteString(name, value.ToString("#,0.00", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }
}
