namespace PerfIndicators.Documents;

/// <summary>What a budget document says about itself: who issued it, for which year, under which title.</summary>
/// <param name="Unit">The issuing unit (预算单位 / 部门名称 / 预算主管部门), e.g. <c>湖州市人民政府区域合作交流办公室</c>; <see langword="null"/> when not stated.</param>
/// <param name="UnitCode">The unit's budget code (单位代码), e.g. <c>619001</c>; <see langword="null"/> when not stated.</param>
/// <param name="Year">The budget (fiscal) year, e.g. 2022; <see langword="null"/> when not stated.</param>
/// <param name="Title">The document title, e.g. <c>上海市2022年市级部门预算</c>; <see langword="null"/> when it has none.</param>
public sealed record DocumentHeader(string? Unit, string? UnitCode, int? Year, string? Title);
