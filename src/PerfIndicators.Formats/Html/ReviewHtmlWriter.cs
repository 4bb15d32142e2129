using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// Writes a review as one self-contained HTML page (no network needed to view it: inline CSS, a few lines of inline
/// script, charts as inline SVG) while it runs. Each project's row of the sortable project table is written as it
/// completes, so nothing per project is held; the summary (key figures, charts, department and unit tables, lowest
/// projects, findings, failures) is written at the end and shown above the table (by CSS order, and moved there by the
/// script). Every number is formatted exactly as the JSON report writes it. The page is the templates
/// <c>Html/Templates/review-*.html</c>, its texts the <c>review.*</c> labels of <c>labels.txt</c>.
/// </summary>
public sealed class ReviewHtmlWriter : IReviewSink, IDisposable
{
    private readonly TextWriter writer;
    private readonly bool ownsWriter;
    private ReviewHeader? header;

    /// <summary>Creates a writer onto a stream (UTF-8, no byte order mark).</summary>
    /// <param name="output">The stream.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="output"/> open when disposed.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    public ReviewHtmlWriter(Stream output, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen) { NewLine = "\n" };
        ownsWriter = true;
    }

    /// <summary>Creates a writer onto a text writer, which it does not dispose.</summary>
    /// <param name="output">The text writer.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    public ReviewHtmlWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        writer = output;
    }

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        this.header = header;
        Templates.Render("review-head", writer, HeadValues(header));
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        WriteRow(writer, project, header ?? throw new InvalidOperationException("Begin was not called."));
    }

    /// <summary>The values of the page head (<c>review-start.html</c>) for a review.</summary>
    internal static TemplateValues HeadValues(ReviewHeader header) => new()
    {
        ["contract"] = ReviewJsonWriter.ContractId,
        ["css"] = HtmlAssets.Css,
        ["policyName"] = header.PolicyName,
        ["policyId"] = header.PolicyId,
        ["policyVersion"] = header.PolicyVersion,
        ["threshold"] = HtmlText.Percent(header.ExecutionThreshold),
        ["cutoffs"] = string.Join(" / ", header.Grades.Select((g, i) => g + (i < header.GradeMinimums.Length ? " ≥" + HtmlText.Number(header.GradeMinimums[i]) : string.Empty))),
    };

    /// <summary>Writes one project's row of the project table (<c>review-row.html</c>).</summary>
    internal static void WriteRow(TextWriter writer, ReviewedProject project, ReviewHeader h)
    {
        var assessed = project.Status == AssessmentStatus.Assessed;
        var grade = project.Grade is { } given ? h.Grades.IndexOf(given) : -1;
        Templates.Render("review-row", writer, new TemplateValues
        {
            ["index"] = HtmlText.Count(project.Index),
            ["number"] = HtmlText.Count(project.Index + 1),
            ["name"] = project.Name,
            ["provisional"] = project.IsProvisional,
            ["capped"] = project.IsCapped,
            ["department"] = DepartmentName(project.Department),
            ["unit"] = UnitName(project.Unit),
            ["total"] = assessed ? HtmlText.Number(project.Total) : "—",
            ["totalValue"] = assessed ? HtmlText.Number(project.Total) : "-1",
            ["gradeOrder"] = HtmlText.Count(grade < 0 ? h.Grades.Length + (assessed ? 0 : 1) : grade),
            ["gradeClass"] = HtmlText.Count(grade < 0 ? 9 : grade),
            ["grade"] = assessed ? GradeLabel(project.Grade ?? string.Empty) : project.Status.ToLabel(),
            ["rate"] = HtmlText.Percent(project.ExecutionRate),
            ["rateValue"] = HtmlText.RateValue(project.ExecutionRate),
            ["indicators"] = HtmlText.Count(project.Indicators.Total),
            ["lost"] = HtmlText.Number(project.PointsLost),
            ["missing"] = HtmlText.Count(project.MissingDeviationReasons),
            ["over"] = HtmlText.Count(project.OverAchievements),
            ["manual"] = HtmlText.Count(project.Indicators.NeedsManualScoring),
            ["source"] = project.Source,
        });
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);

        // Failures are listed in the summary (the first ones; the JSON report lists every one in its project stream).
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Templates.Render("review-summary", writer, ReviewSummaryValues.Of(summary, header ?? summary.Header));
        writer.Flush();
    }

    /// <summary>Flushes and releases the writer (the stream's writer when built on a stream).</summary>
    public void Dispose()
    {
        if (ownsWriter)
        {
            writer.Dispose();
        }
        else
        {
            writer.Flush();
        }
    }

    /// <summary>The review page's templates and labels; text encoded by <see cref="HtmlText.Escape"/>.</summary>
    internal static PageTemplates Templates { get; } =
        PageTemplates.Load(HtmlText.Escape, "labels.txt", "review-head", "review-row", "review-summary", "review-counted", "review-group-heads", "review-group-cells",
            "review-start", "review-projects-open", "review-projects-close", "review-summary-body", "review-end", "review-index", "review-page-head", "review-page-tail");

    /// <summary>A department as shown: its name, or that none was given.</summary>
    internal static string DepartmentName(string? name) => name ?? Templates.Plain("review.noDepartment");

    /// <summary>A unit as shown: its name, or that none was given.</summary>
    internal static string UnitName(string? name) => name ?? Templates.Plain("review.noUnit");

    /// <summary>A grade as shown: the grade, or that there is none.</summary>
    internal static string GradeLabel(string grade) => grade.Length == 0 ? Templates.Plain("review.noGrade") : grade;
}
