namespace PerfIndicators.Documents;

/// <summary>The source of money a funding column of a project table stands for (资金来源).</summary>
public enum FundingSource
{
    /// <summary>The column could not be told (its position was lost in extraction); the amount is kept in row order.</summary>
    Unassigned = 0,

    /// <summary>Fiscal appropriation (财政拨款 / 财政拨款收入), all budget funds from the finance department.</summary>
    FiscalAppropriation,

    /// <summary>General public budget (一般公共预算).</summary>
    GeneralPublicBudget,

    /// <summary>Government fund budget (政府性基金预算).</summary>
    GovernmentFund,

    /// <summary>State capital operating budget (国有资本经营预算).</summary>
    StateCapitalOperation,

    /// <summary>Funds managed in a fiscal special account (财政专户管理资金 / 财政专户拨款).</summary>
    FiscalSpecialAccount,

    /// <summary>The unit's own funds (单位资金).</summary>
    UnitFunds,

    /// <summary>Other funds (其他资金 / 其他收入).</summary>
    Other,
}

/// <summary>One funding column of a project row: which source, the column label as written, and the amount.</summary>
/// <param name="Source">The funding source the column stands for.</param>
/// <param name="Label">The column header as written (spaces removed), or <see langword="null"/> when unassigned.</param>
/// <param name="Amount">The amount in the column.</param>
public sealed record FundingAmount(FundingSource Source, string? Label, Amount Amount);
