using System.Collections.Immutable;
using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// The charts of the HTML report as inline SVG, computed from the summary in <c>decimal</c> and written with invariant
/// digits: no script, no library, no network. Every mark carries its number in a <c>data-</c> attribute and a
/// <c>&lt;title&gt;</c> tooltip. Their texts are the <c>chart.*</c> labels of <c>Html/Templates/labels.txt</c>.
/// </summary>
internal static class SvgCharts
{
    private const string Axis = "#5f6b7a";
    private const string Grid = "#e3e7ed";
    private static readonly string[] GradeColors = ["#2e7d32", "#1565c0", "#ef8f00", "#c62828"];
    private const string OtherColor = "#8a94a3";

    public static string GradeColor(int position) => position >= 0 && position < GradeColors.Length ? GradeColors[position] : OtherColor;

    /// <summary>Projects per grade: one vertical bar per grade with its count and share.</summary>
    public static string Grades(ImmutableArray<GradeCount> grades, long projects)
    {
        const decimal Width = 420m, Height = 240m, Left = 44m, Right = 16m, Top = 24m, Bottom = 34m;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var max = Math.Max(1L, grades.IsEmpty ? 1L : grades.Max(g => g.Count));
        var top = NiceCeiling(max);
        var svg = Open("grades", Width, Height, Label("chart.grades.title"));
        YAxis(svg, Left, Top, plotWidth, plotHeight, top, 4);
        var slot = plotWidth / Math.Max(1, grades.Length);
        var barWidth = Math.Min(64m, slot * 0.6m);
        for (var i = 0; i < grades.Length; i++)
        {
            var grade = grades[i];
            var h = plotHeight * grade.Count / top;
            var x = Left + (slot * i) + ((slot - barWidth) / 2m);
            var y = Top + plotHeight - h;
            var label = ReviewHtmlWriter.GradeLabel(grade.Grade);
            var values = new TemplateValues { ["label"] = label, ["count"] = HtmlText.Count(grade.Count), ["share"] = HtmlText.Share(grade.Count, projects) };
            svg.Append("<rect class=\"bar\" data-grade=\"").Append(HtmlText.Escape(grade.Grade)).Append("\" data-count=\"").Append(grade.Count)
                .Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(barWidth)).Append("\" height=\"").Append(C(h))
                .Append("\" fill=\"").Append(GradeColor(i)).Append("\"><title>").Append(HtmlText.Escape(Label("chart.grades.bar", values))).Append("</title></rect>");
            Text(svg, x + (barWidth / 2m), y - 6m, Label("chart.grades.value", values), "middle", "value");
            Text(svg, x + (barWidth / 2m), Top + plotHeight + 20m, label, "middle", "label");
        }

