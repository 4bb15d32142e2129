using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Reporting;
using Xunit;

namespace PerfIndicators.Tests.Cli;

/// <summary>
/// Every path a command is given is checked before any work: an input that does not exist, an output folder that does
/// not exist and a <c>--rules</c> folder that does not exist are each an error (exit 1, a Chinese message with an English
/// gloss, nothing written); no runtime English text (<c>Could not find file …</c>) reaches the user; and each command's
/// help says what it does.
/// </summary>
public sealed class PathCheckTests : IDisposable
{
    private static readonly string Project = Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json");
    private static readonly string Seed = Path.Combine(TestPaths.TestData("Documents"), "huzhou-2023.txt");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("perfind-paths-");

    private string Missing => Path.Combine(folder.FullName, "no-such");

    public void Dispose() => folder.Delete(recursive: true);

    public static TheoryData<string[]> MissingInputs => new()
    {
        new[] { "score", "{missing}.json" },
        new[] { "score", "{missing}.xlsx" },
        new[] { "score", "{missing}.csv" },
        new[] { "template", "{missing}.txt", "-o", "{out}.xlsx" },
        new[] { "template", "{missing}.json", "-o", "{out}.csv" },
        new[] { "extract", "{missing}.txt" },
        new[] { "extract", "{missing}.pdf" },
        new[] { "parse", "--file", "{missing}.txt" },
        new[] { "review", "{missing}", "-o", "{out}.json" },
        new[] { "review", "{year}", "{missing}.json", "-o", "{out}.html" },
    };

    [Theory]
    [MemberData(nameof(MissingInputs))]
    public void A_missing_input_is_an_error_before_any_work_and_says_so_in_chinese(string[] args)
    {
        var (exit, output, error) = Run(args);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("找不到「" + Missing).And.Contain("不存在 (no such file");
        error.Should().NotContain("Could not find").And.NotContain("项目 ", "nothing was reviewed");
        folder.GetFiles().Should().BeEmpty("no report or template is written for a review or template that did not start");
    }

    [Theory]
    [InlineData("score", "{project}", "-o", "{missing}/自评表.xlsx")]
    [InlineData("score", "{project}", "-o", "{missing}/自评表.html")]
    [InlineData("template", "{project}", "-o", "{missing}/模板.xlsx")]
    [InlineData("review", "{year}", "-o", "{missing}/review.xlsx")]
    public void A_missing_output_folder_is_an_error_before_any_work(params string[] args)
    {
        var (exit, output, error) = Run(args);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be($"perfind {args[0]}: 输出文件夹「{Missing}」不存在，未写入任何文件 (the output folder does not exist).\n".ReplaceLineEndings());
    }

