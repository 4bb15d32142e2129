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
    public static string Of(ProjectReport project, ScoringPolicy policy)
    {
        var text = new StringBuilder();
        void Field(string? value)
        {
            if (value is null)
            {
                text.Append("-;");
                return;
            }

            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }

        void Number(decimal? value) => Field(value?.ToString("0.############################", CultureInfo.InvariantCulture));

        Field("perfind-assessment-v1");
        Field(policy.Id);
        Field(policy.Version);
        Field(policy.ContentHash);
        Field(project.Name);
        Field(project.Department);
        Field(project.Unit);
        Field(project.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        var budget = project.Budget;
        Field(budget is null ? "no-budget" : "budget");
        if (budget is not null)
        {
            Number(budget.Initial);
            Number(budget.Adjusted);
            Number(budget.Executed);
            Field(budget.DeviationReason);
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
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