        return Close(svg);
    }

    /// <summary>Totals in 5-point bins, each bar coloured by the grade its lower bound earns.</summary>
    public static string TotalHistogram(ImmutableArray<HistogramBin> bins, ReviewHeader header, Func<decimal, string> gradeOf)
    {
        const decimal Width = 520m, Height = 240m, Left = 44m, Right = 12m, Top = 18m, Bottom = 34m;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var top = NiceCeiling(Math.Max(1L, bins.IsEmpty ? 1L : bins.Max(b => b.Count)));
        var svg = Open("totals", Width, Height, Label("chart.totals.title"));
        YAxis(svg, Left, Top, plotWidth, plotHeight, top, 4);
        var slot = plotWidth / Math.Max(1, bins.Length);
        for (var i = 0; i < bins.Length; i++)
        {
            var bin = bins[i];
            var h = plotHeight * bin.Count / top;
            var x = Left + (slot * i) + 1m;
            var y = Top + plotHeight - h;
            var values = new TemplateValues { ["from"] = HtmlText.Number(bin.From), ["to"] = HtmlText.Number(bin.To), ["open"] = i < bins.Length - 1, ["count"] = HtmlText.Count(bin.Count) };
            svg.Append("<rect class=\"bar\" data-from=\"").Append(HtmlText.Number(bin.From)).Append("\" data-count=\"").Append(bin.Count)
                .Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(slot - 2m)).Append("\" height=\"").Append(C(h))
                .Append("\" fill=\"").Append(GradeColor(header.Grades.IndexOf(gradeOf(bin.From)))).Append("\"><title>")
                .Append(HtmlText.Escape(Label("chart.totals.bar", values))).Append("</title></rect>");
            if (bin.Count > 0)
            {
                Text(svg, x + ((slot - 2m) / 2m), y - 4m, bin.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "middle", "value small");
            }

            if (i % 2 == 0)
            {
                Text(svg, Left + (slot * i), Top + plotHeight + 16m, HtmlText.Number(bin.From), "middle", "label");
            }
        }

        Text(svg, Left + plotWidth, Top + plotHeight + 16m, "100", "middle", "label");
        Text(svg, Left + (plotWidth / 2m), Height - 2m, Label("chart.totals.axis"), "middle", "label");
        return Close(svg);
    }

    /// <summary>Projects per execution-rate bin, bars below the threshold in red.</summary>
    public static string RateHistogram(ImmutableArray<HistogramBin> bins, decimal threshold)
    {
        const decimal Width = 520m, Height = 240m, Left = 44m, Right = 12m, Top = 18m, Bottom = 34m;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var top = NiceCeiling(Math.Max(1L, bins.IsEmpty ? 1L : bins.Max(b => b.Count)));
        var svg = Open("execution", Width, Height, Label("chart.execution.title"));
        YAxis(svg, Left, Top, plotWidth, plotHeight, top, 4);
        var slot = plotWidth / Math.Max(1, bins.Length);
        var barWidth = slot * 0.7m;
        for (var i = 0; i < bins.Length; i++)
        {
            var bin = bins[i];
            var h = plotHeight * bin.Count / top;
            var x = Left + (slot * i) + ((slot - barWidth) / 2m);
            var y = Top + plotHeight - h;
            var label = bin.To is decimal to
                ? (bin.From == 0m ? Label("chart.execution.below", new() { ["to"] = HtmlText.Percent(to) }) : HtmlText.Percent(bin.From) + "–" + HtmlText.Percent(to))
                : "≥" + HtmlText.Percent(bin.From);
            svg.Append("<rect class=\"bar\" data-from=\"").Append(HtmlText.Number(bin.From)).Append("\" data-count=\"").Append(bin.Count)
                .Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(barWidth)).Append("\" height=\"").Append(C(h))
                .Append("\" fill=\"").Append(bin.From < threshold ? "#c62828" : "#1565c0").Append("\"><title>")
                .Append(HtmlText.Escape(Label("chart.execution.bar", new() { ["label"] = label, ["count"] = HtmlText.Count(bin.Count) }))).Append("</title></rect>");
            if (bin.Count > 0)
            {
                Text(svg, x + (barWidth / 2m), y - 4m, bin.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "middle", "value");
            }

            Text(svg, x + (barWidth / 2m), Top + plotHeight + 16m, label, "middle", "label small");
        }

        return Close(svg);
    }

    /// <summary>Mean total per department as horizontal bars on a 0–100 scale, with the min–max range as a line.</summary>
    public static string Departments(IReadOnlyList<GroupSummary> departments, int shown)
    {
        const decimal Width = 760m, Left = 230m, Right = 70m, Top = 26m, Row = 24m, Bottom = 28m;
        var list = departments.Take(shown).ToList();
        var height = Top + (Row * Math.Max(1, list.Count)) + Bottom;
        var plotWidth = Width - Left - Right;
        var svg = Open("departments", Width, height, Label("chart.departments.title"));
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var x = Left + (plotWidth * tick / 100m);
            Line(svg, x, Top - 6m, x, Top + (Row * list.Count), Grid);
            Text(svg, x, Top - 10m, tick.ToString(System.Globalization.CultureInfo.InvariantCulture), "middle", "label");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i];
            var y = Top + (Row * i);
            var name = ReviewHtmlWriter.DepartmentName(d.Name);
            var label = name.Length > 16 ? name[..15] + "…" : name;
            Text(svg, Left - 8m, y + 16m, label, "end", "label");
            var w = plotWidth * d.MeanTotal / 100m;
            svg.Append("<rect class=\"bar\" data-department=\"").Append(HtmlText.Escape(d.Name ?? string.Empty)).Append("\" data-mean=\"").Append(HtmlText.Number(d.MeanTotal))
                .Append("\" x=\"").Append(C(Left)).Append("\" y=\"").Append(C(y + 5m)).Append("\" width=\"").Append(C(w)).Append("\" height=\"").Append(C(Row - 10m))
                .Append("\" fill=\"#4f7cac\"><title>").Append(HtmlText.Escape(Label("chart.departments.bar", new()
                {
                    ["name"] = name,
                    ["mean"] = HtmlText.Number(d.MeanTotal),
                    ["min"] = HtmlText.Number(d.MinTotal),
                    ["max"] = HtmlText.Number(d.MaxTotal),
                    ["projects"] = HtmlText.Count(d.Projects),
                }))).Append("</title></rect>");
            var y0 = y + (Row / 2m);
            Line(svg, Left + (plotWidth * d.MinTotal / 100m), y0, Left + (plotWidth * d.MaxTotal / 100m), y0, "#1d2b3a");
            Text(svg, Left + w + 6m, y + 16m, HtmlText.Number(d.MeanTotal), "start", "value");
        }

        return Close(svg);
    }

    /// <summary>Execution rate (x) against total (y): one bubble per occupied cell, its area proportional to the projects in it.</summary>
    public static string Scatter(ImmutableArray<ScatterCell> cells, decimal threshold, ImmutableArray<GradeCutoffLine> cutoffs)
    {
        const decimal Width = 520m, Height = 340m, Left = 44m, Right = 16m, Top = 16m, Bottom = 40m;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        const decimal XMax = 106m; // 0–100% plus a column for above 100%
        var svg = Open("scatter", Width, Height, Label("chart.scatter.title"));
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var x = Left + (plotWidth * tick / XMax);
            var y = Top + plotHeight - (plotHeight * tick / 100m);
            Line(svg, x, Top, x, Top + plotHeight, Grid);
            Line(svg, Left, y, Left + plotWidth, y, Grid);
            Text(svg, x, Top + plotHeight + 16m, tick + "%", "middle", "label");
            Text(svg, Left - 6m, y + 4m, tick.ToString(System.Globalization.CultureInfo.InvariantCulture), "end", "label");
        }

        var band = Left + (plotWidth * 102m / XMax);
        svg.Append("<rect x=\"").Append(C(band)).Append("\" y=\"").Append(C(Top)).Append("\" width=\"").Append(C(Left + plotWidth - band)).Append("\" height=\"").Append(C(plotHeight))
            .Append("\" fill=\"#f4f6f9\"/>");
        Text(svg, Left + (plotWidth * 104m / XMax), Top + 10m, Label("chart.scatter.overspent"), "middle", "label small");
        var tx = Left + (plotWidth * threshold * 100m / XMax);
        svg.Append("<line class=\"threshold\" x1=\"").Append(C(tx)).Append("\" y1=\"").Append(C(Top)).Append("\" x2=\"").Append(C(tx)).Append("\" y2=\"").Append(C(Top + plotHeight))
            .Append("\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/>");
        foreach (var cutoff in cutoffs)
        {
            var y = Top + plotHeight - (plotHeight * cutoff.MinTotal / 100m);
            svg.Append("<line x1=\"").Append(C(Left)).Append("\" y1=\"").Append(C(y)).Append("\" x2=\"").Append(C(Left + plotWidth)).Append("\" y2=\"").Append(C(y))
                .Append("\" stroke=\"").Append(cutoff.Color).Append("\" stroke-dasharray=\"2 4\"/>");
            Text(svg, Left + plotWidth - 2m, y - 3m, cutoff.Grade + " ≥" + HtmlText.Number(cutoff.MinTotal), "end", "label small");
        }

        foreach (var cell in cells)
        {
            var xValue = cell.RatePercent > 100 ? 104m : cell.RatePercent + 0.5m;
            var x = Left + (plotWidth * xValue / XMax);
            var y = Top + plotHeight - (plotHeight * (Math.Min(cell.Score, 100) + 0.5m) / 100.5m);
            var r = Math.Min(14m, 3m + (2m * HtmlText.SquareRoot(cell.Count - 1)));
            var rate = cell.RatePercent > 100 ? Label("chart.scatter.above") : cell.RatePercent + "%–" + (cell.RatePercent + 1) + "%";
            svg.Append("<circle class=\"dot\" data-rate=\"").Append(cell.RatePercent).Append("\" data-score=\"").Append(cell.Score).Append("\" data-count=\"").Append(cell.Count)
                .Append("\" cx=\"").Append(C(x)).Append("\" cy=\"").Append(C(y)).Append("\" r=\"").Append(C(r)).Append("\" fill=\"")
                .Append(cell.RatePercent < threshold * 100m ? "#c62828" : "#1565c0").Append("\" fill-opacity=\"0.55\"><title>")
                .Append(HtmlText.Escape(Label("chart.scatter.dot", new()
                {
                    ["rate"] = rate,
                    ["from"] = HtmlText.Count(cell.Score),
                    ["to"] = HtmlText.Count(cell.Score + 1),
                    ["count"] = HtmlText.Count(cell.Count),
                }))).Append("</title></circle>");
        }

        Line(svg, Left, Top + plotHeight, Left + plotWidth, Top + plotHeight, Axis);
        Line(svg, Left, Top, Left, Top + plotHeight, Axis);
        Text(svg, Left + (plotWidth / 2m), Height - 6m, Label("chart.scatter.axis", new() { ["threshold"] = HtmlText.Percent(threshold) }), "middle", "label");
        return Close(svg);
    }

    private static StringBuilder Open(string name, decimal width, decimal height, string title)
    {
        var svg = new StringBuilder(4096);
        svg.Append("<svg class=\"chart\" data-chart=\"").Append(name).Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(C(width)).Append(' ').Append(C(height))
            .Append("\" width=\"").Append(C(width)).Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(title)).Append("\"><title>").Append(HtmlText.Escape(title)).Append("</title>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void YAxis(StringBuilder svg, decimal left, decimal top, decimal plotWidth, decimal plotHeight, long max, int ticks)
    {
        for (var i = 0; i <= ticks; i++)
        {
            var value = max * i / ticks;
            var y = top + plotHeight - (plotHeight * i / ticks);
            Line(svg, left, y, left + plotWidth, y, i == 0 ? Axis : Grid);
            Text(svg, left - 6m, y + 4m, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "end", "label");
        }
    }

    private static void Line(StringBuilder svg, decimal x1, decimal y1, decimal x2, decimal y2, string stroke) =>
        svg.Append("<line x1=\"").Append(C(x1)).Append("\" y1=\"").Append(C(y1)).Append("\" x2=\"").Append(C(x2)).Append("\" y2=\"").Append(C(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\"/>");

    private static void Text(StringBuilder svg, decimal x, decimal y, string text, string anchor, string cssClass) =>
        svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" text-anchor=\"").Append(anchor).Append("\">")
            .Append(HtmlText.Escape(text)).Append("</text>");

    private static string C(decimal value) => HtmlText.Coordinate(value);

    /// <summary>A <c>chart.*</c> label of the review page, its values in place, not yet escaped.</summary>
    private static string Label(string key, TemplateValues? values = null) => ReviewHtmlWriter.Templates.Plain(key, values);

    /// <summary>A round number at or above <paramref name="max"/> divisible into 4 ticks (1, 2, 4, 8, 10, 20, 40 …).</summary>
    private static long NiceCeiling(long max)
    {
        long step = 1;
        while (true)
        {
            foreach (var factor in new long[] { 1, 2, 5 })
            {
                var candidate = step * factor * 4;
                if (candidate >= max)
                {
                    return candidate;
                }
            }

            step *= 10;
        }
    }
}

/// <summary>A grade cut-off drawn as a line on the scatter chart.</summary>
internal sealed record GradeCutoffLine(string Grade, decimal MinTotal, string Color);
