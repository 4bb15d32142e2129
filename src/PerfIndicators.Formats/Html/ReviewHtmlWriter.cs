using System.Collections.Immutable;
using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// Writes a review as one self-contained HTML page (no network needed to view it: inline CSS, a few lines of inline
/// script, charts as inline SVG) while it runs. Each project's row of the sortable project table is written as it
/// completes, so nothing per project is held; the summary (key figures, charts, department and unit tables, lowest
/// projects, findings, failures) is written at the end and shown above the table (by CSS order, and moved there by the
/// script). Every number is formatted exactly as the JSON report writes it.
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
        var cutoffs = header.Grades.Select((g, i) => g + (i < header.GradeMinimums.Length ? " ≥" + HtmlText.Number(header.GradeMinimums[i]) : string.Empty));
        W("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        W("<meta name=\"generator\" content=\"perfind review (" + ReviewJsonWriter.ContractId + ")\">\n");
        W("<title>" + ReviewLabels.Title + " — " + E(header.PolicyName) + "</title>\n<style>" + HtmlAssets.Css + "</style>\n</head>\n<body>\n");
        W("<header class=\"page-head\"><h1>" + ReviewLabels.Title + "</h1><p>" + ReviewLabels.Policy + "：" + E(header.PolicyName) + "（" + E(header.PolicyId) + " " + E(header.PolicyVersion)
            + "）· 预算执行率阈值 " + HtmlText.Percent(header.ExecutionThreshold) + " · 等级 " + E(string.Join(" / ", cutoffs)) + "</p></header>\n");
        W("<main id=\"report\">\n<section id=\"all-projects\" class=\"block\">\n<h2>全部项目</h2>\n<p class=\"note\">点击表头排序；地址后加 <code>#sort=-total</code> 等可在打开时排序。失分 = Σ(分值 − 得分)，含预算执行率。</p>\n");
        W("<div class=\"scroll\"><table id=\"projects\" class=\"sortable data\">\n<thead><tr>"
            + Th("index", "序号", true) + Th("name", ReviewLabels.ProjectName) + Th("department", ReviewLabels.Department) + Th("unit", ReviewLabels.Unit)
            + Th("total", ReviewLabels.Total, true) + Th("grade", ReviewLabels.Grade, true) + Th("rate", ReviewLabels.ExecutionRate, true)
            + Th("indicators", ReviewLabels.Indicators, true) + Th("lost", ReviewLabels.PointsLost, true) + Th("missing", ReviewLabels.MissingReasons, true)
            + Th("over", ReviewLabels.OverAchievements, true) + Th("manual", ReviewLabels.NeedsManual, true) + Th("source", ReviewLabels.Source)
            + "</tr></thead>\n<tbody>\n");
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        var h = header ?? throw new InvalidOperationException("Begin was not called.");
        var assessed = project.Status == AssessmentStatus.Assessed;
        var grade = project.Grade is { } given ? h.Grades.IndexOf(given) : -1;
        var gradeText = assessed ? ReviewLabels.GradeLabel(project.Grade ?? string.Empty) : project.Status.ToLabel();
        var flags = (project.IsProvisional ? " <span class=\"tag\">" + ReviewLabels.Provisional + "</span>" : string.Empty)
            + (project.IsCapped ? " <span class=\"tag\">" + ReviewLabels.Capped + "</span>" : string.Empty);
        W("<tr data-index=\"" + project.Index + "\">"
            + Td("index", (project.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), project.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + "<td class=\"c-name\">" + E(project.Name) + flags + "</td>"
            + Td("department", ReviewLabels.DepartmentName(project.Department)) + Td("unit", ReviewLabels.UnitName(project.Unit))
            + (assessed ? Td("total", HtmlText.Number(project.Total), HtmlText.Number(project.Total)) : Td("total", "—", "-1"))
            + "<td class=\"c-grade\" data-v=\"" + (grade < 0 ? h.Grades.Length + (assessed ? 0 : 1) : grade) + "\"><span class=\"grade g" + (grade < 0 ? 9 : grade) + "\">" + E(gradeText) + "</span></td>"
            + Td("rate", HtmlText.Percent(project.ExecutionRate), HtmlText.RateValue(project.ExecutionRate))
            + Td("indicators", HtmlText.Count(project.Indicators.Total), HtmlText.Count(project.Indicators.Total))
            + Td("lost", HtmlText.Number(project.PointsLost), HtmlText.Number(project.PointsLost))
            + Td("missing", HtmlText.Count(project.MissingDeviationReasons), HtmlText.Count(project.MissingDeviationReasons))
            + Td("over", HtmlText.Count(project.OverAchievements), HtmlText.Count(project.OverAchievements))
            + Td("manual", HtmlText.Count(project.Indicators.NeedsManualScoring), HtmlText.Count(project.Indicators.NeedsManualScoring))
            + Td("source", project.Source) + "</tr>\n");
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
        var h = header ?? summary.Header;
        W("</tbody>\n</table></div>\n</section>\n<div id=\"summary\">\n");
        Overview(summary);
        Charts(summary, h);
        Groups(summary);
        Lowest(summary);
        Execution(summary);
        Losses(summary);
        Notes("missing-reasons", "缺少偏差原因分析及改进措施的指标", summary.MissingDeviationReasons, showRatio: false);
        Notes("over-achievement", "完成值远超指标值（指标值可能设置偏低）", summary.OverAchievements, showRatio: true);
        Notes("manual", "需人工评分的指标", summary.NeedsManualScoring, showRatio: false);
        FindingCodes(summary);
        Inputs(summary);
        W("</div>\n</main>\n<footer class=\"page-foot\">由 perfind review 生成 · 报告格式 " + ReviewJsonWriter.ContractId + " · 数字与同次生成的 JSON 报告一致</footer>\n");
        W("<script>" + HtmlAssets.Script + "</script>\n</body>\n</html>\n");
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

    private void Overview(ReviewSummary s)
    {
        var t = s.Indicators;
        W("<section id=\"overview\" class=\"block\">\n<h2>概况</h2>\n<div class=\"kpis\">");
        Kpi("projects", ReviewLabels.Projects, HtmlText.Count(s.Totals.Count), "个");
        Kpi("indicators", ReviewLabels.Indicators, HtmlText.Count(t.Total), "个");
        Kpi("mean", ReviewLabels.MeanTotal, s.Totals.Mean is decimal mean ? HtmlText.Number(mean) : "—", "分");
        foreach (var grade in s.Grades)
        {
            Kpi("grade-" + grade.Grade, "等级" + ReviewLabels.GradeLabel(grade.Grade), HtmlText.Count(grade.Count), "个");
        }

        Kpi("below", "执行率低于" + HtmlText.Percent(s.Execution.Threshold), HtmlText.Count(s.Execution.Below), "个");
        Kpi("failed", "无法读取", HtmlText.Count(s.Inputs.Failed), "个文件");
        if (s.Inputs.NotReported > 0 || s.Inputs.NotAssessable > 0)
        {
            Kpi("not-reported", "未填报", HtmlText.Count(s.Inputs.NotReported), "个");
            Kpi("not-assessable", "不可评价", HtmlText.Count(s.Inputs.NotAssessable), "个");
        }

        W("</div>\n<table class=\"ledger\"><caption>核对：每个输入、每个指标都有去处</caption>\n");
        var notAssessed = s.Inputs.NotReported > 0 || s.Inputs.NotAssessable > 0
            ? "（其中已评分 <b data-count=\"assessed\">" + s.Inputs.Assessed + "</b>、未填报 <b data-count=\"not-reported\">" + s.Inputs.NotReported
                + "</b>、不可评价 <b data-count=\"not-assessable\">" + s.Inputs.NotAssessable + "</b>，后两类不计分、不计入统计）"
            : string.Empty;
        W("<tr><th>输入文件</th><td data-count=\"given\">" + s.Inputs.Given + "</td><td>= " + (notAssessed.Length == 0 ? "已评分" : "已读取") + " <b data-count=\"read\">" + s.Inputs.Read + "</b>" + notAssessed
            + " + 无法读取 <b data-count=\"failed\">" + s.Inputs.Failed + "</b>"
            + (s.Skipped.IsEmpty ? string.Empty : "（另有 " + s.Skipped.Length + " 个路径不是输入，见文末）") + "</td></tr>\n");
        W("<tr><th>指标</th><td data-count=\"indicators\">" + t.Total + "</td><td>= 已评分 <b data-count=\"scored\">" + t.Scored + "</b>（达成 " + t.Met + "、部分达成 " + t.PartiallyMet + "、未达成 " + t.NotMet
            + "）+ 不适用 <b data-count=\"not-applicable\">" + t.NotApplicable + "</b> + 需人工评分 <b data-count=\"manual\">" + t.NeedsManualScoring + "</b></td></tr>\n");
        W("<tr><th>总分</th><td>" + (s.Totals.Mean is decimal m ? HtmlText.Number(m) : "—") + "</td><td>平均；最低 " + HtmlText.Number(s.Totals.Min) + "，最高 " + HtmlText.Number(s.Totals.Max)
            + "；暂定 " + s.Totals.Provisional + " 个，按执行率封顶 " + s.Totals.Capped + " 个</td></tr>\n");
        W("<tr><th>预算执行率</th><td>" + HtmlText.Percent(s.Execution.MeanRate) + "</td><td>平均（" + s.Execution.WithRate + " 个项目有执行率，" + s.Execution.WithoutRate + " 个无法计算）；低于 "
            + HtmlText.Percent(s.Execution.Threshold) + " 的 " + s.Execution.Below + " 个，其中未说明原因 " + s.Execution.BelowWithoutReason + " 个</td></tr>\n</table>\n</section>\n");
    }

    private void Charts(ReviewSummary s, ReviewHeader h)
    {
        W("<section id=\"charts\" class=\"block\">\n<h2>图表</h2>\n<div class=\"charts\">\n");
        W("<figure>" + SvgCharts.Grades(s.Grades, s.Totals.Count) + "<figcaption>等级分布</figcaption></figure>\n");
        W("<figure>" + SvgCharts.TotalHistogram(s.Totals.Histogram, h, from => GradeAt(s, from)) + "<figcaption>总分分布</figcaption></figure>\n");
        var departments = s.Departments.OrderByDescending(d => d.MeanTotal).ThenBy(d => d.Name is null).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        const int Shown = 40;
        W("<figure class=\"wide\">" + SvgCharts.Departments(departments, Shown) + "<figcaption>各主管部门平均分（按平均分从高到低"
            + (departments.Count > Shown ? "，只画前 " + Shown + " 个，共 " + departments.Count + " 个，全部见下表" : string.Empty) + "）</figcaption></figure>\n");
        W("<figure>" + SvgCharts.Scatter(s.Scatter, s.Execution.Threshold, [.. CutoffLines(h)]) + "<figcaption>预算执行率与总分（气泡大小为项目数；红色为执行率低于阈值）</figcaption></figure>\n");
        W("<figure>" + SvgCharts.RateHistogram(s.Execution.Histogram, s.Execution.Threshold) + "<figcaption>预算执行率分布（" + s.Execution.WithRate + " 个项目有执行率）</figcaption></figure>\n");
        W("</div>\n</section>\n");
    }

    private static IEnumerable<GradeCutoffLine> CutoffLines(ReviewHeader h)
    {
        for (var i = 0; i < h.Grades.Length - 1; i++)
        {
            if (CutoffOf(h, i) is decimal min)
            {
                yield return new GradeCutoffLine(h.Grades[i], min, SvgCharts.GradeColor(i));
            }
        }
    }

    private static decimal? CutoffOf(ReviewHeader h, int position) =>
        position < h.GradeMinimums.Length ? h.GradeMinimums[position] : null;

    private static string GradeAt(ReviewSummary s, decimal total)
    {
        var h = s.Header;
        for (var i = 0; i < h.Grades.Length; i++)
        {
            if (CutoffOf(h, i) is decimal min && total >= min)
            {
                return h.Grades[i];
            }
        }

        return string.Empty;
    }

    private void Groups(ReviewSummary s)
    {
        var grades = s.Grades.Select(g => g.Grade).ToImmutableArray();
        W("<section id=\"departments-section\" class=\"block\">\n<h2>按主管部门</h2>\n<div class=\"scroll\"><table id=\"departments\" class=\"sortable data\">\n<thead><tr>"
            + Th("name", ReviewLabels.Department) + GroupHeads(grades) + "</tr></thead>\n<tbody>\n");
        foreach (var d in s.Departments)
        {
            W("<tr>" + Td("name", ReviewLabels.DepartmentName(d.Name)) + GroupCells(d, grades) + "</tr>\n");
        }

        W("</tbody>\n</table></div>\n</section>\n");
        W("<section id=\"units-section\" class=\"block\">\n<h2>按实施单位</h2>\n<div class=\"scroll\"><table id=\"units\" class=\"sortable data\">\n<thead><tr>"
            + Th("department", ReviewLabels.Department) + Th("name", ReviewLabels.Unit) + GroupHeads(grades) + "</tr></thead>\n<tbody>\n");
        foreach (var d in s.Departments)
        {
            foreach (var u in d.Units)
            {
                W("<tr>" + Td("department", ReviewLabels.DepartmentName(d.Name)) + Td("name", ReviewLabels.UnitName(u.Name)) + GroupCells(u, grades) + "</tr>\n");
            }
        }

        W("</tbody>\n</table></div>\n</section>\n");
    }

    private static string GroupHeads(ImmutableArray<string> grades) =>
        Th("projects", ReviewLabels.Projects, true) + Th("indicators", ReviewLabels.Indicators, true)
        + string.Concat(grades.Select((g, i) => Th("grade-" + i, ReviewLabels.GradeLabel(g), true)))
        + Th("mean", ReviewLabels.MeanTotal, true) + Th("min", ReviewLabels.MinTotal, true) + Th("max", ReviewLabels.MaxTotal, true)
        + Th("rate", ReviewLabels.MeanExecutionRate, true) + Th("below", "执行率偏低", true) + Th("missing", ReviewLabels.MissingReasons, true)
        + Th("over", ReviewLabels.OverAchievements, true) + Th("manual", ReviewLabels.NeedsManual, true) + Th("lost", ReviewLabels.PointsLost, true);

    private static string GroupCells(GroupSummary g, ImmutableArray<string> grades)
    {
        var cells = new StringBuilder();
        cells.Append(Td("projects", HtmlText.Count(g.Projects), HtmlText.Count(g.Projects))).Append(Td("indicators", HtmlText.Count(g.Indicators), HtmlText.Count(g.Indicators)));
        for (var i = 0; i < grades.Length; i++)
        {
            var count = g.Grades.FirstOrDefault(c => c.Grade == grades[i])?.Count ?? 0;
            cells.Append(Td("grade-" + i, HtmlText.Count(count), HtmlText.Count(count)));
        }

        cells.Append(Td("mean", HtmlText.Number(g.MeanTotal), HtmlText.Number(g.MeanTotal)))
            .Append(Td("min", HtmlText.Number(g.MinTotal), HtmlText.Number(g.MinTotal)))
            .Append(Td("max", HtmlText.Number(g.MaxTotal), HtmlText.Number(g.MaxTotal)))
            .Append(Td("rate", HtmlText.Percent(g.MeanExecutionRate), HtmlText.RateValue(g.MeanExecutionRate)))
            .Append(Td("below", HtmlText.Count(g.BelowThreshold), HtmlText.Count(g.BelowThreshold)))
            .Append(Td("missing", HtmlText.Count(g.MissingDeviationReasons), HtmlText.Count(g.MissingDeviationReasons)))
            .Append(Td("over", HtmlText.Count(g.OverAchievements), HtmlText.Count(g.OverAchievements)))
            .Append(Td("manual", HtmlText.Count(g.NeedsManualScoring), HtmlText.Count(g.NeedsManualScoring)))
            .Append(Td("lost", HtmlText.Number(g.PointsLost), HtmlText.Number(g.PointsLost)));
        return cells.ToString();
    }

    private void Lowest(ReviewSummary s)
    {
        W("<section id=\"lowest-section\" class=\"block\">\n<h2>得分最低的项目（前 " + s.Lowest.Length + " 个）及失分最多的指标</h2>\n");
        W("<div class=\"scroll\"><table id=\"lowest\" class=\"data\">\n<thead><tr><th>#</th><th>" + ReviewLabels.ProjectName + "</th><th>" + ReviewLabels.Department + "</th><th>" + ReviewLabels.Unit
            + "</th><th>" + ReviewLabels.Total + "</th><th>" + ReviewLabels.Grade + "</th><th>" + ReviewLabels.ExecutionRate + "</th><th>失分最多的指标（分值 → 得分，失分）</th></tr></thead>\n<tbody>\n");
        var rank = 0;
        foreach (var p in s.Lowest)
        {
            rank++;
            var losses = string.Join("<br>", p.Costliest.Select(l => E(l.Name) + "（" + HtmlText.Number(l.Points) + " → " + (l.Score is decimal sc ? HtmlText.Number(sc) : ReviewLabels.Outcome(l.Outcome))
                + "，失 " + HtmlText.Number(l.Lost) + "）"));
            W("<tr data-index=\"" + p.Index + "\"><td>" + rank + "</td><td class=\"c-name\">" + E(p.Name) + "</td><td>" + E(ReviewLabels.DepartmentName(p.Department)) + "</td><td>"
                + E(ReviewLabels.UnitName(p.Unit)) + "</td>" + Td("total", HtmlText.Number(p.Total), HtmlText.Number(p.Total)) + "<td>" + E(ReviewLabels.GradeLabel(p.Grade ?? string.Empty)) + "</td>"
                + Td("rate", HtmlText.Percent(p.ExecutionRate), HtmlText.RateValue(p.ExecutionRate)) + "<td class=\"c-losses\">" + losses + "</td></tr>\n");
        }

        W("</tbody>\n</table></div>\n</section>\n");
    }

    private void Execution(ReviewSummary s)
    {
        var e = s.Execution;
        W("<section id=\"execution-section\" class=\"block\">\n<h2>预算执行率低于 " + HtmlText.Percent(e.Threshold) + " 的项目</h2>\n" + Counted(e.Lowest.Count, e.Lowest.Items.Length, "按执行率从低到高") + "\n");
        W("<div class=\"scroll\"><table id=\"low-execution\" class=\"data\">\n<thead><tr><th>" + ReviewLabels.ProjectName + "</th><th>" + ReviewLabels.Department + "</th><th>" + ReviewLabels.Unit + "</th><th>"
            + ReviewLabels.ExecutionRate + "</th><th>执行率得分</th><th>" + ReviewLabels.Total + "</th><th>说明原因</th></tr></thead>\n<tbody>\n");
        foreach (var note in e.Lowest.Items)
        {
            W("<tr data-index=\"" + note.Project.Index + "\"><td class=\"c-name\">" + E(note.Project.Name) + "</td><td>" + E(ReviewLabels.DepartmentName(note.Project.Department)) + "</td><td>"
                + E(ReviewLabels.UnitName(note.Project.Unit)) + "</td>" + Td("rate", HtmlText.Percent(note.Rate), HtmlText.RateValue(note.Rate)) + "<td>" + HtmlText.Number(note.Score) + "</td>"
                + Td("total", HtmlText.Number(note.Total), HtmlText.Number(note.Total)) + "<td>" + (note.ReasonGiven ? "已说明" : "<b class=\"warn\">未说明</b>") + "</td></tr>\n");
        }

        W("</tbody>\n</table></div>\n</section>\n");
    }

    private void Losses(ReviewSummary s)
    {
        W("<section id=\"losses-section\" class=\"block\">\n<h2>失分最多的指标类别</h2>\n<div class=\"scroll\"><table id=\"category-losses\" class=\"data\">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>指标数</th><th>分值合计</th><th>失分合计</th></tr></thead>\n<tbody>\n");
        foreach (var loss in s.LossByCategory)
        {
            W("<tr><td>" + E(loss.Category ?? "（未分类）") + "</td><td>" + E(loss.Subcategory ?? "—") + "</td><td>" + loss.Indicators + "</td><td>" + HtmlText.Number(loss.Points) + "</td>"
                + Td("lost", HtmlText.Number(loss.Lost), HtmlText.Number(loss.Lost)) + "</tr>\n");
        }

        W("</tbody>\n</table></div>\n</section>\n");
    }

    private void Notes(string id, string title, ListSample<IndicatorNote> notes, bool showRatio)
    {
        W("<section id=\"" + id + "-section\" class=\"block\">\n<h2>" + title + "</h2>\n" + Counted(notes.Count, notes.Items.Length, "按输入顺序") + "\n");
        if (notes.Items.IsEmpty)
        {
            W("</section>\n");
            return;
        }

        W("<div class=\"scroll\"><table id=\"" + id + "\" class=\"data\">\n<thead><tr><th>" + ReviewLabels.ProjectName + "</th><th>" + ReviewLabels.Department + "</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th>"
            + (showRatio ? "<th>完成比</th>" : string.Empty) + "<th>说明</th></tr></thead>\n<tbody>\n");
        foreach (var n in notes.Items)
        {
            W("<tr data-index=\"" + n.Project.Index + "\"><td class=\"c-name\">" + E(n.Project.Name) + "</td><td>" + E(ReviewLabels.DepartmentName(n.Project.Department)) + "</td><td>" + E(n.Indicator) + "</td><td>"
                + E(n.Target) + "</td><td>" + E(n.Actual) + "</td><td>" + HtmlText.Number(n.Points) + "</td><td>" + (n.Score is decimal sc ? HtmlText.Number(sc) : "—") + "</td>"
                + (showRatio ? "<td>" + HtmlText.Percent(n.CompletionRatio) + "</td>" : string.Empty) + "<td class=\"c-message\">" + E(n.Message) + "</td></tr>\n");
        }

        W("</tbody>\n</table></div>\n</section>\n");
    }

    private void FindingCodes(ReviewSummary s)
    {
        W("<section id=\"codes-section\" class=\"block\">\n<h2>发现汇总（按代码）</h2>\n<p class=\"note\">代码含义见 docs/scoring-json.md（PI3xxx）与 README（PI1xxx）。</p>\n<table id=\"codes\" class=\"data compact\">\n<thead><tr><th>代码</th><th>级别</th><th>次数</th></tr></thead>\n<tbody>\n");
        foreach (var c in s.FindingCounts)
        {
            W("<tr><td>" + E(c.Code) + "</td><td>" + c.Severity.ToName() + "</td><td data-v=\"" + c.Count + "\">" + c.Count + "</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void Inputs(ReviewSummary s)
    {
        Unassessed("not-reported", "未填报的项目（不计分）", "没有填写任何实际完成值和全年执行数，例如未填写的模板", s.NotReported);
        Unassessed("not-assessable", "不可评价的项目（没有绩效指标）", "没有绩效指标，不给总分和等级", s.NotAssessable);
        W("<section id=\"failures-section\" class=\"block\">\n<h2>无法读取的文件</h2>\n" + Counted(s.Failures.Count, s.Failures.Items.Length, "按输入顺序") + "\n");
        if (!s.Failures.Items.IsEmpty)
        {
            W("<table id=\"failures\" class=\"data\">\n<thead><tr><th>文件</th><th>原因</th></tr></thead>\n<tbody>\n");
            foreach (var f in s.Failures.Items)
            {
                W("<tr data-index=\"" + f.Index + "\"><td class=\"c-source\">" + E(f.Source) + "</td><td class=\"c-message\">" + string.Join("<br>", f.Errors.Select(e => E(e.Text))) + "</td></tr>\n");
            }

            W("</tbody>\n</table>\n");
        }

        W("</section>\n");
        if (!s.PolicyMismatches.Items.IsEmpty)
        {
            W("<section id=\"policy-section\" class=\"block\">\n<h2>项目文件指定了其他评分办法</h2>\n" + Counted(s.PolicyMismatches.Count, s.PolicyMismatches.Items.Length, "本次统一按 " + E(s.Header.PolicyId) + " 评分")
                + "\n<table id=\"policy-mismatches\" class=\"data\">\n<thead><tr><th>" + ReviewLabels.ProjectName + "</th><th>文件</th><th>文件指定</th></tr></thead>\n<tbody>\n");
            foreach (var m in s.PolicyMismatches.Items)
            {
                W("<tr data-index=\"" + m.Project.Index + "\"><td>" + E(m.Project.Name) + "</td><td class=\"c-source\">" + E(m.Project.Source) + "</td><td>" + E(m.Requested) + "</td></tr>\n");
            }

            W("</tbody>\n</table>\n</section>\n");
        }

        if (!s.ReadWarnings.Items.IsEmpty)
        {
            W("<section id=\"warnings-section\" class=\"block\">\n<h2>读取警告</h2>\n" + Counted(s.ReadWarnings.Count, s.ReadWarnings.Items.Length, "按输入顺序")
                + "\n<table id=\"read-warnings\" class=\"data\">\n<thead><tr><th>文件</th><th>警告</th></tr></thead>\n<tbody>\n");
            foreach (var w in s.ReadWarnings.Items)
            {
                W("<tr data-index=\"" + w.Index + "\"><td class=\"c-source\">" + E(w.Source) + "</td><td class=\"c-message\">" + E(w.Warning.Text) + "</td></tr>\n");
            }

            W("</tbody>\n</table>\n</section>\n");
        }

        if (!s.Skipped.IsEmpty)
        {
            W("<section id=\"skipped-section\" class=\"block\">\n<h2>不是输入的路径</h2>\n<p class=\"note\">共 " + s.Skipped.Length + " 个，未计入输入文件。</p>\n<table id=\"skipped\" class=\"data\">\n<thead><tr><th>路径</th><th>原因</th></tr></thead>\n<tbody>\n");
            foreach (var k in s.Skipped)
            {
                W("<tr><td class=\"c-source\">" + E(k.Path) + "</td><td>" + E(k.Reason) + "</td></tr>\n");
            }

            W("</tbody>\n</table>\n</section>\n");
        }
    }

    private void Unassessed(string id, string title, string why, ListSample<ReviewedProject> projects)
    {
        if (projects.Count == 0)
        {
            return;
        }

        W("<section id=\"" + id + "-section\" class=\"block\">\n<h2>" + title + "</h2>\n<p class=\"note\">" + why + "。</p>\n" + Counted(projects.Count, projects.Items.Length, "按输入顺序")
            + "\n<table id=\"" + id + "\" class=\"data\">\n<thead><tr><th>" + ReviewLabels.ProjectName + "</th><th>" + ReviewLabels.Department + "</th><th>" + ReviewLabels.Indicators + "</th><th>文件</th></tr></thead>\n<tbody>\n");
        foreach (var p in projects.Items)
        {
            W("<tr data-index=\"" + p.Index + "\"><td class=\"c-name\">" + E(p.Name) + "</td><td>" + E(ReviewLabels.DepartmentName(p.Department)) + "</td><td>" + p.Indicators.Total + "</td><td class=\"c-source\">" + E(p.Source) + "</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void Kpi(string key, string label, string value, string unit) =>
        W("<div class=\"kpi\"><div class=\"kpi-label\">" + E(label) + "</div><div class=\"kpi-value\"><span data-kpi=\"" + E(key) + "\">" + value + "</span><small>" + unit + "</small></div></div>");

    private static string Counted(long count, int listed, string order) =>
        "<p class=\"note\" data-total=\"" + count + "\" data-listed=\"" + listed + "\">共 " + count + " 条"
        + (count > listed ? "，" + order + "列出前 " + listed + " 条；完整清单见 JSON 报告（或调大 --list-limit）" : count == 0 ? string.Empty : "，" + order) + "。</p>";

    private static string Th(string key, string label, bool numeric = false) =>
        "<th data-key=\"" + key + "\"" + (numeric ? " data-type=\"num\"" : string.Empty) + " scope=\"col\">" + label + "</th>";

    private static string Td(string key, string text, string? value = null) =>
        "<td class=\"c-" + key + "\"" + (value is null ? string.Empty : " data-v=\"" + E(value) + "\"") + ">" + E(text) + "</td>";

    private static string E(string? text) => HtmlText.Escape(text);

    private void W(string text) => writer.Write(text);
}
