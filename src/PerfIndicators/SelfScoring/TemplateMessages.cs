using System.Globalization;

namespace PerfIndicators.SelfScoring;

/// <summary>Every message about templates, in Chinese, in one place.</summary>
internal static class TemplateMessages
{
    public const string NoFormat = "这不是 perfind 生成的自评表模板：找不到模板信息（xlsx 的隐藏工作表 _perfind 或 CSV 末尾以 #! 开头的行，可能已被删除）。请使用 perfind template 生成的模板填写 (not a perfind template: its metadata is missing)。";

    public const string ScoredForm = "这是 perfind score 输出的已评分自评表，不是待填写的模板；请对填写好的模板评分 (a scored form, not a template to fill in)。";

    public const string FingerprintMismatch = "模板信息已损坏或被改动（指纹不符），无法确认模板内容；请重新生成模板并填写 (the template metadata was damaged or edited: fingerprint mismatch)。";

    public const string MissingEntry = "模板信息缺少必要条目或条目无法识别，无法确认模板内容；请重新生成模板并填写 (the template metadata lacks an entry or holds one it cannot read)。";

    public static string NoIndicators(string project) => F($"项目“{project}”没有可识别的绩效指标，无法生成自评表模板 (no indicator to make a template of)。");

    public static string TargetNotUnderstood(string target) => F($"年度指标值“{target}”无法识别，模板保留原文，该指标需人工评分（得分单元格可填写）(a target not understood: kept as written, scored by hand)。");

    public static string TargetRewritten(string original, string canonical) => F($"年度指标值“{original}”单独读取时含义会变化，模板中写作“{canonical}” (a target that reads differently on its own is rewritten)。");

    public static string UnknownFormat(string format) => F($"模板格式“{format}”不是本版本 perfind 能读取的格式（{TemplateFormats.Template}）(a template format this version cannot read)。");

    public static string BadRow(int row) => F($"模板信息中第 {row} 行的指标记录无法识别或与其行键不符，无法确认模板内容；请重新生成模板并填写 (a row record of the template metadata cannot be read)。");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
