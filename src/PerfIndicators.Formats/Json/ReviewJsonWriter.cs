using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes a review as JSON (the contract of <c>docs/review.md</c>) while it runs: the header, then one entry per input
/// in input order as it completes (<c>"projects"</c>), then the summary. Nothing per project is held. Field names and
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
        writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented });
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
        writer.WriteStartObject("review");
        writer.WriteString("contract", ContractId);
        writer.WriteStartObject("policy");
        writer.WriteString("id", header.PolicyId);
        writer.WriteString("version", header.PolicyVersion);
        writer.WriteString("name", header.PolicyName);
        writer.WriteEndObject();
        writer.WriteStartArray("grades");
        for (var i = 0; i < header.Grades.Length; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("grade", header.Grades[i]);
            writer.WriteNumber("minTotal", header.GradeMinimums[i]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("executionThreshold", header.ExecutionThreshold);
        writer.WriteNumber("lowest", header.LowestCount);
        writer.WriteNumber("listLimit", header.ListLimit);
        writer.WriteEndObject();
        writer.WriteStartArray("projects");
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(assessment);
        writer.WriteStartObject();
        writer.WriteNumber("index", project.Index);
        writer.WriteString("source", project.Source);
        writer.WriteString("status", project.Status.ToName());
        writer.WriteString("name", project.Name);
        writer.WriteString("department", project.Department);
        writer.WriteString("unit", project.Unit);
        Number("fiscalYear", project.FiscalYear);
        var assessed = project.Status == AssessmentStatus.Assessed;
        Number("total", assessed ? project.Total : null);
        Number("uncappedTotal", assessed ? project.UncappedTotal : null);
        writer.WriteString("grade", project.Grade);
        writer.WriteBoolean("provisional", project.IsProvisional);
        writer.WriteBoolean("capped", project.IsCapped);
        WriteRate("executionRate", project.ExecutionRate);
        Number("executionScore", project.ExecutionScore);
        Number("executionPoints", project.ExecutionPoints);
        writer.WritePropertyName("indicators");
        WriteTally(project.Indicators);
        writer.WriteNumber("pointsLost", project.PointsLost);
        writer.WriteNumber("missingDeviationReasons", project.MissingDeviationReasons);
        writer.WriteNumber("overAchievements", project.OverAchievements);
        writer.WriteNumber("errorFindings", project.ErrorFindings);
        writer.WriteNumber("readWarnings", project.ReadWarnings);
        writer.WriteString("policyRequested", project.PolicyRequested);
        writer.WriteStartArray("costliest");
        foreach (var loss in project.Costliest)
        {
            WriteLoss(loss);
        }

        writer.WriteEndArray();
        writer.WriteString("fingerprint", project.Fingerprint);
        if (includeAssessments)
        {
            writer.WritePropertyName("assessment");
            ScoringJson.WriteAssessment(writer, assessment);
        }

        writer.WriteEndObject();
        FlushIfFull();
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        writer.WriteStartObject();
        writer.WriteNumber("index", failure.Index);
        writer.WriteString("source", failure.Source);
        writer.WriteString("status", "failed");
        Strings("errors", failure.Errors.Select(e => e.Text));
        writer.WriteEndObject();
        FlushIfFull();
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteEndArray();
        writer.WritePropertyName("summary");
        WriteSummary(summary);
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

    private void WriteSummary(ReviewSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("inputs");
        writer.WriteNumber("given", summary.Inputs.Given);
        writer.WriteNumber("read", summary.Inputs.Read);
        writer.WriteNumber("failed", summary.Inputs.Failed);
        writer.WriteNumber("assessed", summary.Inputs.Assessed);
        writer.WriteNumber("notReported", summary.Inputs.NotReported);
        writer.WriteNumber("notAssessable", summary.Inputs.NotAssessable);
        writer.WriteStartArray("skipped");
        foreach (var skipped in summary.Skipped)
        {
            writer.WriteStartObject();
            writer.WriteString("path", skipped.Path);
            writer.WriteString("reason", skipped.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteNumber("projects", summary.Totals.Count);
        writer.WritePropertyName("indicators");
        WriteTally(summary.Indicators);

        var totals = summary.Totals;
        writer.WriteStartObject("totals");
        Number("mean", totals.Mean);
        Number("min", totals.Min);
        Number("max", totals.Max);
        writer.WriteNumber("provisional", totals.Provisional);
        writer.WriteNumber("capped", totals.Capped);
        Histogram("histogram", totals.Histogram);
        writer.WriteEndObject();

        writer.WritePropertyName("grades");
        Grades(summary.Grades);

        var execution = summary.Execution;
        writer.WriteStartObject("execution");
        writer.WriteNumber("threshold", execution.Threshold);
        writer.WriteNumber("withRate", execution.WithRate);
        writer.WriteNumber("withoutRate", execution.WithoutRate);
        WriteRate("meanRate", execution.MeanRate);
        writer.WriteNumber("below", execution.Below);
        writer.WriteNumber("belowWithoutReason", execution.BelowWithoutReason);
        Histogram("histogram", execution.Histogram);
        Sample("lowest", execution.Lowest, note =>
        {
            WriteRef(note.Project);
            WriteRate("rate", note.Rate);
            Number("score", note.Score);
            writer.WriteNumber("total", note.Total);
            writer.WriteBoolean("reasonGiven", note.ReasonGiven);
        });
        writer.WriteEndObject();

        writer.WriteStartArray("lowestProjects");
        foreach (var project in summary.Lowest)
        {
            writer.WriteStartObject();
            WriteRef(project);
            writer.WriteNumber("total", project.Total);
            writer.WriteString("grade", project.Grade);
            writer.WriteBoolean("provisional", project.IsProvisional);
            WriteRate("executionRate", project.ExecutionRate);
            writer.WriteNumber("pointsLost", project.PointsLost);
            writer.WriteStartArray("costliest");
            foreach (var loss in project.Costliest)
            {
                WriteLoss(loss);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("departments");
        foreach (var department in summary.Departments)
        {
            WriteGroup(department, withUnits: true);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("pointsLostByCategory");
        foreach (var loss in summary.LossByCategory)
        {
            writer.WriteStartObject();
            writer.WriteString("category", loss.Category);
            writer.WriteString("subcategory", loss.Subcategory);
            writer.WriteNumber("indicators", loss.Indicators);
            writer.WriteNumber("points", loss.Points);
            writer.WriteNumber("lost", loss.Lost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("findings");
        Sample("missingDeviationReason", summary.MissingDeviationReasons, WriteNote);
        Sample("overAchievement", summary.OverAchievements, WriteNote);
        Sample("needsManualScoring", summary.NeedsManualScoring, WriteNote);
        writer.WriteStartArray("byCode");
        foreach (var count in summary.FindingCounts)
        {
            writer.WriteStartObject();
            writer.WriteString("code", count.Code);
            writer.WriteString("severity", count.Severity.ToName());
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        Sample("policyMismatches", summary.PolicyMismatches, mismatch =>
        {
            WriteRef(mismatch.Project);
            writer.WriteString("requested", mismatch.Requested);
        });
        Sample("readWarnings", summary.ReadWarnings, warning =>
        {
            writer.WriteNumber("index", warning.Index);
            writer.WriteString("source", warning.Source);
            writer.WriteString("message", warning.Warning.Text);
        });
        Sample("failures", summary.Failures, failure =>
        {
            writer.WriteNumber("index", failure.Index);
            writer.WriteString("source", failure.Source);
            Strings("errors", failure.Errors.Select(e => e.Text));
        });
        Sample("notReported", summary.NotReported, WriteRef);
        Sample("notAssessable", summary.NotAssessable, WriteRef);

        writer.WriteStartArray("scatter");
        foreach (var cell in summary.Scatter)
        {
            writer.WriteStartObject();
            writer.WriteNumber("ratePercent", cell.RatePercent);
            writer.WriteNumber("score", cell.Score);
            writer.WriteNumber("count", cell.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteGroup(GroupSummary group, bool withUnits)
    {
        writer.WriteStartObject();
        writer.WriteString("name", group.Name);
        writer.WriteNumber("projects", group.Projects);
        writer.WriteNumber("indicators", group.Indicators);
        writer.WritePropertyName("grades");
        Grades(group.Grades);
        writer.WriteNumber("meanTotal", group.MeanTotal);
        writer.WriteNumber("minTotal", group.MinTotal);
        writer.WriteNumber("maxTotal", group.MaxTotal);
        WriteRate("meanExecutionRate", group.MeanExecutionRate);
        writer.WriteNumber("belowThreshold", group.BelowThreshold);
        writer.WriteNumber("missingDeviationReasons", group.MissingDeviationReasons);
        writer.WriteNumber("overAchievements", group.OverAchievements);
        writer.WriteNumber("needsManualScoring", group.NeedsManualScoring);
        writer.WriteNumber("pointsLost", group.PointsLost);
        if (withUnits)
        {
            writer.WriteStartArray("units");
            foreach (var unit in group.Units)
            {
                WriteGroup(unit, withUnits: false);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private void WriteNote(IndicatorNote note)
    {
        WriteRef(note.Project);
        writer.WriteString("indicator", note.Indicator);
        writer.WriteString("target", note.Target);
        writer.WriteString("actual", note.Actual);
        writer.WriteNumber("points", note.Points);
        Number("score", note.Score);
        Number("completionRatio", note.CompletionRatio is decimal ratio ? ReviewAggregator.Round(ratio, 4) : null);
        writer.WriteString("message", note.Message);
    }

    private void WriteRef(ReviewedProject project)
    {
        writer.WriteNumber("index", project.Index);
        writer.WriteString("source", project.Source);
        writer.WriteString("name", project.Name);
        writer.WriteString("department", project.Department);
        writer.WriteString("unit", project.Unit);
    }

    private void WriteLoss(IndicatorLoss loss)
    {
        writer.WriteStartObject();
        writer.WriteString("name", loss.Name);
        writer.WriteString("category", loss.Category);
        writer.WriteString("subcategory", loss.Subcategory);
        writer.WriteBoolean("budgetExecution", loss.IsBudgetExecution);
        writer.WriteNumber("points", loss.Points);
        Number("score", loss.Score);
        writer.WriteNumber("lost", loss.Lost);
        writer.WriteString("outcome", ScoringJson.OutcomeName(loss.Outcome));
        writer.WriteEndObject();
    }

    private void WriteTally(IndicatorTally tally)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", tally.Total);
        writer.WriteNumber("scored", tally.Scored);
        writer.WriteNumber("met", tally.Met);
        writer.WriteNumber("partiallyMet", tally.PartiallyMet);
        writer.WriteNumber("notMet", tally.NotMet);
        writer.WriteNumber("notApplicable", tally.NotApplicable);
        writer.WriteNumber("needsManualScoring", tally.NeedsManualScoring);
        writer.WriteEndObject();
    }

    private void Grades(IEnumerable<GradeCount> grades)
    {
        writer.WriteStartArray();
        foreach (var grade in grades)
        {
            writer.WriteStartObject();
            writer.WriteString("grade", grade.Grade);
            writer.WriteNumber("count", grade.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void Histogram(string name, IEnumerable<HistogramBin> bins)
    {
        writer.WriteStartArray(name);
        foreach (var bin in bins)
        {
            writer.WriteStartObject();
            writer.WriteNumber("from", bin.From);
            Number("to", bin.To);
            writer.WriteNumber("count", bin.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void Sample<T>(string name, ListSample<T> sample, Action<T> write)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", sample.Count);
        writer.WriteNumber("unlisted", sample.Unlisted);
        writer.WriteStartArray("items");
        foreach (var item in sample.Items)
        {
            writer.WriteStartObject();
            write(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void Strings(string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private void WriteRate(string name, decimal? rate)
    {
        Number(name, rate is decimal r ? ReviewAggregator.Round(r, 4) : null);
        writer.WriteString(name + "Percent", rate is decimal p ? DisplayText.Percent(p) : null);
    }

    private void Number(string name, decimal? value)
    {
        if (value is decimal number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private void Number(string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
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
