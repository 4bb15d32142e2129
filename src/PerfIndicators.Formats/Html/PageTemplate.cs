using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// A page template a designer can read: HTML with mustache-like tags, parsed once and rendered from
/// <see cref="TemplateValues"/>. Tags: <c>{{name}}</c> the value HTML-encoded; <c>{{name|lines}}</c> encoded, line
/// breaks as <c>&lt;br&gt;</c>; <c>{{{name}}}</c> raw (only for markup made by code, such as the SVG charts);
/// <c>{{#name}}…{{/name}}</c> once per item of a list, once for <see langword="true"/> or a nested set of values,
/// never for <see langword="false"/>, <see langword="null"/> or an empty list; <c>{{^name}}…{{/name}}</c> the opposite;
/// <c>{{&gt;name}}</c> another template of the same set; <c>{{@key}}</c> a label of the set's labels file, itself a
/// template rendered where it stands. A section tag alone on its line takes the line with it. A name is looked up in
/// the innermost values first, then outwards; a name found nowhere is an error, never an empty string.
/// </summary>
internal sealed class PageTemplate
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyScope = new TemplateValues();
    private readonly string name;
    private readonly IReadOnlyList<Node> nodes;

    private PageTemplate(string name, IReadOnlyList<Node> nodes)
    {
        this.name = name;
        this.nodes = nodes;
    }

    /// <summary>The names this template looks up as labels (<c>{{@key}}</c>), at any depth.</summary>
    public IEnumerable<string> LabelKeys => Walk(nodes).OfType<LabelNode>().Select(n => n.Key);

    /// <summary>The templates this template includes (<c>{{&gt;name}}</c>), at any depth.</summary>
    public IEnumerable<string> PartialNames => Walk(nodes).OfType<PartialNode>().Select(n => n.Name);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">When a tag is not closed, or sections do not nest.</exception>
    public static PageTemplate Parse(string name, string text)
    {
        var root = new List<Node>();
        var open = new Stack<(string Name, bool Inverted, List<Node> Outer)>();
        var current = root;
        var pos = 0;
        while (pos < text.Length)
        {
            var start = text.IndexOf("{{", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                current.Add(new TextNode(text[pos..]));
                break;
            }

            var triple = string.CompareOrdinal(text, start, "{{{", 0, 3) == 0;
            var closing = triple ? "}}}" : "}}";
            var close = text.IndexOf(closing, start + closing.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException(name + ": a tag is not closed at offset " + start + ".");
            }

            var end = close + closing.Length;
            var inner = text[(start + closing.Length)..close].Trim();
            var kind = triple ? '{' : inner.Length > 0 && "#^/>@".Contains(inner[0], StringComparison.Ordinal) ? inner[0] : ' ';
            var tag = kind is '{' or ' ' ? inner : inner[1..].Trim();
            if (tag.Length == 0)
            {
                throw new FormatException(name + ": an empty tag at offset " + start + ".");
            }

            var (textEnd, next) = kind is '#' or '^' or '/' ? Standalone(text, pos, start, end) : (start, end);
            if (textEnd > pos)
            {
                current.Add(new TextNode(text[pos..textEnd]));
            }

            switch (kind)
            {
                case '#' or '^':
                    open.Push((tag, kind == '^', current));
                    current = [];
                    break;
                case '/':
                    if (open.Count == 0 || open.Peek().Name != tag)
                    {
                        throw new FormatException(name + ": {{/" + tag + "}} closes " + (open.Count == 0 ? "nothing" : "{{#" + open.Peek().Name + "}}") + ".");
                    }

                    var (sectionName, inverted, outer) = open.Pop();
                    outer.Add(new SectionNode(sectionName, inverted, current));
                    current = outer;
                    break;
                case '>':
                    current.Add(new PartialNode(tag));
                    break;
                case '@':
                    current.Add(new LabelNode(tag));
                    break;
                case '{':
                    current.Add(new ValueNode(tag, Raw: true, Lines: false));
                    break;
                default:
                    var lines = tag.EndsWith("|lines", StringComparison.Ordinal);
                    current.Add(new ValueNode(lines ? tag[..^"|lines".Length].TrimEnd() : tag, Raw: false, lines));
                    break;
            }

            pos = next;
        }

        if (open.Count > 0)
        {
            throw new FormatException(name + ": {{#" + open.Peek().Name + "}} is not closed.");
        }

        return new PageTemplate(name, root);
    }

    /// <summary>Renders the template with <paramref name="values"/> onto <paramref name="output"/>.</summary>
    /// <exception cref="KeyNotFoundException">When a name, label or template is found nowhere.</exception>
    /// <exception cref="InvalidOperationException">When a value has a type its tag cannot show.</exception>
    public void Render(TextWriter output, PageTemplates set, TemplateValues values)
    {
        var scopes = new List<IReadOnlyDictionary<string, object?>> { values };
        Render(nodes, output, set, scopes);
    }

    internal void Render(TextWriter output, PageTemplates set, List<IReadOnlyDictionary<string, object?>> scopes) => Render(nodes, output, set, scopes);

    private void Render(IReadOnlyList<Node> list, TextWriter output, PageTemplates set, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        foreach (var node in list)
        {
            switch (node)
            {
                case TextNode text:
                    output.Write(text.Text);
                    break;
                case ValueNode value:
                    var shown = Lookup(scopes, value.Name) as string
                        ?? throw new InvalidOperationException(name + ": {{" + value.Name + "}} is not text.");
                    output.Write(value.Raw ? shown : value.Lines ? set.Encode(shown).Replace("\n", "<br>", StringComparison.Ordinal) : set.Encode(shown));
                    break;
                case LabelNode label:
                    set.Label(label.Key).Render(output, set, scopes);
                    break;
                case PartialNode partial:
                    set.Get(partial.Name).Render(output, set, scopes);
                    break;
                case SectionNode section:
                    RenderSection(section, Lookup(scopes, section.Name), output, set, scopes);
                    break;
            }
        }
    }

    private void RenderSection(SectionNode section, object? value, TextWriter output, PageTemplates set, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? items = value switch
        {
            IReadOnlyDictionary<string, object?> one => [one],
            IEnumerable<IReadOnlyDictionary<string, object?>> many => [.. many],
            _ => null,
        };
        var shown = items is not null ? items.Count > 0 : value switch
        {
            null or false => false,
            true => true,
            string text => text.Length > 0,
            _ => throw new InvalidOperationException(name + ": {{#" + section.Name + "}} is a " + value.GetType().Name + ", not a list, values or a yes/no."),
        };
        if (section.Inverted || !shown)
        {
            if (section.Inverted && !shown)
            {
                Render(section.Children, output, set, scopes);
            }

            return;
        }

        foreach (var item in items ?? [EmptyScope])
        {
            scopes.Add(item);
            Render(section.Children, output, set, scopes);
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    private object? Lookup(List<IReadOnlyDictionary<string, object?>> scopes, string key)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].TryGetValue(key, out var value))
            {
                return value;
            }
        }

        throw new KeyNotFoundException(name + ": no value named '" + key + "'.");
    }

    /// <summary>Where the text before a section tag ends and the text after it starts: the whole line when the tag stands alone on it.</summary>
    private static (int TextEnd, int Next) Standalone(string text, int pos, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        if (lineStart < pos || !string.IsNullOrWhiteSpace(text[lineStart..start]) && lineStart < start)
        {
            return (start, end);
        }

        var lineEnd = text.IndexOf('\n', end);
        var after = lineEnd < 0 ? text[end..] : text[end..lineEnd];
        return after.Length == 0 || string.IsNullOrWhiteSpace(after) ? (lineStart, lineEnd < 0 ? text.Length : lineEnd + 1) : (start, end);
    }

    private static IEnumerable<Node> Walk(IEnumerable<Node> list)
    {
        foreach (var node in list)
        {
            yield return node;
            if (node is SectionNode section)
            {
                foreach (var child in Walk(section.Children))
                {
                    yield return child;
                }
            }
        }
    }

    private abstract record Node;

    private sealed record TextNode(string Text) : Node;

    private sealed record ValueNode(string Name, bool Raw, bool Lines) : Node;

    private sealed record LabelNode(string Key) : Node;

    private sealed record PartialNode(string Name) : Node;

    private sealed record SectionNode(string Name, bool Inverted, IReadOnlyList<Node> Children) : Node;
}

