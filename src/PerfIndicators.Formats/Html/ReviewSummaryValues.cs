namespace PerfIndicators.Formats.Html;

/// <summary>The values of <c>review-summary.html</c>: every number formatted as the JSON report writes it, every text as shown.</summary>
internal static class ReviewSummaryValues
{
    /// <summary>How many departments the department chart draws.</summary>
    private const int DepartmentsShown = 40;

    public static TemplateValues Of(ReviewSummary s, ReviewHeader h)
    {
        var labels = ReviewHtmlWriter.Templates;
        var t = s.Indicators;
        var e = s.Execution;
        var departments = s.Departments.OrderByDescending(d => d.MeanTotal).ThenBy(d => d.Name is null).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        var grades = s.Grades.Select(g => g.Grade).ToList();
        return new TemplateValues
        {
            ["kpis"] = Kpis(s, labels),
            ["given"] = HtmlText.Count(s.Inputs.Given),
            ["split"] = s.Inputs.NotReported > 0 || s.Inputs.NotAssessable > 0,
            ["read"] = HtmlText.Count(s.Inputs.Read),
            ["assessed"] = HtmlText.Count(s.Inputs.Assessed),
            ["notReported"] = HtmlText.Count(s.Inputs.NotReported),
            ["notAssessable"] = HtmlText.Count(s.Inputs.NotAssessable),
            ["failed"] = HtmlText.Count(s.Inputs.Failed),
            ["skippedCount"] = s.Skipped.IsEmpty ? string.Empty : HtmlText.Count(s.Skipped.Length),
            ["indicatorTotal"] = HtmlText.Count(t.Total),
            ["scored"] = HtmlText.Count(t.Scored),
            ["met"] = HtmlText.Count(t.Met),
            ["partiallyMet"] = HtmlText.Count(t.PartiallyMet),
            ["notMet"] = HtmlText.Count(t.NotMet),
            ["notApplicable"] = HtmlText.Count(t.NotApplicable),
            ["manual"] = HtmlText.Count(t.NeedsManualScoring),
            ["mean"] = s.Totals.Mean is decimal mean ? HtmlText.Number(mean) : "—",
            ["min"] = HtmlText.Number(s.Totals.Min),
            ["max"] = HtmlText.Number(s.Totals.Max),
            ["provisionalCount"] = HtmlText.Count(s.Totals.Provisional),
            ["cappedCount"] = HtmlText.Count(s.Totals.Capped),
            ["meanRate"] = HtmlText.Percent(e.MeanRate),
            ["withRate"] = HtmlText.Count(e.WithRate),
            ["withoutRate"] = HtmlText.Count(e.WithoutRate),
            ["threshold"] = HtmlText.Percent(e.Threshold),
            ["below"] = HtmlText.Count(e.Below),
            ["belowWithoutReason"] = HtmlText.Count(e.BelowWithoutReason),
            ["gradesChart"] = SvgCharts.Grades(s.Grades, s.Totals.Count),
            ["totalsChart"] = SvgCharts.TotalHistogram(s.Totals.Histogram, h, from => GradeAt(s, from)),
            ["departmentsChart"] = SvgCharts.Departments(departments, DepartmentsShown),
            ["departmentsHidden"] = departments.Count > DepartmentsShown,
            ["departmentsShown"] = HtmlText.Count(DepartmentsShown),
            ["departmentCount"] = HtmlText.Count(departments.Count),
            ["scatterChart"] = SvgCharts.Scatter(s.Scatter, e.Threshold, [.. CutoffLines(h)]),
            ["executionChart"] = SvgCharts.RateHistogram(e.Histogram, e.Threshold),
            ["gradeColumns"] = grades.Select((g, i) => new TemplateValues { ["position"] = HtmlText.Count(i), ["label"] = ReviewHtmlWriter.GradeLabel(g) }).ToList(),
            ["departments"] = s.Departments.Select(d =>
            {
                var department = Group(d, grades, ReviewHtmlWriter.DepartmentName(d.Name));
                department["href"] = null;
                return department;
            }).ToList(),
            ["units"] = s.Departments.SelectMany(d => d.Units.Select(u =>
            {
                var unit = Group(u, grades, ReviewHtmlWriter.UnitName(u.Name));
                unit["department"] = ReviewHtmlWriter.DepartmentName(d.Name);
                return unit;
            })).ToList(),
            ["lowestCount"] = HtmlText.Count(s.Lowest.Length),
            ["lowest"] = s.Lowest.Select((p, i) => new TemplateValues
            {
                ["index"] = HtmlText.Count(p.Index),
                ["rank"] = HtmlText.Count(i + 1),
                ["name"] = p.Name,
                ["department"] = ReviewHtmlWriter.DepartmentName(p.Department),
                ["unit"] = ReviewHtmlWriter.UnitName(p.Unit),
                ["total"] = HtmlText.Number(p.Total),
                ["grade"] = ReviewHtmlWriter.GradeLabel(p.Grade ?? string.Empty),
                ["rate"] = HtmlText.Percent(p.ExecutionRate),
                ["rateValue"] = HtmlText.RateValue(p.ExecutionRate),
                ["losses"] = p.Costliest.Select((l, j) => new TemplateValues
                {
                    ["first"] = j == 0,
                    ["name"] = l.Name,
                    ["points"] = HtmlText.Number(l.Points),
                    ["score"] = l.Score is decimal score ? HtmlText.Number(score) : Outcome(l.Outcome, labels),
                    ["lost"] = HtmlText.Number(l.Lost),
                }).ToList(),
            }).ToList(),
            ["execution"] = Counted(e.Lowest, labels.Plain("review.lowExecution.order"), n => new TemplateValues
            {
                ["index"] = HtmlText.Count(n.Project.Index),
                ["name"] = n.Project.Name,
                ["department"] = ReviewHtmlWriter.DepartmentName(n.Project.Department),
                ["unit"] = ReviewHtmlWriter.UnitName(n.Project.Unit),
                ["rate"] = HtmlText.Percent(n.Rate),
                ["rateValue"] = HtmlText.RateValue(n.Rate),
                ["score"] = HtmlText.Number(n.Score),
                ["total"] = HtmlText.Number(n.Total),
                ["reasonGiven"] = n.ReasonGiven,
            }),
            ["categoryLosses"] = s.LossByCategory.Select(l => new TemplateValues
            {
                ["category"] = l.Category ?? labels.Plain("review.noCategory"),
                ["subcategory"] = l.Subcategory ?? "—",
                ["indicators"] = HtmlText.Count(l.Indicators),
                ["points"] = HtmlText.Number(l.Points),
                ["lost"] = HtmlText.Number(l.Lost),
            }).ToList(),
            ["notes"] = new List<TemplateValues>
            {
                Notes("missing-reasons", labels.Plain("review.notes.missing"), s.MissingDeviationReasons, showRatio: false, labels),
                Notes("over-achievement", labels.Plain("review.notes.over"), s.OverAchievements, showRatio: true, labels),
                Notes("manual", labels.Plain("review.notes.manual"), s.NeedsManualScoring, showRatio: false, labels),
            },
            ["codes"] = s.FindingCounts.Select(c => new TemplateValues
            {
                ["code"] = c.Code,
                ["severity"] = c.Severity.ToName(),
                ["count"] = HtmlText.Count(c.Count),
            }).ToList(),
            ["unassessed"] = new[]
            {
                Unassessed("not-reported", labels.Plain("review.notReported"), labels.Plain("review.notReported.why"), s.NotReported, labels),
                Unassessed("not-assessable", labels.Plain("review.notAssessable"), labels.Plain("review.notAssessable.why"), s.NotAssessable, labels),
            }.OfType<TemplateValues>().ToList(),
            ["failures"] = Counted(s.Failures, labels.Plain("review.inputOrder"), f => new TemplateValues
            {
                ["index"] = HtmlText.Count(f.Index),
                ["source"] = f.Source,
                ["errors"] = f.Errors.Select((error, i) => new TemplateValues { ["first"] = i == 0, ["text"] = error.Text }).ToList(),
            }),
            ["policyMismatches"] = s.PolicyMismatches.Items.IsEmpty ? null : Counted(s.PolicyMismatches, labels.Plain("review.policyMismatches.order", new TemplateValues { ["policyId"] = s.Header.PolicyId }), m => new TemplateValues
            {
                ["index"] = HtmlText.Count(m.Project.Index),
                ["name"] = m.Project.Name,
                ["source"] = m.Project.Source,
                ["requested"] = m.Requested,
            }),
            ["readWarnings"] = s.ReadWarnings.Items.IsEmpty ? null : Counted(s.ReadWarnings, labels.Plain("review.inputOrder"), w => new TemplateValues
            {
                ["index"] = HtmlText.Count(w.Index),
                ["source"] = w.Source,
                ["message"] = w.Warning.Text,
            }),
            ["skipped"] = s.Skipped.IsEmpty ? null : new TemplateValues
            {
                ["items"] = s.Skipped.Select(k => new TemplateValues { ["path"] = k.Path, ["reason"] = k.Reason }).ToList(),
            },
            ["contract"] = ReviewJsonWriter.ContractId,
            ["script"] = HtmlAssets.Script,
        };
    }

