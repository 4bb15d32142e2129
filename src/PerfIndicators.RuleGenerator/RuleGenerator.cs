using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.RuleGenerator;

/// <summary>
/// Compiles the rules of the policy files given as AdditionalFiles into C#, behind the partial lookup methods a class
/// declares with <c>[GeneratedRules("indicator")]</c> (each takes a rule's key and returns its delegate or null). A rule
/// whose expressions it cannot translate exactly is left out, and the policy loader compiles it when the policy is
/// loaded, as it does for any policy file of a user's.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RuleGenerator : IIncrementalGenerator
{
    private const string AttributeName = "PerfIndicators.Scoring.Rules.GeneratedRulesAttribute";

    private static readonly DiagnosticDescriptor NotJson = new(
        "PIRG001",
        "A policy file is not valid JSON",
        "{0} is not valid JSON at line {1}, column {2}: {3}",
        "PerfIndicators.Rules",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor CompiledAtLoad = new(
        "PIRG002",
        "A rule is compiled when its policy is loaded",
        "{0}: rule {1} is compiled when the policy is loaded, not at build time: {2}",
        "PerfIndicators.Rules",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor BadLookup = new(
        "PIRG003",
        "A [GeneratedRules] method has the wrong shape",
        "{0} must be a top-level partial class's static partial method Func<TFacts, TParameters, bool or decimal>? {1}(string key)",
        "PerfIndicators.Rules",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lookups = context.SyntaxProvider.ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntax, _) => Describe(syntax))
            .Collect();

        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellation) => new PolicyText(file.Path, file.GetText(cancellation)?.ToString() ?? string.Empty))
            .Collect();

        context.RegisterSourceOutput(lookups.Combine(files), static (output, input) => Emit(output, input.Left, input.Right));
    }

    private static TypeModel? Describe(GeneratorAttributeSyntaxContext syntax)
    {
        if (syntax.TargetSymbol is not IMethodSymbol method || method.ContainingType is not { ContainingType: null } container
            || !method.IsStatic || !method.IsPartialDefinition
            || syntax.Attributes.FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value is not string workflow)
        {
            return null;
        }

        var model = TypeModel.From(container, [(method, workflow)]);
        return model.Lookups.Length == 1 ? model : null;
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<TypeModel?> lookups, ImmutableArray<PolicyText> files)
    {
        if (lookups.IsDefaultOrEmpty)
        {
            return;
        }

        if (lookups.Any(l => l is null))
        {
            output.ReportDiagnostic(Diagnostic.Create(BadLookup, Location.None, "A [GeneratedRules] method", "Find"));
        }

        var rules = new List<PolicyRule>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            try
            {
                rules.AddRange(PolicyRule.Read(file));
            }
            catch (JsonSyntaxException e)
            {
                output.ReportDiagnostic(Diagnostic.Create(NotJson, Location.None, file.Name, e.Line, e.Column, e.Message));
            }
        }

        foreach (var container in lookups.Where(l => l is not null).GroupBy(l => l!.Namespace + "." + l.ClassName, StringComparer.Ordinal))
        {
            var models = container.ToList();
            var source = new ClassWriter(models[0]!);
            foreach (var lookup in models.SelectMany(m => m!.Lookups).OrderBy(l => l.Name, StringComparer.Ordinal))
            {
                var model = models.First(m => m!.Lookups.Contains(lookup))!;
                source.Lookup(lookup, model, rules.Where(r => r.Workflow == lookup.Workflow), output);
            }

            output.AddSource(models[0]!.ClassName + ".Rules.g.cs", source.ToString());
        }
    }

    /// <summary>Writes the partial class: the lookups' bodies and one method per distinct rule key.</summary>
    private sealed class ClassWriter
    {
        private readonly TypeModel container;
        private readonly StringBuilder members = new();
        private readonly StringBuilder lookups = new();
        private int methods;

        public ClassWriter(TypeModel container) => this.container = container;

        public void Lookup(LookupMethod lookup, TypeModel types, IEnumerable<PolicyRule> rules, SourceProductionContext output)
        {
            // One method per distinct key: the rules that share it (a variant repeating its base's rule) share it.
            var byKey = new SortedDictionary<string, List<PolicyRule>>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (lookup.IsScore && rule.Output is null)
                {
                    continue;
                }

                var key = lookup.IsScore ? rule.Shape.ScoreKey(rule.Output!) : rule.Shape.ConditionKey();
                if (!byKey.TryGetValue(key, out var users))
                {
                    byKey[key] = users = [];
                }

                users.Add(rule);
            }

            var cases = new List<KeyValuePair<string, string>>();
            foreach (var pair in byKey)
            {
                var rule = pair.Value[0];
                string body;
                try
                {
                    var scope = new Scope(types, lookup.Facts, lookup.Parameters, new Dictionary<string, Typed>(StringComparer.Ordinal));
                    body = lookup.IsScore ? ScoreBody(rule.Shape, rule.Output!, scope) : ConditionBody(rule.Shape, scope, new Counter());
                }
                catch (NotTranslatedException e)
                {
                    foreach (var user in pair.Value)
                    {
                        output.ReportDiagnostic(Diagnostic.Create(CompiledAtLoad, Location.None, user.File, user.Workflow + "/" + user.Shape.Name, e.Message));
                    }

                    continue;
                }

                var name = (lookup.IsScore ? "Score" : "Condition") + methods++.ToString(CultureInfo.InvariantCulture);
                cases.Add(new KeyValuePair<string, string>(pair.Key, name));
                members.Append("    // ").Append(Comment(string.Join(", ", pair.Value.Select(u => u.Workflow + "/" + u.Shape.Name + " (" + u.File + ")").Distinct()))).Append('\n');
                members.Append("    private static ").Append(lookup.IsScore ? "decimal " : "bool ").Append(name)
                    .Append('(').Append(lookup.Facts).Append(" x, ").Append(lookup.Parameters).Append(" p)\n    {\n")
                    .Append(body).Append("    }\n\n");
            }

            lookups.Append("    ").Append(lookup.Modifiers).Append(' ').Append(lookup.ReturnType).Append(' ').Append(lookup.Name)
                .Append("(string ").Append(lookup.ParameterName).Append(") => ").Append(lookup.ParameterName).Append(" switch\n    {\n");
            foreach (var pair in cases)
            {
                lookups.Append("        ").Append(CSharp.Literal(pair.Key)).Append(" => ").Append(pair.Value).Append(",\n");
            }

            lookups.Append("        _ => null,\n    };\n\n");
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("// <auto-generated>\n");
            text.Append("// Written by PerfIndicators.RuleGenerator from the policy files of this build. Each method is one rule's\n");
            text.Append("// condition or score, translated from its expressions; the build compiles it, and the policy loader uses it\n");
            text.Append("// for a rule with exactly these expressions.\n");
            text.Append("// </auto-generated>\n");
            text.Append("#nullable enable\n");
            text.Append("#pragma warning disable CS8321 // the local function of a disabled child rule is compiled but never called\n\n");
            if (container.Namespace.Length > 0)
            {
                text.Append("namespace ").Append(container.Namespace).Append(";\n\n");
            }

            text.Append(container.ClassModifiers).Append(" class ").Append(container.ClassName).Append("\n{\n");
            text.Append(lookups).Append(members);
            text.Length -= 1;
            text.Append("}\n");
            return text.ToString();
        }

        private static string Comment(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }

    private sealed class Counter
    {
        private int next;

        public int Next() => next++;
    }

    /// <summary>The body of a condition method: the local parameters, the child rules as local functions, the result.</summary>
    private static string ConditionBody(RuleShape shape, Scope scope, Counter names, string indent = "        ")
    {
        var body = new StringBuilder();
        scope = Locals(shape, scope, names, body, indent);
        if (shape.Operator is null)
        {
            body.Append(indent).Append("return ").Append(RuleTranslator.Condition(Parse(shape.Expression ?? string.Empty), scope)).Append(";\n");
            return body.ToString();
        }

        if (shape.Operator is not ("And" or "AndAlso" or "Or" or "OrElse") || shape.Children.Count == 0 || !shape.Children.Any(c => c.Enabled))
        {
            throw new NotTranslatedException("the operator " + shape.Operator);
        }

        // The enabled children in order: And and Or evaluate every one (& and |), AndAlso and OrElse stop when the result is known.
        var calls = new List<string>();
        foreach (var child in shape.Children)
        {
            var function = "child" + names.Next().ToString(CultureInfo.InvariantCulture);
            body.Append(indent).Append("bool ").Append(function).Append("()\n").Append(indent).Append("{\n")
                .Append(ConditionBody(child, scope, names, indent + "    ")).Append(indent).Append("}\n");
            if (child.Enabled)
            {
                calls.Add(function + "()");
            }
        }

        var op = (shape.IsConjunction ? "&" : "|") + (shape.IsShortCircuit ? (shape.IsConjunction ? "&" : "|") : string.Empty);
        body.Append(indent).Append("return ").Append(string.Join(" " + op + " ", calls)).Append(";\n");
        return body.ToString();
    }

    private static string ScoreBody(RuleShape shape, string output, Scope scope)
    {
        var body = new StringBuilder();
        scope = Locals(shape, scope, new Counter(), body, "        ");
        body.Append("        return ").Append(RuleTranslator.Score(Parse(output), scope)).Append(";\n");
        return body.ToString();
    }

    private static Scope Locals(RuleShape shape, Scope scope, Counter names, StringBuilder body, string indent)
    {
        foreach (var pair in shape.LocalParams)
        {
            if (scope.Locals.ContainsKey(pair.Key))
            {
                throw new NotTranslatedException("the local parameter " + pair.Key + " is defined twice");
            }

            var value = RuleTranslator.Local(Parse(pair.Value), scope);
            var local = "local" + names.Next().ToString(CultureInfo.InvariantCulture);
            body.Append(indent).Append(value.Type.Name).Append(' ').Append(local).Append(" = ").Append(value.Code).Append(";\n");
            scope = scope.With(pair.Key, new Typed(local, value.Type));
        }

        return scope;
    }

    private static Syntax Parse(string expression) =>
        ExpressionLimits.Check(expression) is { } tooLarge ? throw new NotTranslatedException(tooLarge) : Syntax.Parse(expression);
}

