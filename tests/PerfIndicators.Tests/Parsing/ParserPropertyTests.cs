using System.Globalization;
using CsCheck;
using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// Properties of the parser over generated text: it never throws, spans stay inside the input, diagnostics keep
/// their documented severities, the normalizer keeps length, and formatted targets parse back to themselves.
/// </summary>
public sealed class ParserPropertyTests
{
    private const long Iterations = 400;

    /// <summary>Pieces real cells are made of: labels, keywords, comparators, numbers, units, separators, look-alikes.</summary>
    private static readonly string[] Tokens =
    [
        "数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标", "产出指标", "效益指标", "满意度指标", "成本指标",
        "效 益指标", "年度指标值", "年度指标 值", "年 度指标值", "指标值", "年度指标", "程指标值", "定性", "稳定性",
        "≥", "≤", ">", "<", "=", ">=", "<=", "≧", "≦", "＞", "＜", "＝", "═", "﹦", "±", "~", "～", "-", "--", "—", "至", "/", "／",
        "不少于", "不低于", "达到", "至少", "大于等于", "高于", "大于", "超过", "不超过", "控制在", "低于", "小于", "不足", "等于",
        "以上", "及以上", "以下", "以内", "之内", "即达标", "不得分", "得满分", "得5分", "每降5%扣1分", "扣完为止", "酌情扣分",
        "0", "1", "7", "12", "30", "90", "100", "1.4", "220. 00", "1, 068. 00", "１２", "９０", "99999999999999999999999999999999",
        "%", "％", "万", "亿", "千", "元", "人", "人次", "个", "次", "次(篇)", "家", "户", "篇", "平方", "平米", "㎡", "天", "月", "年", "起", "箱",
        "年", "月", "日", "底前", "前完成", "2023年", "12月底前", "2025年10月底前", "2023年11月30日", "1-12月", "2023年2月30日",
        ":", "：", ";", "；", ",", "，", "、", "。", "。。", "1、", "7", "\n、", "\t", "|", "  ", " ", "　", "\n", "\r\n",
        "合法合规", "较好", "\"较好\"以上", "有所提升", "资金支付率", "人员到位率(%)", "参展商投诉率", "广州市对口帮扶工作的社会影响力",
        "(", ")", "（", "）", "《", "》", "\"", "“", "”", "\\", "\0", "\uFFFF", "\uD83D", "\uDE00", "一级指标", "二级指标", "三级指标",
        "达成", "部分达成", "未达成", "完成", "已完成", "是",
    ];

