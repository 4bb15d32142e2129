using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfIndicators.RuleGenerator;

/// <summary>A JSON value as the policy loader reads it: comments and trailing commas allowed.</summary>
internal abstract class JsonNode
{
    /// <summary>The member <paramref name="name"/> of an object, matched case-insensitively as the loader does, or <see langword="null"/>.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            if (this is JsonObject obj)
            {
                foreach (var member in obj.Members)
                {
                    if (string.Equals(member.Key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return member.Value;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>The text of a string value, or <see langword="null"/>.</summary>
    public string? AsString => this is JsonString s ? s.Value : null;
}

internal sealed class JsonObject(List<KeyValuePair<string, JsonNode>> members) : JsonNode
{
    public List<KeyValuePair<string, JsonNode>> Members { get; } = members;
}

internal sealed class JsonArray(List<JsonNode> items) : JsonNode
{
    public List<JsonNode> Items { get; } = items;
}

internal sealed class JsonString(string value) : JsonNode
{
    public string Value { get; } = value;
}

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, as written.</summary>
internal sealed class JsonLiteral(string text) : JsonNode
{
    public string Text { get; } = text;
}

/// <summary>Why a file is not JSON, and where.</summary>
internal sealed class JsonSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>Reads JSON with <c>//</c> and <c>/* */</c> comments and trailing commas, as the policy loader accepts it.</summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string text;
    private int position;

    private JsonReader(string text) => this.text = text;

    public static JsonNode Parse(string text)
    {
        var reader = new JsonReader(text);
        var value = reader.Value(0);
        reader.SkipTrivia();
        if (reader.position < text.Length)
        {
            throw reader.Error("unexpected text after the value");
        }

        return value;
    }

    private JsonNode Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        SkipTrivia();
        if (position >= text.Length)
        {
            throw Error("unexpected end of the file");
        }

        switch (text[position])
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return new JsonString(String());
            default:
                return Literal();
        }
    }

    private JsonObject Object(int depth)
    {
        position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        while (true)
        {
            SkipTrivia();
            if (Peek() == '}')
            {
                position++;
                return new JsonObject(members);
            }

            if (Peek() != '"')
            {
                throw Error("a property name in double quotes was expected");
            }

            var name = String();
            SkipTrivia();
            if (Peek() != ':')
            {
                throw Error("':' was expected");
            }

            position++;
            members.Add(new KeyValuePair<string, JsonNode>(name, Value(depth + 1)));
            SkipTrivia();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != '}')
            {
                throw Error("',' or '}' was expected");
            }
        }
    }

    private JsonArray Array(int depth)
    {
        position++;
        var items = new List<JsonNode>();
        while (true)
        {
            SkipTrivia();
            if (Peek() == ']')
            {
                position++;
                return new JsonArray(items);
            }

            items.Add(Value(depth + 1));
            SkipTrivia();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != ']')
            {
                throw Error("',' or ']' was expected");
            }
        }
    }

    private string String()
    {
        position++;
        var value = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("the string is not closed");
            }

            var c = text[position++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c < ' ')
            {
                throw Error("a control character in a string");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = position < text.Length ? text[position++] : '\0';
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length
                        || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("an invalid \\u escape");
                    }

                    value.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Error("an invalid escape");
            }
        }
    }

    private JsonLiteral Literal()
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '-' or '+' or '.'))
        {
            position++;
        }

        if (position == start)
        {
            throw Error("a value was expected");
        }

        return new JsonLiteral(text.Substring(start, position - start));
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("the comment is not closed");
                }

                position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private JsonSyntaxException Error(string problem)
    {
        int line = 1, column = 1;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new JsonSyntaxException(problem, line, column);
    }
}
