using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using PerfIndicators.Formats.Lint;
using PerfIndicators.Formats.Monitoring;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>The page template renderer: encoding, sections, labels, and loud failures for missing values.</summary>
public sealed partial class PageTemplateTests
{
    private const string Labels = """
        # comment
        greeting=你好，{{name}}
        count=共 {{count}} 条{{#more}}，另有更多{{/more}}
        """;

    [Fact]
    public void Encodes_values_and_keeps_raw_ones_raw()
    {
        Render("<p>{{v}}</p>{{{raw}}}", new TemplateValues { ["v"] = "<a & \"b\" 'c'>", ["raw"] = "<svg/>" })
            .Should().Be("<p>&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;</p><svg/>");
    }

    [Fact]
    public void Lines_turns_line_breaks_into_br_after_encoding()
    {
        Render("<td>{{v|lines}}</td>", new TemplateValues { ["v"] = "第一行<\n第二行" }).Should().Be("<td>第一行&lt;<br>第二行</td>");
    }

    [Fact]
    public void Sections_repeat_over_lists_and_see_outer_values()
    {
        var values = new TemplateValues
        {
            ["unit"] = "个",
            ["rows"] = new List<TemplateValues> { new() { ["n"] = "1" }, new() { ["n"] = "2" } },
        };
        Render("{{#rows}}[{{n}}{{unit}}]{{/rows}}", values).Should().Be("[1个][2个]");
    }

    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public void Yes_no_sections_and_their_inverse(bool flag, string expected)
    {
        Render("{{#f}}yes{{/f}}{{^f}}no{{/f}}", new TemplateValues { ["f"] = flag }).Should().Be(expected);
    }

    [Fact]
    public void Empty_lists_empty_text_and_null_hide_a_section()
    {
        var values = new TemplateValues { ["list"] = new List<TemplateValues>(), ["text"] = string.Empty, ["none"] = null };
        Render("{{#list}}a{{/list}}{{#text}}b{{/text}}{{#none}}c{{/none}}{{^list}}d{{/list}}{{^none}}e{{/none}}", values).Should().Be("de");
    }

    [Fact]
    public void Nested_values_open_a_scope()
    {
        var values = new TemplateValues { ["name"] = "外", ["inner"] = new TemplateValues { ["name"] = "内" } };
        Render("{{#inner}}{{name}}{{/inner}}{{name}}", values).Should().Be("内外");
    }

    [Fact]
    public void A_section_tag_alone_on_its_line_takes_the_line_with_it()
    {
        var values = new TemplateValues { ["rows"] = new List<TemplateValues> { new() { ["n"] = "1" }, new() { ["n"] = "2" } } };
        Render("<ul>\n  {{#rows}}\n<li>{{n}}</li>\n  {{/rows}}\n</ul>\n", values).Should().Be("<ul>\n<li>1</li>\n<li>2</li>\n</ul>\n");
    }

    [Fact]
    public void A_section_tag_sharing_its_line_keeps_the_line()
    {
        Render("a {{#f}}\nb{{/f}} c\n", new TemplateValues { ["f"] = true }).Should().Be("a \nb c\n");
    }

    [Fact]
    public void Labels_are_templates_rendered_in_place_with_their_values_encoded()
    {
        Render("<h1>{{@greeting}}</h1><p>{{@count}}</p>", new TemplateValues { ["name"] = "<张三>", ["count"] = "3", ["more"] = true })
            .Should().Be("<h1>你好，&lt;张三&gt;</h1><p>共 3 条，另有更多</p>");
    }

    [Fact]
    public void Plain_labels_are_not_encoded_for_code_that_escapes_itself()
    {
        Set("x").Plain("greeting", new TemplateValues { ["name"] = "<张三>" }).Should().Be("你好，<张三>");
    }

    [Fact]
    public void Partials_render_with_the_current_values()
    {
        var set = PageTemplates.FromText(HtmlText.Escape, "labels.txt", Labels, ("page", "{{#rows}}{{>cell}}{{/rows}}"), ("cell", "<td>{{n}}</td>"));
        var values = new TemplateValues { ["rows"] = new List<TemplateValues> { new() { ["n"] = "1" }, new() { ["n"] = "2" } } };
        Rendered(set, values).Should().Be("<td>1</td><td>2</td>");
    }

    [Fact]
    public void A_missing_value_is_an_error_naming_it_not_an_empty_string()
    {
        var render = () => Render("<p>{{missing}}</p>", []);
        render.Should().Throw<KeyNotFoundException>().WithMessage("*'missing'*");
    }

