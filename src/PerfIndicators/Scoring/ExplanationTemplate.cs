using System.Collections.Immutable;
using System.Text;

namespace PerfIndicators.Scoring;

/// <summary>
/// An explanation written in a policy rule, with placeholders in braces: <c>实际完成值 {B} ÷ 年度指标值 {A} × 分值 {W} = {score}</c>.
/// Placeholders are checked when the policy is loaded; rendering fills them from the scored indicator.
/// </summary>
internal sealed class ExplanationTemplate
{
    private readonly ImmutableArray<(bool IsPlaceholder, string Text)> parts;

    private ExplanationTemplate(string text, ImmutableArray<(bool, string)> parts)
    {
        Text = text;
        this.parts = parts;
    }

    /// <summary>The most placeholders a template may hold (the shipped policies use at most 6).</summary>
    public const int MaxPlaceholders = 64;

    /// <summary>The longest rendered explanation, in characters; a longer one is cut and ends with <c>…</c>.</summary>
    public const int MaxRenderedLength = 2000;

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; returns an error message instead when a placeholder is unknown or a brace is unbalanced.</summary>
    public static ExplanationTemplate Parse(string text, IReadOnlySet<string> known, out string? error)
    {
        error = null;
        var builder = ImmutableArray.CreateBuilder<(bool, string)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                var end = text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    error = "an opening brace at position " + i + " is never closed";
                    break;
                }

                var name = text[(i + 1)..end];
                if (!known.Contains(name))
                {
                    error = "unknown placeholder {" + name + "}; known: " + string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => "{" + k + "}"));
                    break;
                }

                if (literal.Length > 0)
                {
                    builder.Add((false, literal.ToString()));
                    literal.Clear();
                }

                builder.Add((true, name));
                i = end;
            }
            else if (c == '}')
            {
                error = "a closing brace at position " + i + " has no opening brace";
                break;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            builder.Add((false, literal.ToString()));
        }

        var placeholders = builder.Count(p => p.Item1);
        if (error is null && placeholders > MaxPlaceholders)
        {
            error = "the explanation has " + placeholders + " placeholders; it may have at most " + MaxPlaceholders;
        }

        return new ExplanationTemplate(text, builder.ToImmutable());
    }

    /// <summary>Renders the template, asking <paramref name="resolve"/> for each placeholder.</summary>
    public string Render<TState>(TState state, Func<TState, string, string> resolve) =>
        Render((state, resolve), static (s, name, builder) => builder.Append(s.resolve(s.state, name)));

    /// <summary>Renders the template, letting <paramref name="write"/> append each placeholder's text to the builder (no string per placeholder).</summary>
    public string Render<TState>(TState state, Action<TState, string, StringBuilder> write)
    {
        // One builder per thread, taken while in use (a resolver that renders another template gets a new one): a new
        // builder per explanation grew through two or three char arrays, a third of the bytes a full assessment allocated.
        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        try
        {
            builder.Clear();
            foreach (var (isPlaceholder, text) in parts)
            {
                if (isPlaceholder)
                {
                    write(state, text, builder);
                }
                else
                {
                    builder.Append(text);
                }

                if (builder.Length >= MaxRenderedLength)
                {
                    // Cut where the limit falls, not mid-pair: a high surrogate at the cut goes with its pair.
                    var cut = MaxRenderedLength - 1;
                    if (char.IsHighSurrogate(builder[cut - 1]))
                    {
                        cut--;
                    }

                    return builder.ToString(0, cut) + "…";
                }
            }

            return builder.ToString();
        }
        finally
        {
            // A builder grown by a long explanation is not kept: it would hold its memory for the thread's life.
            if (builder.Capacity <= 1024)
            {
                cachedBuilder = builder;
            }
        }
    }

    [ThreadStatic]
    private static StringBuilder? cachedBuilder;
}