/// <summary>The values a <see cref="PageTemplate"/> is rendered from: text, yes/no, nested values, or lists of them.</summary>
internal sealed class TemplateValues : Dictionary<string, object?>
{
    public TemplateValues()
        : base(StringComparer.Ordinal)
    {
    }
}

/// <summary>
/// The templates of one page kind with their labels and encoding: embedded resources under <c>Html/Templates/</c>,
/// read and parsed once.
/// </summary>
internal sealed class PageTemplates
{
    private const string Prefix = "PerfIndicators.Formats.Html.Templates.";
    private readonly Dictionary<string, PageTemplate> templates;
    private readonly Dictionary<string, PageTemplate> labels;

    private PageTemplates(Dictionary<string, PageTemplate> templates, Dictionary<string, PageTemplate> labels, Func<string, string> encode)
    {
        this.templates = templates;
        this.labels = labels;
        Encode = encode;
    }

    /// <summary>How <c>{{name}}</c> encodes text.</summary>
    public Func<string, string> Encode { get; }

    /// <summary>The templates by name (the file name without <c>.html</c>).</summary>
    public IReadOnlyDictionary<string, PageTemplate> Templates => templates;

    /// <summary>The label keys of the labels file.</summary>
    public IEnumerable<string> LabelKeys => labels.Keys;