/// <summary>A policy file's path and text; compared by value, so an unchanged file is not read again.</summary>
internal sealed class PolicyText(string path, string text) : IEquatable<PolicyText>
{
    public string Path { get; } = path;

    public string Text { get; } = text;

    /// <summary>The file's name for messages (<c>rules/national.json</c>).</summary>
    public string Name
    {
        get
        {
            var directory = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path) ?? string.Empty);
            return (directory.Length > 0 ? directory + "/" : string.Empty) + System.IO.Path.GetFileName(Path);
        }
    }

    public bool Equals(PolicyText? other) => other is not null && Path == other.Path && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as PolicyText);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Text.Length;
}

/// <summary>One top-level rule of a policy file's workflow, read as the loader reads it.</summary>
internal sealed class PolicyRule(string file, string workflow, RuleShape shape, string? output)
{
    public string File { get; } = file;

    public string Workflow { get; } = workflow;

    public RuleShape Shape { get; } = shape;

    /// <summary>The score expression (<c>actions.onSuccess.context.expression</c>), or <see langword="null"/>.</summary>
    public string? Output { get; } = output;

    public static IEnumerable<PolicyRule> Read(PolicyText file)
    {
        var root = JsonReader.Parse(file.Text);
        if (root["workflows"] is not JsonArray workflows)
        {
            yield break;
        }

        foreach (var workflow in workflows.Items)
        {
            if (workflow["workflowName"]?.AsString is not { } name || workflow["rules"] is not JsonArray rules)
            {
                continue;
            }

            foreach (var rule in rules.Items)
            {
                if (ReadShape(rule, 0) is { } shape)
                {
                    var context = rule["actions"]?["onSuccess"]?["context"] as JsonObject;
                    var output = context?.Members.Where(m => m.Key == "expression").Select(m => m.Value.AsString).FirstOrDefault();
                    yield return new PolicyRule(file.Name, name, shape, output);
                }
            }
        }
    }

    /// <summary>The rule's shape as <c>PolicyLoader</c> builds it, or <see langword="null"/> when the loader would refuse the rule anyway.</summary>
    private static RuleShape? ReadShape(JsonNode rule, int depth)
    {
        if (rule is not JsonObject || depth > 8)
        {
            return null;
        }

        var localParams = new List<KeyValuePair<string, string>>();
        if (rule["localParams"] is JsonArray parameters)
        {
            foreach (var parameter in parameters.Items)
            {
                if (parameter["name"]?.AsString is not { } name || parameter["expression"]?.AsString is not { } expression)
                {
                    return null;
                }

                localParams.Add(new KeyValuePair<string, string>(name, expression));
            }
        }

        var children = new List<RuleShape>();
        if (rule["rules"] is JsonArray nested)
        {
            foreach (var child in nested.Items)
            {
                if (ReadShape(child, depth + 1) is not { } shape)
                {
                    return null;
                }

                children.Add(shape);
            }
        }

        var enabled = rule["enabled"] is not JsonLiteral { Text: "false" };
        return new RuleShape(rule["ruleName"]?.AsString ?? string.Empty, localParams, rule["expression"]?.AsString, rule["operator"]?.AsString, children, enabled);
    }
}
