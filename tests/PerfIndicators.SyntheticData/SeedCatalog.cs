using System.Collections.Immutable;
using System.Globalization;

namespace PerfIndicators.Generator;

/// <summary>One indicator as published in a seed document: the template a generated indicator is drawn from.</summary>
/// <param name="Category">一级指标 label (<c>产出指标</c>, <c>效益指标</c>, <c>满意度指标</c>).</param>
/// <param name="Subcategory">二级指标 label when the document wrote one, else <see langword="null"/>.</param>
/// <param name="Name">三级指标 as written.</param>
/// <param name="Target">年度指标值 as written.</param>
/// <param name="Kind">What the parser made of the target.</param>
public sealed record IndicatorTemplate(string Category, string? Subcategory, string Name, string Target, TargetKind Kind);

/// <summary>One project of a seed document.</summary>
/// <param name="Department">主管部门.</param>
/// <param name="Unit">实施单位.</param>
/// <param name="Name">项目名称.</param>
/// <param name="Amount">The amount in 万元.</param>
/// <param name="Indicators">How many indicators the document published for it.</param>
public sealed record SeedProject(string Department, string Unit, string Name, decimal Amount, int Indicators);

/// <summary>
/// What the generator draws from: the indicators and projects of the seed documents (<c>Data/*.tsv</c>, embedded),
/// plus the forms the seed documents' family is documented to use that these five documents happen not to
/// (<c>12月底前</c>, dated deadlines, per-step rules; see <c>shared/docs/indicator-text.md</c> §3).
/// </summary>
public static class SeedCatalog
{
    /// <summary>Every seed indicator whose target the parser understood, in document order (repeats kept).</summary>
    public static ImmutableArray<IndicatorTemplate> Indicators { get; } = ReadIndicators();

    /// <summary>Every seed project (repeats kept).</summary>
    public static ImmutableArray<SeedProject> Projects { get; } = ReadProjects();

    /// <summary>How many indicators the seed projects that publish indicators have, one entry per project.</summary>
    public static ImmutableArray<int> IndicatorCounts { get; } = [.. Projects.Where(p => p.Indicators > 0).Select(p => p.Indicators)];

    /// <summary>The mean of <see cref="IndicatorCounts"/>.</summary>
    public static decimal MeanIndicatorCount { get; } = (decimal)IndicatorCounts.Sum() / IndicatorCounts.Length;

    /// <summary>Deadline targets in the forms the documents' family uses; <c>{Y}</c> is the fiscal year.</summary>
    public static ImmutableArray<(string Name, string Target)> Deadlines { get; } =
    [
        ("完成年度目标", "{Y}年"),
        ("项目完成时间", "12月底前"),
        ("资金拨付及时性", "{Y}年11月30日前完成"),
        ("年度工作任务完成时限", "{Y}年12月31日前"),
    ];

    /// <summary>Places the synthetic departments are named after: the seed documents' cities and some of their districts.</summary>
    public static ImmutableArray<(string City, ImmutableArray<string> Districts)> Places { get; } =
    [
        ("湖州市", ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]),
        ("杭州市", ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区"]),
        ("上海市", ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区"]),
        ("广州市", ["越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区"]),
    ];

    /// <summary>Common names of government departments (主管部门), without the place.</summary>
    public static ImmutableArray<string> Bureaus { get; } =
    [
        "教育局", "卫生健康委员会", "民政局", "财政局", "交通运输局", "农业农村局", "文化广电旅游局", "自然资源和规划局",
        "生态环境局", "住房和城乡建设局", "水利局", "人力资源和社会保障局", "商务局", "科学技术局", "公安局", "司法局",
        "市场监督管理局", "应急管理局", "体育局", "统计局", "医疗保障局", "退役军人事务局", "发展和改革委员会", "经济和信息化局",
        "人民政府办公室", "对口支援和区域合作局", "人民政府合作交流办公室", "协作办公室", "机关事务管理局", "审计局",
    ];

    /// <summary>Kinds of subordinate units (实施单位) a department has, after the department's root name.</summary>
    public static ImmutableArray<string> UnitKinds { get; } =
        ["服务中心", "事务中心", "信息中心", "综合行政执法队", "培训中心", "档案馆", "监测站", "发展研究中心"];

    /// <summary>Common project names beside the seed ones.</summary>
    public static ImmutableArray<string> CommonProjects { get; } =
    [
        "机构运行辅助经费", "信息化运维专项经费", "办公(业务)用房租赁经费", "专项业务经费", "综合业务工作经费", "业务培训经费",
        "宣传工作经费", "课题研究经费", "数字化改革专项", "安全生产专项经费", "基础设施维修改造项目", "政府购买服务项目",
        "公共服务能力提升项目", "人才引进专项资金", "对口帮扶工作经费", "乡村振兴专项资金", "设备购置经费", "档案数字化项目",
    ];

    /// <summary>偏差原因分析及改进措施 as people write them.</summary>
    public static ImmutableArray<string> DeviationReasons { get; } =
    [
        "受政策调整影响，部分工作推迟至下年度实施，下一步将加快推进",
        "项目实施进度滞后，部分合同尚未结算，将加强进度管理",
        "实际需求高于预期，指标值设置偏低，下年度将合理设定指标值",
        "资金下达较晚，部分活动压缩举办，下年度将提前谋划",
        "部分服务对象调整，完成数量减少，将优化实施方案",
        "受外部因素影响，部分活动取消，已调整工作计划",
        "统计口径调整，完成值与年度指标值不完全可比，下年度统一口径",
    ];

    /// <summary>Why budget execution is low, as written.</summary>
    public static ImmutableArray<string> ExecutionReasons { get; } =
    [
        "部分项目延至次年结算", "采购项目流标后重新招标，支付推迟", "部分活动压缩举办，资金结余", "政策调整，部分资金未拨付",
    ];

    private static ImmutableArray<IndicatorTemplate> ReadIndicators() =>
    [
        .. Rows("seed-indicators.tsv")
            .Select(f => new IndicatorTemplate(f[1], f[2].Length == 0 ? null : f[2], f[3], f[4], Enum.Parse<TargetKind>(f[5], ignoreCase: true)))
            .Where(t => t.Kind != TargetKind.Unrecognized),
    ];

    private static ImmutableArray<SeedProject> ReadProjects() =>
    [
        .. Rows("seed-projects.tsv")
            .Select(f => new SeedProject(f[1], f[2], f[3], decimal.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture))),
    ];

    private static List<string[]> Rows(string name)
    {
        using var stream = typeof(SeedCatalog).Assembly.GetManifestResourceStream("PerfIndicators.Generator." + name)
            ?? throw new InvalidOperationException("The resource " + name + " is missing from the generator.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