    private static List<TemplateValues> Kpis(ReviewSummary s, PageTemplates labels)
    {
        var unit = labels.Plain("review.kpi.unit");
        var kpis = new List<TemplateValues>
        {
            Kpi("projects", labels.Plain("review.projects"), HtmlText.Count(s.Totals.Count), unit),
            Kpi("indicators", labels.Plain("review.indicators"), HtmlText.Count(s.Indicators.Total), unit),
            Kpi("mean", labels.Plain("review.meanTotal"), s.Totals.Mean is decimal mean ? HtmlText.Number(mean) : "—", labels.Plain("review.kpi.points")),
        };
        kpis.AddRange(s.Grades.Select(grade => Kpi(
            "grade-" + grade.Grade, labels.Plain("review.kpi.grade", new TemplateValues { ["grade"] = ReviewHtmlWriter.GradeLabel(grade.Grade) }), HtmlText.Count(grade.Count), unit)));
        kpis.Add(Kpi("below", labels.Plain("review.kpi.below", new TemplateValues { ["threshold"] = HtmlText.Percent(s.Execution.Threshold) }), HtmlText.Count(s.Execution.Below), unit));
        kpis.Add(Kpi("failed", labels.Plain("review.kpi.failed"), HtmlText.Count(s.Inputs.Failed), labels.Plain("review.kpi.files")));
        if (s.Inputs.NotReported > 0 || s.Inputs.NotAssessable > 0)
        {
            kpis.Add(Kpi("not-reported", labels.Plain("review.kpi.notReported"), HtmlText.Count(s.Inputs.NotReported), unit));
            kpis.Add(Kpi("not-assessable", labels.Plain("review.kpi.notAssessable"), HtmlText.Count(s.Inputs.NotAssessable), unit));
        }

        return kpis;
    }

