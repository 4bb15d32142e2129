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
    private static Writer? cachedWriter;

    private static bool Printed(string? label, string? canonical) => label is not null && (canonical is null || !label.AsSpan().Trim().SequenceEqual(canonical));

    public static string Of(AssessmentInput project, ScoringPolicy policy)
    {
        // One writer per thread, taken while in use: the listing goes to SHA-256 in UTF-8 pieces through a fixed buffer, never
        // held whole (a 10,000-indicator project's listing is over a megabyte).
        var writer = cachedWriter ?? new Writer();
        cachedWriter = null;
        try
        {
            return Hash(project, policy, writer);
        }
        finally
        {
            cachedWriter = writer;
        }
    }

    private static string Hash(AssessmentInput project, ScoringPolicy policy, Writer writer)
    {
        writer.Reset();
        void Field(string? value) => writer.Field(value);

        void Number(decimal? value)
        {
            if (value is not decimal number)
            {
                writer.Field(null);
                return;
            }

            // The digits of 0.############################ (every decimal, no trailing zeros), written without the custom format.
            Span<char> buffer = stackalloc char[40];
            writer.Field(DisplayText.Trimmed(number, buffer));
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
            Field(indicator.Category is { } category ? EnumNames<IndicatorCategory>.Of(category) : null);
            Field(indicator.Subcategory is { } subcategory ? EnumNames<IndicatorSubcategory>.Of(subcategory) : null);
            Field(indicator.Name);
            Field(indicator.Target.Text);
            Field(EnumNames<TargetKind>.Of(indicator.Target.Kind));
            Number(indicator.Points);
            Field(indicator.Actual?.Text);
            Field(indicator.Actual is { } actual ? EnumNames<ActualKind>.Of(actual.Kind) : null);
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

        return writer.Finish();
    }

    /// <summary>
    /// Writes the listing — each field as <c>length:value;</c> (the length in UTF-16 code units), a missing one as <c>-;</c> — to
    /// SHA-256 in UTF-8. Fields gather as text; past a few thousand characters the text goes to the hash, so a large project's
    /// listing is never held whole. A lone surrogate is written as U+FFFD, as the UTF-8 encoder writes it.
    /// </summary>
    private sealed class Writer
    {
        private const int FlushAt = 4096;

        private readonly StringBuilder text = new(FlushAt + 1024);
        private readonly byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(FlushAt + 1024)];
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();

        public void Reset()
        {
            text.Clear();
            encoder.Reset();
            Span<byte> discard = stackalloc byte[SHA256.HashSizeInBytes];
            hash.GetHashAndReset(discard);
        }

        public void Field(string? value)
        {
            if (value is null)
            {
                text.Append("-;");
                FlushIfLong();
            }
            else
            {
                Field(value.AsSpan());
            }
        }

        public void Field(ReadOnlySpan<char> value)
        {
            text.Append(value.Length).Append(':').Append(value).Append(';');
            FlushIfLong();
        }

        public string Finish()
        {
            Flush(final: true);
            Span<byte> result = stackalloc byte[SHA256.HashSizeInBytes];
            hash.GetHashAndReset(result);
            return "sha256:" + Convert.ToHexStringLower(result);
        }

        private void FlushIfLong()
        {
            if (text.Length >= FlushAt)
            {
                Flush(final: false);
            }
        }

        private void Flush(bool final)
        {
            // The encoder keeps a high surrogate that ends one piece for the next, so the bytes are those of the whole listing.
            foreach (var chunk in text.GetChunks())
            {
                var span = chunk.Span;
                while (!span.IsEmpty)
                {
                    var piece = span.Length > FlushAt ? span[..FlushAt] : span;
                    var written = encoder.GetBytes(piece, bytes, flush: false);
                    hash.AppendData(bytes, 0, written);
                    span = span[piece.Length..];
                }
            }

            if (final)
            {
                var written = encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes, flush: true);
                hash.AppendData(bytes, 0, written);
            }

            text.Clear();
            if (text.Capacity > 64 * 1024)
            {
                text.Capacity = FlushAt + 1024;
            }
        }
    }
}
