using System.Globalization;
using System.Text.RegularExpressions;
using PerfIndicators.Parsing;
using PerfIndicators.Tests.Corpus;
using PerfIndicators.Tests.Reporting;
using PerfIndicators.Tests.SelfScoring;

namespace PerfIndicators.Tests.Printing;

/// <summary>
/// The workbooks perfind writes, printed to PDF by LibreOffice (<c>soffice --headless --convert-to pdf</c>, installed by
/// <c>.ci/run</c> when missing) in one run, and read back page by page with poppler's <c>pdftotext</c>: the text of
/// each page, and the box of every word, to find text drawn over other text.
/// </summary>
/// <remarks>
/// The files: the template of the Huzhou 2023 seed's project 2 (驻京联络处工作经费, 6 indicators); a long template made
/// of the rows of the three longest published 自评表 in <c>selfeval-rows.jsonl</c> (国家基本公共卫生服务, 翟店镇卫生院 2021;
/// 县级储备粮, 衡山 2020; 河西村特色种养补贴到户项目, 萧县 2023: 51 indicators with their printed points and actuals), long
/// enough for two pages; the filled liaison template scored (the scored form and its 评分说明 sheet); and the review
/// workbook of <c>TestData/Reporting/year-2023</c>.
/// </remarks>
public sealed partial class PrintedWorkbooks : IDisposable
{
    public const string Template = "template";
    public const string LongTemplate = "long-template";
    public const string Scored = "scored";
    public const string Review = "review";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("perfind-print-");

    public PrintedWorkbooks()
    {
        var filled = SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx());
        ScoredAssessment = SelfScoringKit.Score(filled);
        Workbooks = new Dictionary<string, byte[]>
        {
            [Template] = SelfScoringKit.Xlsx(2),
            [LongTemplate] = TemplateWriter.ToXlsx(LongTemplateOf()),
            [Scored] = ScoredFormWriter.ToXlsx(ScoredAssessment, filled: filled),
            [Review] = ReviewWorkbook(out var summary),
        };
        ReviewSummary = summary;
        var paths = new List<string>();
        foreach (var (name, bytes) in Workbooks)
        {
            var path = Path.Combine(folder.FullName, name + ".xlsx");
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
        PdfTools.Run(PdfTools.Find("soffice", "libreoffice-calc"), folder.FullName, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, .. paths]);
        var pdftotext = PdfTools.Find("pdftotext", "poppler-utils");
        foreach (var name in Workbooks.Keys)
        {
            var pdf = Path.Combine(folder.FullName, name + ".pdf");
            if (!File.Exists(pdf))
            {
                throw new InvalidOperationException($"LibreOffice wrote no {name}.pdf.");
            }

            Pages[name] = [.. PdfTools.Run(pdftotext, folder.FullName, ["-layout", pdf, "-"]).Split('\f')[..^1]];
            CellTexts[name] = [.. PdfTools.Run(pdftotext, folder.FullName, ["-raw", pdf, "-"]).Split('\f')[..^1]];
            Boxes[name] = Words(PdfTools.Run(pdftotext, folder.FullName, ["-bbox", pdf, "-"]));
        }
    }

    /// <summary>The xlsx files as written.</summary>
    public Dictionary<string, byte[]> Workbooks { get; }

    /// <summary>The text of each printed page (pdftotext's layout), by file.</summary>
    public Dictionary<string, string[]> Pages { get; } = [];

    /// <summary>The text of each printed page in the order it was drawn (pdftotext's raw mode), which keeps a wrapped cell's lines together.</summary>
    public Dictionary<string, string[]> CellTexts { get; } = [];

    /// <summary>The page size and every word's box, per page, by file.</summary>
    public Dictionary<string, List<PrintedPage>> Boxes { get; } = [];

    /// <summary>The assessment the scored form shows.</summary>
    public SelfAssessment ScoredAssessment { get; }

    /// <summary>The review the review workbook shows.</summary>
    public ReviewSummary ReviewSummary { get; }

    private static readonly string[] LongForms = ["jishan-zhaidian-gongwei-2021", "hengshan-chubeiliang-2020", "xiaoxian-hexi-zhongyang-2023"];

    /// <summary>The rows of the three longest published 自评表 of the corpus as one form, with their points and actuals.</summary>
    public static SelfAssessmentTemplate LongTemplateOf()
    {
        var rows = CorpusData.Rows.Where(r => LongForms.Contains(r.Doc)).ToList();
        var lines = File.ReadLines(Path.Combine(CorpusData.Folder, "selfeval-rows.jsonl")).ToList();
        var indicators = rows.Select(r =>
        {
            var points = System.Text.Json.JsonDocument.Parse(lines[r.Line - 1]).RootElement.GetProperty("points");
            return new IndicatorInput(r.Name, IndicatorParser.ParseTarget(r.TargetText).Value!)
            {
                Category = r.Level1 is { } level1 ? CategoryLabels.ParseCategory(level1.Split('(', '（')[0]) : null,
                Subcategory = r.Level2 is { } level2 ? CategoryLabels.ParseSubcategory(level2) : null,
                Points = points.ValueKind == System.Text.Json.JsonValueKind.Number ? points.GetDecimal() : null,
                Actual = r.ActualText is { } actual ? IndicatorParser.ParseActual(actual).Value : null,
            };
        });
        var project = new AssessmentInput("国家基本公共卫生服务", indicators)
        {
            FiscalYear = 2021,
            Department = "稷山县卫生健康局",
            Unit = "翟店镇卫生院",
        };
        return SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National, "selfeval-rows.jsonl");
    }

    /// <summary>A page's text with every white space removed, so that a phrase is found wherever the layout broke or spaced it.</summary>
    public static string Compact(string page) => WhiteSpace().Replace(page, string.Empty);

    public void Dispose() => folder.Delete(recursive: true);

    private static byte[] ReviewWorkbook(out ReviewSummary summary)
    {
        using var stream = new MemoryStream();
        summary = ReviewKit.Review(sink: new ReviewWorkbookWriter(stream));
        return stream.ToArray();
    }

    internal static List<PrintedPage> Words(string html)
    {
        var pages = new List<PrintedPage>();
        foreach (var page in html.Split("<page ")[1..])
        {
            var size = PageSize().Match(page);
            var words = WordBox().Matches(page).Select(m => new PrintedWord(
                Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value), System.Net.WebUtility.HtmlDecode(m.Groups[5].Value)));
            pages.Add(new PrintedPage(Number(size.Groups[1].Value), Number(size.Groups[2].Value), [.. words]));
        }

        return pages;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^width=""([\d.]+)"" height=""([\d.]+)""")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex WordBox();
}

/// <summary>One printed page: its size in points and the words on it.</summary>
public sealed record PrintedPage(double Width, double Height, IReadOnlyList<PrintedWord> Words);

/// <summary>A word as pdftotext places it: its box in points from the top left of the page.</summary>
public sealed record PrintedWord(double Left, double Top, double Right, double Bottom, string Text)
{
    /// <summary>How much of the lower of two words' heights the two boxes share, when they share any width; 0 when they do not touch.</summary>
    public double OverlapWith(PrintedWord other)
    {
        var width = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var height = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        return width > 0.5 && height > 0.5 ? height / Math.Min(Bottom - Top, other.Bottom - other.Top) : 0;
    }
}
