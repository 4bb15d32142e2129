namespace PerfIndicators.Documents;

/// <summary>What a column of a project table holds, recognized from its header label.</summary>
internal enum ColumnRole
{
    None = 0,
    UnitCode,
    UnitName,
    ParentName,
    Name,
    Category,
    Total,
    Funding,
    Goal,
    Indicators,
}

/// <summary>One recognized header column: its role, and for a funding column the source and label.</summary>
internal readonly record struct Column(ColumnRole Role, FundingSource Source, string Label)
{
    public bool IsAmount => Role is ColumnRole.Total or ColumnRole.Funding;

    public bool IsText => Role is ColumnRole.Goal or ColumnRole.Indicators;
}

/// <summary>Maps header labels (with extraction spaces) to column roles. Labels vary by province; the list is the family seen.</summary>
internal static class ColumnRoles
{
    public static Column Recognize(string label)
    {
        var text = NameText.Squeeze(label);
        var paren = text.IndexOfAny(['(', '（']);
        var bare = paren > 0 ? text[..paren] : text;
        return bare switch
        {
            "单位代码" or "单位编码" or "预算单位代码" => new(ColumnRole.UnitCode, default, text),
            "单位名称" or "单位" or "预算单位" or "部门名称" => new(ColumnRole.UnitName, default, text),
            _ when bare.StartsWith("一级项目", StringComparison.Ordinal) => new(ColumnRole.ParentName, default, text),
            _ when bare.StartsWith("二级项目", StringComparison.Ordinal) || bare.StartsWith("项目名称", StringComparison.Ordinal) => new(ColumnRole.Name, default, text),
            "项目类别" or "项目类型" or "项目分类" => new(ColumnRole.Category, default, text),
            "金额" or "总计" or "合计" or "预算数" or "项目金额" or "预算金额" or "资金总额" or "年度预算" or "项目总额" => new(ColumnRole.Total, default, text),
            "财政拨款" or "财政拨款收入" or "财政拨款资金" => new(ColumnRole.Funding, FundingSource.FiscalAppropriation, text),
            "一般公共预算" or "一般公共预算拨款" => new(ColumnRole.Funding, FundingSource.GeneralPublicBudget, text),
            "政府性基金" or "政府性基金预算" => new(ColumnRole.Funding, FundingSource.GovernmentFund, text),
            "国有资本经营预算" => new(ColumnRole.Funding, FundingSource.StateCapitalOperation, text),
            _ when bare.StartsWith("财政专户", StringComparison.Ordinal) => new(ColumnRole.Funding, FundingSource.FiscalSpecialAccount, text),
            "单位资金" or "单位自筹" or "自有资金" => new(ColumnRole.Funding, FundingSource.UnitFunds, text),
            "其他资金" or "其他收入" or "其他" => new(ColumnRole.Funding, FundingSource.Other, text),
            "绩效目标" or "年度绩效目标" or "项目绩效目标" => new(ColumnRole.Goal, default, text),
            "绩效指标" or "年度绩效指标" or "项目绩效指标" => new(ColumnRole.Indicators, default, text),
            _ => new(ColumnRole.None, default, text),
        };
    }

    /// <summary>Recognizes a tab-separated header row of a project table: it names the project and its amount.</summary>
    public static bool TryRecognizeHeader(string line, out Column[] columns)
    {
        columns = [];
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var cells = line.Split('\t');
        var recognized = cells.Select(Recognize).ToArray();
        var total = 0;
        for (var i = 0; i < recognized.Length; i++)
        {
            if (recognized[i].Role == ColumnRole.Total && total++ > 0)
            {
                recognized[i] = recognized[i] with { Role = ColumnRole.None };
            }
        }

        // A budget table that names its projects only by 一级项目名称 (杭州 项目支出预算表) lists one project per
        // 一级项目: that column is the project name.
        if (!recognized.Any(c => c.Role == ColumnRole.Name) && recognized.Count(c => c.Role == ColumnRole.ParentName) == 1)
        {
            var parent = Array.FindIndex(recognized, c => c.Role == ColumnRole.ParentName);
            recognized[parent] = recognized[parent] with { Role = ColumnRole.Name };
        }

        var roles = recognized.Select(c => c.Role).ToHashSet();
        if (!roles.Contains(ColumnRole.Name) || !roles.Contains(ColumnRole.Total) || roles.Count < 3)
        {
            return false;
        }

        columns = recognized;
        return true;
    }
}