    /// <summary>Random text: concatenated tokens mixed with arbitrary characters from the CJK, full-width and ASCII ranges.</summary>
    private static readonly Gen<string> Text =
        Gen.OneOf(
            Gen.OneOf(Tokens),
            Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString()),
            Gen.Char['\uFF01', '\uFF5E'].Select(c => c.ToString()),
            Gen.Char['\u0000', '\u007F'].Select(c => c.ToString()),
            Gen.Char.Select(c => c.ToString()))
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Parsing_any_text_never_throws_and_every_span_lies_inside_the_input()
    {
        Text.Sample(text =>
        {
            var cell = IndicatorParser.ParseCell(text);
            var target = IndicatorParser.ParseTarget(text);
            var clause = IndicatorParser.ParseIndicator(text);
            var actual = IndicatorParser.ParseActual(text);

            foreach (var indicator in cell.Indicators.Concat(clause.Value is { } i ? [i] : []))
            {
                Inside(indicator.Span, text).Should().BeTrue("indicator span {0} in {1} chars", indicator.Span, text.Length);
                Inside(indicator.NameSpan, text).Should().BeTrue("name span {0}", indicator.NameSpan);
                Inside(indicator.TargetSpan, text).Should().BeTrue("target span {0}", indicator.TargetSpan);
            }

            foreach (var diagnostic in cell.Diagnostics.Concat(target.Diagnostics).Concat(clause.Diagnostics).Concat(actual.Diagnostics))
            {
                Inside(diagnostic.Span, text).Should().BeTrue("{0} in {1} chars", diagnostic, text.Length);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Diagnostics_on_any_text_are_documented_never_internal_errors_and_in_text_order()
    {
        Text.Sample(text =>
        {
            var cell = IndicatorParser.ParseCell(text);
            var all = cell.Diagnostics.Concat(IndicatorParser.ParseTarget(text).Diagnostics)
                .Concat(IndicatorParser.ParseIndicator(text).Diagnostics).Concat(IndicatorParser.ParseActual(text).Diagnostics);
            foreach (var diagnostic in all)
            {
                DiagnosticFacts.ShouldBeDocumented(diagnostic, text);
            }

            cell.Diagnostics.Select(d => d.Span.Start).Should().BeInAscendingOrder("diagnostics come in text order");
        }, iter: Iterations);
    }

    [Fact]
    public void Every_non_blank_cell_yields_an_indicator_or_a_diagnostic()
    {
        Text.Sample(text =>
        {
            var result = IndicatorParser.ParseCell(text);
            (result.Indicators.Length + result.Diagnostics.Length).Should().BePositive("nothing may be silently lost from {0}", text);
        }, iter: Iterations);
    }

    [Fact]
    public void An_unrecognized_target_always_comes_with_an_error()
    {
        Text.Sample(text =>
        {
            var target = IndicatorParser.ParseTarget(text);
            if (target.Value is UnrecognizedTarget)
            {
                target.HasErrors.Should().BeTrue();
            }

            var cell = IndicatorParser.ParseCell(text);
            if (cell.Indicators.Any(i => i.Target is UnrecognizedTarget))
            {
                cell.HasErrors.Should().BeTrue();
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Normalizer_preserves_length_and_is_idempotent()
    {
        Text.Sample(text =>
        {
            var once = TextNormalizer.Normalize(text);
            once.Length.Should().Be(text.Length);
            TextNormalizer.Normalize(once).Should().Be(once);
        }, iter: 2000);
    }

    [Fact]
    public void Normalizer_maps_full_width_forms_to_ascii_and_leaves_cjk_alone()
    {
        TextNormalizer.Normalize("资金支付率≧９０％；年度指标值：＜１０").Should().Be("资金支付率≥90%;年度指标值:<10");
        Gen.Char['\u4E00', '\u9FFF'].Sample(c => TextNormalizer.Map(c).Should().Be(c), iter: 2000);
    }

    [Fact]
    public void Formatting_a_target_and_parsing_it_back_gives_the_same_target()
    {
        Targets.Sample(target =>
        {
            var text = TargetFormatter.Format(target);
            var expected = WithText(target, text);
            var parsed = IndicatorParser.ParseTarget(text);

            parsed.HasErrors.Should().BeFalse("'{0}' gave {1}", text, string.Join("; ", parsed.Diagnostics));
            parsed.Value.Should().Be(expected, "'{0}' parsed as {1}", text, Canonical.Target(parsed.Value));
        }, iter: Iterations, print: t => Canonical.Target(t) + " «" + TargetFormatter.Format(t) + "»");
    }

    private static bool Inside(TextSpan span, string text) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    // Generated targets. Units come from the catalog (or none); values have up to two decimals; the text is filled in by WithText.
    private static readonly string[] UnitTexts = ["", "%", "人", "人次", "个", "次", "家", "户", "篇", "期", "项", "元", "平方米", "亩", "天", "起", "家次", "张"];
    private static readonly (string? Text, decimal Factor)[] Multipliers = [(null, 1m), ("万", 10000m), ("亿", 100000000m), ("千", 1000m)];
    private static readonly string[] PeriodUnits = ["月", "年", "天", "周", "季度"];

    private static readonly Gen<decimal> Values =
        Gen.OneOf(Gen.Int[0, 100000].Select(i => (decimal)i), Gen.Int[1, 99999].Select(i => i / 10m), Gen.Int[1, 99999].Select(i => i / 100m));

    private static readonly Gen<Quantity> Quantities =
        Gen.Select(Values, Gen.OneOf(Multipliers), Gen.OneOf(UnitTexts), (value, multiplier, unit) =>
            new Quantity(value, value.ToString(CultureInfo.InvariantCulture), multiplier.Factor, multiplier.Text,
                unit.Length == 0 ? Unit.None : UnitCatalog.Find(unit)!));

    private static readonly Gen<Comparator> Comparators = Gen.OneOf(Enum.GetValues<Comparator>());

    private static readonly Gen<Target> Quantitative =
        Gen.Select(Comparators, Quantities, (comparator, quantity) =>
            (Target)new QuantitativeTarget(string.Empty, comparator, quantity, comparator.ImpliedDirection(quantity.Value)));

    private static readonly Gen<Target> Ranges =
        Gen.Select(Gen.Int[0, 500], Gen.Int[1, 500], Gen.OneOf(UnitTexts), Gen.Bool, (low, width, unit, relative) =>
        {
            var u = unit.Length == 0 ? Unit.None : UnitCatalog.Find(unit)!;
            var min = relative ? -width : low;
            var max = relative ? width : low + width;
            return (Target)new RangeTarget(string.Empty, Quantity.Of(min, u), Quantity.Of(max, u), relative);
        });

    private static readonly Gen<Target> Qualitative = Gen.OneOf(
        "合法合规", "合规", "相符", "提升", "有所提升", "较好", "社会影响力较好", "提供便捷", "起促进作用", "正常使用",
        "有效扩大、增加", "考核结果为较好以上", "清远市医疗保健服务和教育设施水平提升", "巩固人居环境整治成果")
        .Select(text => (Target)new QualitativeTarget(text));

    private static readonly Gen<Target> Deadlines =
        Gen.Select(Gen.Int[2000, 2035], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 3], (year, month, day, shape) =>
            (Target)new DeadlineTarget(string.Empty, shape switch
            {
                0 => new PartialDate(null, month, null),
                1 => new PartialDate(year, month, null),
                2 => new PartialDate(year, month, day),
                _ => new PartialDate(year, null, null),
            }));

    private static readonly Gen<Target> Rates =
        Gen.Select(Comparators, Values, Gen.OneOf("次", "期", "篇", "人次", "场"), Gen.OneOf(PeriodUnits), (comparator, value, unit, per) =>
            (Target)new RateTarget(string.Empty, comparator,
                new Quantity(value, value.ToString(CultureInfo.InvariantCulture), 1m, null, UnitCatalog.Find(unit)!, UnitCatalog.Find(per)!),
                comparator.ImpliedDirection(value)));

    // An amount per period (620万元/月) is a quantity with a composite unit, not a frequency.
    private static readonly Gen<Target> AmountsPerPeriod =
        Gen.Select(Comparators, Values, Gen.OneOf(PeriodUnits), (comparator, value, per) =>
            (Target)new QuantitativeTarget(string.Empty, comparator,
                new Quantity(value, value.ToString(CultureInfo.InvariantCulture), 1m, null, UnitCatalog.Find("元")!, UnitCatalog.Find(per)!),
                comparator.ImpliedDirection(value)));

    private static readonly Gen<PartialDate> Dates =
        Gen.Select(Gen.Int[2000, 2035], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Bool, (year, month, day, withDay) =>
            new PartialDate(year, month, withDay ? day : null));

    private static readonly Gen<Target> Periods = Gen.OneOf(
        Gen.Select(Dates, Gen.Int[0, 400], (start, days) =>
        {
            var first = start.FirstDay()!.Value;
            var last = first.PlusDays(days);
            var end = start.Day is null ? new PartialDate(last.Year, last.Month, null) : new PartialDate(last.Year, last.Month, last.Day);
            return (Target)new PeriodTarget(string.Empty, start, end);
        }),
        Gen.Select(Gen.Int[1, 12], Gen.Int[0, 11], (first, more) =>
            (Target)new PeriodTarget(string.Empty, new PartialDate(null, first, null), new PartialDate(null, Math.Min(12, first + more), null))));

    private static readonly Gen<Target> Targets = Gen.OneOf(Quantitative, Ranges, Qualitative, Deadlines, Periods, Rates, AmountsPerPeriod);

    /// <summary>The same target with its text set to what the formatter wrote, which is what parsing that text keeps.</summary>
    private static Target WithText(Target target, string text) => target switch
    {
        QuantitativeTarget q => new QuantitativeTarget(text, q.Comparator, q.Quantity, q.Direction, q.Context),
        RangeTarget r => new RangeTarget(text, r.Min, r.Max, r.IsRelative),
        QualitativeTarget => new QualitativeTarget(text),
        DeadlineTarget d => new DeadlineTarget(text, d.Deadline),
        PeriodTarget p => new PeriodTarget(text, p.Start, p.End),
        RateTarget rate => new RateTarget(text, rate.Comparator, rate.Quantity, rate.Direction),
        _ => target,
    };
}
