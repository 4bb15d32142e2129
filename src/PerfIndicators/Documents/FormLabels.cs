using System.Text;

namespace PerfIndicators.Documents;

/// <summary>What a labelled cell of a 目标表 (performance target form) names.</summary>
internal enum FormField
{
    None = 0,
    ProjectName,
    DepartmentName,
    Department,
    Unit,
    Category,
    Period,
    Money,
    Total,
    Fiscal,
    OtherFunds,
    GoalAnnual,
    GoalOverall,
    GoalLongTerm,
}

/// <summary>What a column of a 目标表's indicator table holds, by its header label.</summary>
internal enum FormColumn
{
    Other = 0,
    Level1,
    Level2,
    Name,
    Value,
    Comparator,
    Unit,
}

/// <summary>
/// The labels of 绩效目标申报表 / 项目绩效目标表 / 部门整体绩效目标表 forms, read whatever the printing: white space and
/// ★/* marks dropped, full-width brackets and colons as ASCII, traditional characters as simplified.
/// </summary>
internal static class FormLabels
{
    private const string Traditional = "級標項稱質計單門實資總額績數時間預際務經費類屬體標準備註說評條據";
    private const string Simplified = "级标项称质计单门实资总额绩数时间预际务经费类属体标准备注说评条据";

    private static readonly string[] NameLabels = ["三级指标", "指标名称", "指标内容", "三级指标内容"];
    private static readonly string[] ValueLabels =
        ["指标值", "目标值", "年度指标值", "年度目标值", "指标目标值", "预期目标值", "绩效目标值", "指标值及单位", "当年预期实现值", "绩效指标值"];

    private static readonly string[] ComparatorLabels = ["指标性质", "计算符号", "指标方向", "指标值类型", "符号", "运算符号", "比较符"];
    private static readonly string[] UnitLabels = ["度量单位", "计量单位", "单位", "指标单位", "指标值单位"];

    /// <summary>The label in canonical form: no white space or marks, ASCII brackets and colons, simplified characters, no trailing colon.</summary>
    public static string Canonical(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || raw is '★' or '*' or '☆' or '\u3000')
            {
                continue;
            }

            var c = raw switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => raw,
            };
            var index = Traditional.IndexOf(c, StringComparison.Ordinal);
            builder.Append(index >= 0 ? Simplified[index] : c);
        }

        while (builder.Length > 0 && builder[^1] == ':')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>The label without a bracketed suffix (<c>项目资金(万元)</c> → <c>项目资金</c>), canonical.</summary>
    public static string Bare(string canonical)
    {
        var open = canonical.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? canonical[..open] : canonical;
    }

    /// <summary>What an indicator-table header cell names.</summary>
    public static FormColumn ColumnOf(string cell)
    {
        var label = Canonical(cell);
        var bare = Bare(label);
        if (bare is "一级指标" or "一级")
        {
            return FormColumn.Level1;
        }

        if (bare is "二级指标" or "二级")
        {
            return FormColumn.Level2;
        }

        if (NameLabels.Contains(bare))
        {
            return FormColumn.Name;
        }

        if (ValueLabels.Contains(bare))
        {
            return FormColumn.Value;
        }

        if (ComparatorLabels.Contains(bare))
        {
            return FormColumn.Comparator;
        }

        return UnitLabels.Contains(bare) ? FormColumn.Unit : FormColumn.Other;
    }

    /// <summary>Whether a header label marks the annual column set (<c>指标值(年度)</c>) or the long-term one (<c>(长期)</c>, <c>(实施期)</c>).</summary>
    public static int Period(string cell)
    {
        var label = Canonical(cell);
        if (label.Contains("年度", StringComparison.Ordinal) || label.Contains("当年", StringComparison.Ordinal))
        {
            return 1;
        }

        return label.Contains("长期", StringComparison.Ordinal) || label.Contains("中期", StringComparison.Ordinal) || label.Contains("实施期", StringComparison.Ordinal) ? -1 : 0;
    }

    /// <summary>What a header-block cell names, if it is a label of the form.</summary>
    public static FormField FieldOf(string cell)
    {
        var label = Canonical(cell);
        if (label.StartsWith("其中", StringComparison.Ordinal))
        {
            label = label[2..].TrimStart(':', ',', '、');
        }

        var bare = Bare(label);
        return bare switch
        {
            "项目名称" or "二级项目名称" => FormField.ProjectName,
            "部门名称" or "部门(单位)名称" or "部门单位名称" => FormField.DepartmentName,
            "主管部门" or "主管部门及代码" or "主管部门(单位)" or "主管单位" or "预算主管部门" or "主管部门名称" => FormField.Department,
            "实施单位" or "项目实施单位" or "单位名称" or "预算单位" or "执行单位" or "项目单位" or "实施主体" or "填报单位" => FormField.Unit,
            "项目类别" or "项目类型" => FormField.Category,
            "实施期" or "实施周期" or "项目期" or "项目期限" or "实施期限" or "起止时间" or "项目实施期" or "执行期" or "项目周期" => FormField.Period,
            "项目资金" or "资金情况" or "年度资金" or "预算资金" or "年度预算资金" or "部门预算资金" or "项目资金情况" or "资金来源" or "年度预算" or "部门预算" => FormField.Money,
            "年度资金总额" or "资金总额" or "金额合计" or "年度金额" or "预算金额" or "本年预算" or "年度预算数" or "预算总额" or "总额" => FormField.Total,
            "财政拨款" or "当年财政拨款" or "本年财政拨款" or "财政资金" or "一般公共预算" or "财政拨款资金" => FormField.Fiscal,
            "其他资金" or "其他来源资金" => FormField.OtherFunds,
            "年度目标" or "年度绩效目标" or "项目年度绩效目标" or "年度目标(文字)" or "年度绩效目标(文字)" => FormField.GoalAnnual,
            "年度总体目标" or "总体目标" or "绩效目标" or "总体绩效目标" or "部门整体绩效目标" => FormField.GoalOverall,
            "实施期目标" or "中期目标" or "长期目标" or "实施期绩效目标" => FormField.GoalLongTerm,
            _ => FormField.None,
        };
    }

    /// <summary>Whether a line's text is the title of a form: <c>项目支出绩效目标申报表</c>, <c>部门整体支出绩效目标表</c>, <c>…绩效目标批复表</c>.</summary>
    public static bool IsTitle(string cell)
    {
        var label = Canonical(cell);
        return label.Length <= 60
            && label.Contains("绩效目标", StringComparison.Ordinal)
            && (label.EndsWith('表') || label.Contains("表(", StringComparison.Ordinal) || label.Contains("表)", StringComparison.Ordinal));
    }

    /// <summary>The amount unit a money label states (<c>项目资金(万元)</c>, <c>(元)</c>), or <see langword="null"/>.</summary>
    public static AmountUnit? UnitIn(string cell)
    {
        var label = Canonical(cell);
        if (label.Contains("(万元)", StringComparison.Ordinal) || label.Contains("单位:万元", StringComparison.Ordinal))
        {
            return AmountUnit.TenThousandYuan;
        }

        return label.Contains("(元)", StringComparison.Ordinal) || label.Contains("单位:元", StringComparison.Ordinal) ? AmountUnit.Yuan : null;
    }
}
