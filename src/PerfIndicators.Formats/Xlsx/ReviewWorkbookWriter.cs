using System.Collections.Immutable;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Writes a review (年度绩效评价汇总) as an xlsx workbook with one sheet per view: 概况 (the counts and how they add up),
/// 项目 (every project), 部门 (each 主管部门 and its 实施单位) and 发现 (the finding lists and the files that could not be
/// read). Numbers are the JSON report's numbers (totals as written, rates as the 4-decimal fraction shown as a percent).
/// </summary>
/// <remarks>
/// Unlike the JSON and HTML writers this one is not streaming: the xlsx builder keeps every cell until
/// <see cref="Complete"/> writes the file, so memory grows with the number of projects (about 14 cells a project).
/// For reviews of many tens of thousands of projects, prefer the JSON or HTML report. Output is deterministic.
/// </remarks>
public sealed class ReviewWorkbookWriter : IReviewSink
{
    private static readonly CellStyle Text = CellStyle.Body with { VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Score = CellStyle.Body with { NumberFormat = "0.00", VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Rate = CellStyle.Body with { NumberFormat = "0.00%", VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Count = CellStyle.Body with { NumberFormat = "0", VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Title = CellStyle.Default with { Bold = true };

    private readonly Stream output;
    private readonly WorkbookBuilder workbook = new();
    private SheetBuilder? overview;
    private SheetBuilder? projects;
    private int projectRow = 1;

    /// <summary>Creates a writer; the workbook is written to <paramref name="stream"/> when the review completes.</summary>
    /// <param name="stream">The stream; not disposed.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    public ReviewWorkbookWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        output = stream;
    }

    /// <summary>The sheet names, in tab order.</summary>
    public static ImmutableArray<string> SheetNames { get; } = ["概况", "项目", "部门", "发现"];

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        workbook.Title = "年度预算绩效评价汇总（" + header.PolicyName + "）";
        overview = workbook.AddSheet(SheetNames[0]);
        projects = workbook.AddSheet(SheetNames[1]);
        Header(projects, ["序号", "项目名称", "主管部门", "实施单位", "总分", "等级", "执行率", "指标", "失分", "缺偏差原因", "超额完成", "需人工评分", "暂定", "文件"],
            [6, 30, 18, 18, 8, 6, 9, 6, 8, 10, 9, 10, 6, 28]);
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        var sheet = projects ?? throw new InvalidOperationException("Begin was not called.");
        var row = ++projectRow;
        sheet.SetNumber(row, 1, project.Index + 1, Count)
            .SetText(row, 2, project.Name, Text)
            .SetText(row, 3, project.Department ?? "（未填写主管部门）", Text)
            .SetText(row, 4, project.Unit ?? "（未填写实施单位）", Text);
        if (project.Status == AssessmentStatus.Assessed)
        {
            sheet.SetNumber(row, 5, project.Total, Score).SetText(row, 6, project.Grade ?? string.Empty, Text);
        }
        else
        {
            sheet.SetText(row, 6, project.Status.ToLabel(), Text);
        }

        RateCell(sheet, row, 7, project.ExecutionRate);
        sheet.SetNumber(row, 8, project.Indicators.Total, Count)
            .SetNumber(row, 9, project.PointsLost, Score)
            .SetNumber(row, 10, project.MissingDeviationReasons, Count)
            .SetNumber(row, 11, project.OverAchievements, Count)
            .SetNumber(row, 12, project.Indicators.NeedsManualScoring, Count)
            .SetText(row, 13, project.IsProvisional ? "是" : string.Empty, Text)
            .SetText(row, 14, project.Source, Text);
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);

        // Failures are listed on the 发现 sheet from the summary.
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sheet = overview ?? throw new InvalidOperationException("Begin was not called.");
        projects!.FreezePanes(1);
        WriteOverview(sheet, summary);
        WriteDepartments(workbook.AddSheet(SheetNames[2]), summary);
        WriteFindings(workbook.AddSheet(SheetNames[3]), summary);
        foreach (var printed in workbook.Sheets)
        {
            // Every sheet prints A4 landscape one page wide; the tables repeat their header row on every page.
            var setup = PrintSetup.Form with { FooterLeft = workbook.Title + " — " + printed.Name };
            printed.FitRowsToContent().SetPrint(printed == sheet ? setup : setup.RepeatingRows(1));
        }

        workbook.WriteTo(output);
        output.Flush();
    }

    private static void WriteOverview(SheetBuilder sheet, ReviewSummary s)
    {
        sheet.SetColumnWidth(1, 22).SetColumnWidth(2, 14).SetColumnWidth(3, 60);
        sheet.SetText(1, 1, "年度预算绩效评价汇总", Title).SetText(2, 1, "评分办法", Text).SetText(2, 2, s.Header.PolicyId + " " + s.Header.PolicyVersion, Text)
            .SetText(2, 3, s.Header.PolicyName, Text);
        var t = s.Indicators;
        var row = 3;
        var unassessed = s.Inputs.NotReported > 0 || s.Inputs.NotAssessable > 0;
        if (unassessed)
        {
            Line("输入文件", s.Inputs.Given, "= 已评分 " + s.Inputs.Assessed + " + 未填报 " + s.Inputs.NotReported + " + 不可评价 " + s.Inputs.NotAssessable + " + 无法读取 " + s.Inputs.Failed);
            Line("已评分项目", s.Inputs.Assessed, null);
            Line("未填报", s.Inputs.NotReported, "不计分、不计入统计，名单见「发现」");
            Line("不可评价（没有绩效指标）", s.Inputs.NotAssessable, "不计分、不计入统计，名单见「发现」");
        }
        else
        {
            Line("输入文件", s.Inputs.Given, "= 已评分 " + s.Inputs.Read + " + 无法读取 " + s.Inputs.Failed);
            Line("已评分项目", s.Inputs.Read, null);
        }

        Line("无法读取", s.Inputs.Failed, "原因见「发现」");
        Line("指标", t.Total, "= 已评分 " + t.Scored + " + 不适用 " + t.NotApplicable + " + 需人工评分 " + t.NeedsManualScoring);
        Line("已评分指标", t.Scored, "达成 " + t.Met + "、部分达成 " + t.PartiallyMet + "、未达成 " + t.NotMet);
        Line("不适用", t.NotApplicable, null);
        Line("需人工评分", t.NeedsManualScoring, null);
        foreach (var grade in s.Grades)
        {
            Line("等级 " + (grade.Grade.Length == 0 ? "（无等级）" : grade.Grade), grade.Count, null);
        }

        row++;
        sheet.SetText(row, 1, "平均分", Text);
        if (s.Totals.Mean is decimal mean)
        {
            sheet.SetNumber(row, 2, mean, Score);
        }

        sheet.SetText(row, 3, "最低 " + s.Totals.Min + "，最高 " + s.Totals.Max, Text);
        row++;
        sheet.SetText(row, 1, "平均执行率", Text);
        RateCell(sheet, row, 2, s.Execution.MeanRate);
        sheet.SetText(row, 3, s.Execution.WithRate + " 个项目有执行率，" + s.Execution.WithoutRate + " 个无法计算", Text);
        Line("执行率偏低项目", s.Execution.Below, "其中未说明原因 " + s.Execution.BelowWithoutReason);
        Line("缺少偏差原因", s.MissingDeviationReasons.Count, null);
        Line("完成值远超指标值", s.OverAchievements.Count, null);

        void Line(string label, long value, string? note)
        {
            row++;
            sheet.SetText(row, 1, label, Text).SetNumber(row, 2, value, Count);
            if (note is not null)
            {
                sheet.SetText(row, 3, note, Text);
            }
        }
    }

    private static void WriteDepartments(SheetBuilder sheet, ReviewSummary s)
    {
        var grades = s.Grades.Select(g => g.Grade).ToImmutableArray();
        string[] heads = ["主管部门", "实施单位", "项目", "指标", .. grades.Select(g => g.Length == 0 ? "（无等级）" : g), "平均分", "最低分", "最高分", "平均执行率", "执行率偏低", "缺偏差原因", "超额完成", "需人工评分", "失分"];
        // Counts take 7; scores and rates 9, room for 100.00 and 100.00% (a number wider than its column prints as ###).
        Header(sheet, heads, [24, 24, .. Enumerable.Repeat(7, 2 + grades.Length), 9, 9, 9, 9, 7, 7, 7, 7, 9]);
        var row = 1;
        foreach (var department in s.Departments)
        {
            Group(++row, department, null);
            foreach (var unit in department.Units)
            {
                Group(++row, unit, department.Name ?? "（未填写主管部门）");
            }
        }

        sheet.FreezePanes(1);

        void Group(int r, GroupSummary g, string? departmentOfUnit)
        {
            sheet.SetText(r, 1, departmentOfUnit ?? g.Name ?? "（未填写主管部门）", departmentOfUnit is null ? Text with { Bold = true } : Text)
                .SetText(r, 2, departmentOfUnit is null ? "（合计）" : g.Name ?? "（未填写实施单位）", Text)
                .SetNumber(r, 3, g.Projects, Count).SetNumber(r, 4, g.Indicators, Count);
            var c = 5;
            foreach (var grade in grades)
            {
                sheet.SetNumber(r, c++, g.Grades.FirstOrDefault(x => x.Grade == grade)?.Count ?? 0, Count);
            }

            sheet.SetNumber(r, c++, g.MeanTotal, Score).SetNumber(r, c++, g.MinTotal, Score).SetNumber(r, c++, g.MaxTotal, Score);
            RateCell(sheet, r, c++, g.MeanExecutionRate);
            sheet.SetNumber(r, c++, g.BelowThreshold, Count).SetNumber(r, c++, g.MissingDeviationReasons, Count).SetNumber(r, c++, g.OverAchievements, Count)
                .SetNumber(r, c++, g.NeedsManualScoring, Count).SetNumber(r, c, g.PointsLost, Score);
        }
    }

    private static void WriteFindings(SheetBuilder sheet, ReviewSummary s)
    {
        Header(sheet, ["类别", "项目名称", "主管部门", "实施单位", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "说明", "文件"], [12, 22, 16, 16, 22, 12, 12, 7, 7, 44, 28]);
        var row = 1;
        foreach (var p in s.Lowest)
        {
            var losses = string.Join("；", p.Costliest.Select(l => l.Name + "（失 " + l.Lost + "）"));
            Entry("得分最低", p, null, null, null, null, p.Total, "总分 " + p.Total + "，等级 " + p.Grade + "；失分最多：" + losses);
        }

        foreach (var n in s.Execution.Lowest.Items)
        {
            Entry("执行率偏低", n.Project, "预算执行率", null, null, null, n.Score, "执行率 " + Percent(n.Rate) + (n.ReasonGiven ? "，已说明原因" : "，未说明原因"));
        }

        Notes("缺少偏差原因", s.MissingDeviationReasons);
        Notes("完成值远超指标值", s.OverAchievements);
        Notes("需人工评分", s.NeedsManualScoring);
        foreach (var p in s.NotReported.Items)
        {
            Entry("未填报", p, null, null, null, null, null, "指标 " + p.Indicators.Total + " 项均未填写实际完成值，也未填写全年执行数；不计分");
        }

        foreach (var p in s.NotAssessable.Items)
        {
            Entry("不可评价", p, null, null, null, null, null, "没有绩效指标，不给总分和等级");
        }

        foreach (var f in s.Failures.Items)
        {
            row++;
            sheet.SetText(row, 1, "无法读取", Text).SetText(row, 10, string.Join("；", f.Errors.Select(e => e.Text)), Text).SetText(row, 11, f.Source, Text);
        }

        foreach (var m in s.PolicyMismatches.Items)
        {
            Entry("评分办法不一致", m.Project, null, null, null, null, null, "文件指定 " + m.Requested + "，本次按 " + s.Header.PolicyId + " 评分");
        }

        foreach (var w in s.ReadWarnings.Items)
        {
            row++;
            sheet.SetText(row, 1, "读取警告", Text).SetText(row, 10, w.Warning.Text, Text).SetText(row, 11, w.Source, Text);
        }

        foreach (var k in s.Skipped)
        {
            row++;
            sheet.SetText(row, 1, "不是输入", Text).SetText(row, 10, k.Reason, Text).SetText(row, 11, k.Path, Text);
        }

        Unlisted("缺少偏差原因", s.MissingDeviationReasons.Unlisted);
        Unlisted("完成值远超指标值", s.OverAchievements.Unlisted);
        Unlisted("需人工评分", s.NeedsManualScoring.Unlisted);
        Unlisted("执行率偏低", s.Execution.Lowest.Unlisted);
        Unlisted("无法读取", s.Failures.Unlisted);
        sheet.FreezePanes(1);

        void Notes(string kind, ListSample<IndicatorNote> notes)
        {
            foreach (var n in notes.Items)
            {
                Entry(kind, n.Project, n.Indicator, n.Target, n.Actual, n.Points, n.Score, n.Message);
            }
        }

        void Unlisted(string kind, long count)
        {
            if (count > 0)
            {
                row++;
                sheet.SetText(row, 1, kind, Text).SetText(row, 10, "另有 " + count + " 条未列出（见 JSON 报告，或调大 --list-limit）", Text);
            }
        }

        void Entry(string kind, ReviewedProject project, string? indicator, string? target, string? actual, decimal? points, decimal? score, string message)
        {
            row++;
            sheet.SetText(row, 1, kind, Text).SetText(row, 2, project.Name, Text).SetText(row, 3, project.Department ?? "（未填写主管部门）", Text)
                .SetText(row, 4, project.Unit ?? "（未填写实施单位）", Text).SetText(row, 5, indicator ?? string.Empty, Text).SetText(row, 6, target ?? string.Empty, Text)
                .SetText(row, 7, actual ?? string.Empty, Text).SetText(row, 10, message, Text).SetText(row, 11, project.Source, Text);
            if (points is decimal p)
            {
                sheet.SetNumber(row, 8, p, Score);
            }

            if (score is decimal sc)
            {
                sheet.SetNumber(row, 9, sc, Score);
            }
        }
    }

    private static void Header(SheetBuilder sheet, string[] heads, int[] widths)
    {
        for (var c = 0; c < heads.Length; c++)
        {
            sheet.SetText(1, c + 1, heads[c], CellStyle.Header).SetColumnWidth(c + 1, widths[c]);
        }
    }

    private static void RateCell(SheetBuilder sheet, int row, int column, decimal? rate)
    {
        if (rate is decimal r)
        {
            sheet.SetNumber(row, column, decimal.Round(r, 4, MidpointRounding.AwayFromZero), Rate);
        }
        else
        {
            sheet.SetText(row, column, "—", Text);
        }
    }

    private static string Percent(decimal rate) =>
        decimal.Round(rate * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