    [Fact]
    public void A_missing_section_value_label_or_partial_is_an_error()
    {
        ((Action)(() => Render("{{#rows}}x{{/rows}}", []))).Should().Throw<KeyNotFoundException>().WithMessage("*'rows'*");
        ((Action)(() => Render("{{@nowhere}}", []))).Should().Throw<KeyNotFoundException>().WithMessage("*'nowhere'*");
        ((Action)(() => Render("{{>nowhere}}", []))).Should().Throw<KeyNotFoundException>().WithMessage("*'nowhere'*");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_error()
    {
        ((Action)(() => Render("{{n}}", new TemplateValues { ["n"] = 3 }))).Should().Throw<InvalidOperationException>().WithMessage("*{{n}}*");
        ((Action)(() => Render("{{#n}}x{{/n}}", new TemplateValues { ["n"] = 3 }))).Should().Throw<InvalidOperationException>().WithMessage("*{{#n}}*");
    }

    [Theory]
    [InlineData("{{#a}}x")]
    [InlineData("{{#a}}x{{/b}}")]
    [InlineData("x{{/a}}")]
    [InlineData("{{name")]
    [InlineData("{{}}")]
    public void Malformed_templates_are_refused_when_parsed(string text)
    {
        ((Action)(() => PageTemplate.Parse("t", text))).Should().Throw<FormatException>();
    }

    [Fact]
    public void Malformed_labels_files_are_refused()
    {
        ((Action)(() => PageTemplates.ParseLabels("labels.txt", "a=1\na=2"))).Should().Throw<FormatException>().WithMessage("*twice*");
        ((Action)(() => PageTemplates.ParseLabels("labels.txt", "no equals sign"))).Should().Throw<FormatException>().WithMessage("labels.txt:1*");
    }

    [Fact]
    public void Every_label_the_pages_use_is_in_the_labels_file_and_every_label_is_used()
    {
        var sets = new[] { SelfAssessmentHtml.Templates, ReviewHtmlWriter.Templates, MonitorHtml.Templates, LintHtml.Templates, PerfIndicators.Formats.Check.CheckHtml.Templates, PerfIndicators.Formats.Store.ComparisonReports.Templates };
        var defined = ReviewHtmlWriter.Templates.LabelKeys.ToHashSet(StringComparer.Ordinal);
        SelfAssessmentHtml.Templates.LabelKeys.Should().BeEquivalentTo(defined, "both pages read the same labels.txt");

        var fromTemplates = sets.SelectMany(s => s.Templates.Values).SelectMany(t => t.LabelKeys);
        var fromCode = Directory.GetFiles(Path.Combine(SourceFolder(), "Html"), "*.cs")
            .SelectMany(file => LabelKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        var used = fromTemplates.Concat(fromCode).ToHashSet(StringComparer.Ordinal);

        used.Should().BeSubsetOf(defined, "every label a page or chart asks for is in labels.txt");
        defined.Should().BeSubsetOf(used, "labels.txt holds no label nothing uses");
        foreach (var set in sets)
        {
            set.Templates.Values.SelectMany(t => t.PartialNames).Should().BeSubsetOf(set.Templates.Keys, "every included template is loaded");
        }
    }

    [Fact]
    public void The_templates_hold_no_Chinese_text_of_their_own()
    {
        var folder = Path.Combine(SourceFolder(), "Html", "Templates");
        var templates = Directory.GetFiles(folder, "*.html");
        templates.Should().HaveCountGreaterThan(1);
        foreach (var file in templates)
        {
            Chinese().IsMatch(File.ReadAllText(file)).Should().BeFalse(Path.GetFileName(file) + " takes its Chinese from labels.txt");
        }
    }

    private static string SourceFolder() =>
        Path.Combine(TestPaths.RepositoryRoot ?? throw new InvalidOperationException("The tests run outside a checkout."), "src", "PerfIndicators.Formats");

    private static PageTemplates Set(string template) => PageTemplates.FromText(HtmlText.Escape, "labels.txt", Labels, ("page", template));

    private static string Render(string template, TemplateValues values) => Rendered(Set(template), values);

    private static string Rendered(PageTemplates set, TemplateValues values)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        set.Render("page", output, values);
        return output.ToString();
    }

    /// <summary>A label key written in code: <c>"sa.title"</c>, <c>"review.noUnit"</c>, <c>"chart.grades.bar"</c>.</summary>
    [GeneratedRegex("\"((?:sa|review|chart)\\.[A-Za-z.]+)\"")]
    private static partial Regex LabelKey();

    [GeneratedRegex("[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Chinese();
}
