using System.Text.Json;
using PerfIndicators.Formats.Json.Contracts;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes a review as JSON (the contract of <c>docs/review.md</c>) while it runs: the header, then one entry per input
/// in input order as it completes (<c>"projects"</c>), then the summary, each from its record in <c>Json/Contracts</c>.
/// Nothing per project is held. Field names and
/// value forms change only with a major version.
/// </summary>
public sealed class ReviewJsonWriter : IReviewSink, IDisposable
{
    /// <summary>The contract id written at the head of every review JSON.</summary>
    public const string ContractId = "perfind-review/1";

    private const int FlushAt = 32 * 1024;
    private readonly Stream stream;
    private readonly bool ownsStream;
    private readonly bool includeAssessments;
    private readonly Utf8JsonWriter writer;

    /// <summary>Creates a writer onto a stream (UTF-8, no byte order mark).</summary>
    /// <param name="output">The stream; left open unless <paramref name="leaveOpen"/> is false.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="includeAssessments">Whether each project entry carries its full self-assessment (the <c>perfind score</c> JSON) under <c>"assessment"</c>.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="output"/> open when disposed.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    public ReviewJsonWriter(Stream output, bool indented = true, bool includeAssessments = false, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        stream = output;
        ownsStream = !leaveOpen;
        this.includeAssessments = includeAssessments;
        writer = new Utf8JsonWriter(output, ContractJsonContext.WriterOptions(indented));
    }

    /// <summary>Creates a writer onto a text writer (e.g. standard output).</summary>
    /// <param name="output">The text writer; not disposed by this writer.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="includeAssessments">Whether each project entry carries its full self-assessment.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    public ReviewJsonWriter(TextWriter output, bool indented = true, bool includeAssessments = false)
        : this(new TextWriterStream(output ?? throw new ArgumentNullException(nameof(output))), indented, includeAssessments, leaveOpen: false)
    {
    }

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        writer.WriteStartObject();
        writer.WritePropertyName("review");
        JsonSerializer.Serialize(writer, ReviewHeaderDto.From(header, ContractId), ContractJsonContext.Default.ReviewHeaderDto);
        writer.WriteStartArray("projects");
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(assessment);
        JsonSerializer.Serialize(writer, ReviewedProjectDto.From(project, includeAssessments ? assessment : null), ContractJsonContext.Default.ReviewedProjectDto);
        FlushIfFull();
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        JsonSerializer.Serialize(writer, FailedInputDto.From(failure), ContractJsonContext.Default.FailedInputDto);
        FlushIfFull();
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteEndArray();
        writer.WritePropertyName("summary");
        JsonSerializer.Serialize(writer, ReviewSummaryDto.From(summary), ContractJsonContext.Default.ReviewSummaryDto);
        writer.WriteEndObject();
        writer.Flush();
        stream.Flush();
    }

    /// <summary>Flushes and releases the writer (and the stream when this writer owns it).</summary>
    public void Dispose()
    {
        writer.Dispose();
        if (ownsStream)
        {
            stream.Dispose();
        }
    }

    private void FlushIfFull()
    {
        if (writer.BytesPending >= FlushAt)
        {
            writer.Flush();
        }
    }
}
