using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfIndicators.Scoring;

/// <summary>
/// The fingerprint of an assessment's inputs: SHA-256 over a canonical, length-prefixed listing of the project, budget,
/// indicators (texts as written, numbers normalized so 10 and 10.00 agree) and the policy (id, version, content hash).
/// </summary>
internal static class Fingerprint
{
    [ThreadStatic]
    private static StringBuilder? cachedText;

    private static bool Printed(string? label, string? canonical) => label is not null && label.Trim() != canonical;

    public static string Of(AssessmentInput project, ScoringPolicy policy)
    {
        var text = cachedText ??= new StringBuilder(1024);
        text.Clear();
        void Field(string? value)
        {
            if (value is null)
            {
                text.Append("-;");
                return;
            }

            text.Append(value.Length).Append(':').Append(value).Append(';');
        }

        void Number(decimal? value)
        {
            if (value is not decimal number)
            {
                text.Append("-;");
                return;
            }

            // The digits of 0.############################ (every decimal, no trailing zeros), written without the custom format.
            Span<char> buffer = stackalloc char[40];
            var digits = DisplayText.Trimmed(number, buffer);
            text.Append(digits.Length).Append(':').Append(digits).Append(';');
        }

        Field("perfind-assessment-v1");
        Field(policy.Id);
        Field(policy.Version);
        Field(policy.ContentHash);
        Field(project.Name);
        Field(project.Department);
        Field(project.Unit);
        Field(project.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        if (project.Code is { } code)
        {
            // Only when given, so projects without a code keep their fingerprints.
            Field("code");
            Field(code);
        }

        var budget = project.Budget;
        Field(budget is null ? "no-budget" : "budget");
        if (budget is not null)
        {
            Number(budget.Initial);
            Number(budget.Adjusted);
            Number(budget.Executed);
            Field(budget.DeviationReason);
            if (budget.Rate is decimal rate)
            {
                // Only when printed, so budgets without a rate keep their fingerprints.
                Field("rate");
                Number(rate);
            }

            Field(budget.Sources.Length.ToString(CultureInfo.InvariantCulture));
            foreach (var source in budget.Sources)
            {
                Field(source.Name);
                Number(source.Initial);
                Number(source.Adjusted);
                Number(source.Executed);
            }
        }

        Field(project.Indicators.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var indicator in project.Indicators)
        {
            Field(indicator.Category?.ToString());
            Field(indicator.Subcategory?.ToString());
            Field(indicator.Name);
            Field(indicator.Target.Text);
            Field(indicator.Target.Kind.ToString());
            Number(indicator.Points);
            Field(indicator.Actual?.Text);
            Field(indicator.Actual?.Kind.ToString());
            Field(indicator.DeviationReason);
            Field(indicator.NotApplicable ? "n/a" : "applies");
            Number(indicator.EvaluatorScore);

            // Labels as printed enter only where they say more than the category itself (产出指标(50分), (30分)), so
            // inputs that print the canonical labels keep their fingerprints.
            if (Printed(indicator.CategoryLabel, indicator.Category?.ToLabel()) || Printed(indicator.SubcategoryLabel, indicator.Subcategory?.ToLabel()))
            {
                Field("labels");
                Field(indicator.CategoryLabel);
                Field(indicator.SubcategoryLabel);
            }
        }

        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += Encoding.UTF8.GetMaxByteCount(chunk.Length);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var used = 0;
            var encoder = Encoding.UTF8.GetEncoder();
            foreach (var chunk in text.GetChunks())
            {
                used += encoder.GetBytes(chunk.Span, buffer.AsSpan(used), flush: false);
            }

            used += encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(used), flush: true);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, used), hash);
            if (text.Capacity > 64 * 1024)
            {
                cachedText = null;
            }

            return "sha256:" + Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