    /// <summary>Loads the named templates (<c>review</c> for <c>Html/Templates/review.html</c>) and the labels file.</summary>
    public static PageTemplates Load(Func<string, string> encode, string labelsFile, params string[] names) =>
        FromText(encode, labelsFile, Resource(labelsFile), [.. names.Select(n => (n, Resource(n + ".html")))]);

    /// <summary>Parses templates and a labels file given as text.</summary>
    /// <exception cref="FormatException">When a template or the labels file is malformed.</exception>
    public static PageTemplates FromText(Func<string, string> encode, string labelsFile, string labelsText, params (string Name, string Text)[] templates) =>
        new(
            templates.ToDictionary(t => t.Name, t => PageTemplate.Parse(t.Name + ".html", t.Text), StringComparer.Ordinal),
            ParseLabels(labelsFile, labelsText),
            encode);

    /// <summary>Reads a labels file: <c>key=text</c> per line (the text verbatim after the first <c>=</c>), <c>#</c> comments and blank lines ignored.</summary>
    /// <exception cref="FormatException">When a line has no <c>=</c> or a key is given twice.</exception>
    public static Dictionary<string, PageTemplate> ParseLabels(string file, string text)
    {
        var labels = new Dictionary<string, PageTemplate>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var content = line.TrimEnd('\r');
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException(file + ":" + number + ": expected key=text.");
            }

            var key = content[..equals].Trim();
            if (!labels.TryAdd(key, PageTemplate.Parse(file + ":" + key, content[(equals + 1)..])))
            {
                throw new FormatException(file + ":" + number + ": the label " + key + " is given twice.");
            }
        }

        return labels;
    }

    /// <summary>Renders the template <paramref name="name"/>.</summary>
    public void Render(string name, TextWriter output, TemplateValues values) => Get(name).Render(output, this, values);

    /// <summary>Renders a label with <paramref name="values"/>, its values not encoded (for text that code escapes itself, as in the SVG charts).</summary>
    public string Plain(string key, TemplateValues? values = null)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Label(key).Render(output, new PageTemplates(templates, labels, static text => text), values ?? []);
        return output.ToString();
    }

    internal PageTemplate Get(string name) =>
        templates.TryGetValue(name, out var template) ? template : throw new KeyNotFoundException("No template named '" + name + "'.");

    internal PageTemplate Label(string key) =>
        labels.TryGetValue(key, out var label) ? label : throw new KeyNotFoundException("No label named '" + key + "'.");

    private static string Resource(string file)
    {
        using var stream = typeof(PageTemplates).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException("The template resource " + file + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