    private static TemplateValues Kpi(string key, string label, string value, string unit) =>
        new() { ["key"] = key, ["label"] = label, ["value"] = value, ["unit"] = unit };

    /// <summary>The cells of one department or unit row (<c>review-group-cells.html</c>).</summary>
    internal static TemplateValues Group(GroupSummary g, List<string> grades, string name) => new()
    {
        ["name"] = name,
        ["projects"] = HtmlText.Count(g.Projects),
        ["indicators"] = HtmlText.Count(g.Indicators),
        ["gradeCounts"] = grades.Select((grade, i) => new TemplateValues
        {
            ["position"] = HtmlText.Count(i),
            ["count"] = HtmlText.Count(g.Grades.FirstOrDefault(c => c.Grade == grade)?.Count ?? 0),
        }).ToList(),
        ["mean"] = HtmlText.Number(g.MeanTotal),
        ["min"] = HtmlText.Number(g.MinTotal),
        ["max"] = HtmlText.Number(g.MaxTotal),
        ["rate"] = HtmlText.Percent(g.MeanExecutionRate),
        ["rateValue"] = HtmlText.RateValue(g.MeanExecutionRate),
        ["below"] = HtmlText.Count(g.BelowThreshold),
        ["missing"] = HtmlText.Count(g.MissingDeviationReasons),
        ["over"] = HtmlText.Count(g.OverAchievements),
        ["manual"] = HtmlText.Count(g.NeedsManualScoring),
        ["lost"] = HtmlText.Number(g.PointsLost),
    };

    private static TemplateValues Notes(string id, string title, ListSample<IndicatorNote> notes, bool showRatio, PageTemplates labels)
    {
        var values = Counted(notes, labels.Plain("review.inputOrder"), n => new TemplateValues
        {
            ["index"] = HtmlText.Count(n.Project.Index),
            ["name"] = n.Project.Name,
            ["department"] = ReviewHtmlWriter.DepartmentName(n.Project.Department),
            ["indicator"] = n.Indicator,
            ["target"] = n.Target,
            ["actual"] = n.Actual,
            ["points"] = HtmlText.Number(n.Points),
            ["score"] = n.Score is decimal score ? HtmlText.Number(score) : "—",
            ["ratio"] = HtmlText.Percent(n.CompletionRatio),
            ["message"] = n.Message,
        });
        values["id"] = id;
        values["title"] = title;
        values["showRatio"] = showRatio;
        return values;
    }

    private static TemplateValues? Unassessed(string id, string title, string why, ListSample<ReviewedProject> projects, PageTemplates labels)
    {
        if (projects.Count == 0)
        {
            return null;
        }

        var values = Counted(projects, labels.Plain("review.inputOrder"), p => new TemplateValues
        {
            ["index"] = HtmlText.Count(p.Index),
            ["name"] = p.Name,
            ["department"] = ReviewHtmlWriter.DepartmentName(p.Department),
            ["indicators"] = HtmlText.Count(p.Indicators.Total),
            ["source"] = p.Source,
        });
        values["id"] = id;
        values["title"] = title;
        values["why"] = why;
        return values;
    }

    /// <summary>A listed sample with the values of <c>review-counted.html</c>: how many, how many listed, in which order.</summary>
    private static TemplateValues Counted<T>(ListSample<T> sample, string order, Func<T, TemplateValues> item) => new()
    {
        ["count"] = HtmlText.Count(sample.Count),
        ["listed"] = HtmlText.Count(sample.Items.Length),
        ["truncated"] = sample.Count > sample.Items.Length,
        ["ordered"] = sample.Count <= sample.Items.Length && sample.Count > 0,
        ["order"] = order,
        ["hasItems"] = !sample.Items.IsEmpty,
        ["items"] = sample.Items.Select(item).ToList(),
    };

    private static string Outcome(IndicatorOutcome outcome, PageTemplates labels) => labels.Plain(outcome switch
    {
        IndicatorOutcome.Met => "review.outcome.met",
        IndicatorOutcome.PartiallyMet => "review.outcome.partiallyMet",
        IndicatorOutcome.NotMet => "review.outcome.notMet",
        IndicatorOutcome.NotApplicable => "review.outcome.notApplicable",
        _ => "review.outcome.needsManualScoring",
    });

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
}