    [Theory]
    [InlineData("score", "{project}")]
    [InlineData("template", "{project}", "-o", "{out}.xlsx")]
    [InlineData("review", "{year}", "-o", "{out}.json")]
    [InlineData("policies")]
    public void A_missing_rules_folder_is_an_error_not_a_silent_fallback_to_the_embedded_policies(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--rules", "{missing}"]);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be($"perfind {args[0]}: --rules 文件夹「{Missing}」不存在 (the --rules folder does not exist).\n".ReplaceLineEndings());
        folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public void The_library_refuses_a_missing_rules_folder_too()
    {
        FluentActions.Invoking(() => PolicyFiles.Get("national", Missing)).Should().Throw<DirectoryNotFoundException>().WithMessage("*不存在 (the rules folder does not exist)*");
        FluentActions.Invoking(() => PolicyFiles.Available(Missing)).Should().Throw<DirectoryNotFoundException>();
    }

    [Fact]
    public void A_folder_given_for_a_file_and_a_file_given_for_rules_are_named_for_what_they_are()
    {
        var (exit, _, error) = Run("score", folder.FullName);
        exit.Should().Be(1);
        error.Should().Be($"perfind score: 「{folder.FullName}」是文件夹，请给出文件 (a folder; give a file).\n".ReplaceLineEndings());

        (exit, _, error) = Run("score", "{project}", "-o", folder.FullName + ".json", "--rules", Project);
        exit.Should().Be(1);
        error.Should().Contain("--rules「" + Project + "」是文件，应为存放评分办法文件的文件夹");
    }

    [Fact]
    public void An_unknown_policy_lists_the_ones_there_are_and_a_missing_policy_file_says_so_in_chinese()
    {
        var (exit, _, error) = Run("score", "{project}", "--policy", "no-such-policy");
        exit.Should().Be(1);
        error.Should().Contain("没有 id 为「no-such-policy」的评分办法 (no such policy)；可用：execution-caps、hubei、national");

        (exit, _, error) = Run("score", "{project}", "--policy", "{missing}.json");
        exit.Should().Be(1);
        error.Should().Be($"perfind score: 无法读取评分办法文件「{Missing}.json」：文件不存在 (no such file)\n".ReplaceLineEndings());
    }

    [Fact]
    public void The_reasons_a_file_cannot_be_used_are_chinese_with_an_english_gloss()
    {
        FileErrors.Describe(new FileNotFoundException("Could not find file '/x'.")).Should().Be("文件不存在 (no such file)");
        FileErrors.Describe(new DirectoryNotFoundException("Could not find a part of the path")).Should().Be("路径中的文件夹不存在 (a folder on the path does not exist)");
        FileErrors.Describe(new UnauthorizedAccessException("Access to the path is denied.")).Should().StartWith("没有访问权限");
        FileErrors.Describe(new IOException("No space left on device", 28)).Should().Be("磁盘空间不足 (the disk is full)");
        FileErrors.Describe(new IOException("The process cannot access the file")).Should().StartWith("读写出错");
        foreach (var reason in new Exception[] { new ArgumentException("x"), new NotSupportedException("x"), new PathTooLongException("x"), new EndOfStreamException("x") }.Select(FileErrors.Describe))
        {
            reason.Should().MatchRegex(@"^\p{IsCJKUnifiedIdeographs}.* \([a-z].*\)$");
        }
    }

    [Fact]
    public void Readers_given_a_missing_file_say_so_in_chinese()
    {
        var missing = Missing + ".xlsx";

        FilledTemplateReader.Read(missing).Diagnostics.Should().ContainSingle().Which.Message.Should().Be("无法打开或读取文件：文件不存在 (no such file)");
        FilledTemplateReader.Read(Missing + ".csv").Diagnostics.Should().ContainSingle().Which.Message.Should().Be("无法打开或读取文件：文件不存在 (no such file)");
        DocumentFiles.Read(Missing + ".txt").ErrorMessage.Should().Be($"无法打开文件“{Missing}.txt”：文件不存在 (no such file)");
        PdfTextReader.ReadFile(Missing + ".pdf").Diagnostics.Should().ContainSingle().Which.Message.Should().EndWith("文件不存在 (no such file)");
        var source = ProjectSources.FromFile(Missing + ".json").Read();
        source.Errors.Should().ContainSingle().Which.Message.Should().Be("文件或文件夹不存在 (no such file or folder)");
    }

    [Fact]
    public void Review_help_says_a_folder_stands_for_its_json_and_filled_templates_and_it_does()
    {
        var help = Run("review", "--help").Out;
        help.Should().Contain(".xlsx/.xlsm/.csv").And.Contain("不读子文件夹");

        // A folder holding the sample filled template (CSV) and a project JSON: both are reviewed.
        File.Copy(Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison-selfscoring.csv"), Path.Combine(folder.FullName, "a.csv"));
        File.Copy(Path.Combine(ReviewKit.YearFolder, "001-huzhou-zonghe-yewu.json"), Path.Combine(folder.FullName, "b.json"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
        var (exit, output, error) = Run("review", folder.FullName, "-o", "-");

        exit.Should().Be(0, error);
        var projects = JsonDocument.Parse(output).RootElement.GetProperty("projects");
        projects.EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Equal("驻京联络处工作经费", "综合业务工作经费");
        error.Should().Contain("子文件夹不展开");
    }

    [Fact]
    public void Score_help_says_the_format_is_for_standard_output_and_with_o_the_extension_decides()
    {
        Run("score", "--help").Out.Should().Contain("写到标准输出时的格式").And.Contain(".xlsx/.xlsm/.csv");

        var (exit, output, _) = Run("score", "{project}", "--format", "json", "-o", "{out}.md");

        exit.Should().Be(0);
        output.Should().BeEmpty();
        File.ReadAllText(Path.Combine(folder.FullName, "out.md")).Should().StartWith("## 项目支出绩效自评表", "the .md extension wins over --format json");
    }

    [Fact]
    public void Extract_help_names_the_encodings_it_detects_and_it_reads_utf16()
    {
        Run("extract", "--help").Out.Should().Contain("UTF-8、UTF-16 或 GB18030/GBK");

        var utf16 = Path.Combine(folder.FullName, "utf16.txt");
        File.WriteAllText(utf16, File.ReadAllText(Seed), System.Text.Encoding.Unicode);
        var (exit, output, error) = Run("extract", utf16, "--json");

        exit.Should().Be(0, error);
        JsonDocument.Parse(output).RootElement.GetProperty("document").GetProperty("encoding").GetString().Should().Be("utf-16");
    }

    private (int Exit, string Out, string Error) Run(params string[] args) =>
        CliRunner.Run([.. args.Select(a => a
            .Replace("{missing}", Missing, StringComparison.Ordinal)
            .Replace("{out}", Path.Combine(folder.FullName, "out"), StringComparison.Ordinal)
            .Replace("{project}", Project, StringComparison.Ordinal)
            .Replace("{year}", ReviewKit.YearFolder, StringComparison.Ordinal))]);
}
