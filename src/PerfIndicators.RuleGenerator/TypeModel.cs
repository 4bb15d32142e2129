using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PerfIndicators.RuleGenerator;

/// <summary>What a value in a rule expression is, as far as the translation cares.</summary>
internal enum ValueKind
{
    Bool,
    Int,
    Decimal,
    String,
    Enum,
    NullableEnum,

    /// <summary>A type of the scoring model (facts, parameters and their parts): only its members can be read.</summary>
    Model,

    /// <summary>A real literal without suffix (<c>0.7</c>): double to the library unless promoted to decimal.</summary>
    Real,

    /// <summary>Anything else (collections, long, double …): the generator does not translate it.</summary>
    Other,
}

/// <summary>A type as the translation sees it: its kind, its C# name, and its enum members or model members.</summary>
internal sealed class RuleType : IEquatable<RuleType>
{
    public static readonly RuleType Bool = new(ValueKind.Bool, "bool", []);
    public static readonly RuleType Int = new(ValueKind.Int, "int", []);
    public static readonly RuleType Decimal = new(ValueKind.Decimal, "decimal", []);
    public static readonly RuleType String = new(ValueKind.String, "string", []);
    public static readonly RuleType Real = new(ValueKind.Real, "double", []);
    public static readonly RuleType Other = new(ValueKind.Other, "object", []);

    public RuleType(ValueKind kind, string name, string[] enumMembers)
    {
        Kind = kind;
        Name = name;
        EnumMembers = enumMembers;
    }

    public ValueKind Kind { get; }

    /// <summary>The C# type name, fully qualified with <c>global::</c> for the model's own types.</summary>
    public string Name { get; }

    /// <summary>For an enum (or nullable enum): its member names.</summary>
    public string[] EnumMembers { get; }

    public bool IsNumeric => Kind is ValueKind.Int or ValueKind.Decimal or ValueKind.Real;

    public bool Equals(RuleType? other) =>
        other is not null && Kind == other.Kind && Name == other.Name && EnumMembers.SequenceEqual(other.EnumMembers);

    public override bool Equals(object? obj) => Equals(obj as RuleType);

    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Name);
}

/// <summary>One generated lookup: a partial method the library declares with <c>[GeneratedRules("workflow")]</c>.</summary>
internal sealed class LookupMethod : IEquatable<LookupMethod>
{
    public LookupMethod(string workflow, string name, string parameterName, string modifiers, string returnType, string facts, string parameters, bool isScore)
    {
        Workflow = workflow;
        Name = name;
        ParameterName = parameterName;
        Modifiers = modifiers;
        ReturnType = returnType;
        Facts = facts;
        Parameters = parameters;
        IsScore = isScore;
    }

    public string Workflow { get; }

    public string Name { get; }

    /// <summary>The name of its one parameter, the rule's key.</summary>
    public string ParameterName { get; }

    /// <summary>The declaration's modifiers, repeated on the implementation (<c>public static partial</c>).</summary>
    public string Modifiers { get; }

    public string ReturnType { get; }

    /// <summary>The facts type's name (what <c>x</c> is).</summary>
    public string Facts { get; }

    /// <summary>The parameters type's name (what <c>p</c> is).</summary>
    public string Parameters { get; }

    /// <summary>Whether it returns score delegates (decimal) rather than conditions (bool).</summary>
    public bool IsScore { get; }

    public bool Equals(LookupMethod? other) =>
        other is not null && Workflow == other.Workflow && Name == other.Name && ParameterName == other.ParameterName && Modifiers == other.Modifiers && ReturnType == other.ReturnType
        && Facts == other.Facts && Parameters == other.Parameters && IsScore == other.IsScore;

    public override bool Equals(object? obj) => Equals(obj as LookupMethod);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Workflow + "|" + Name);
}

/// <summary>
/// The class that receives the generated rules, its lookup methods, and the members of every model type a rule can
/// read (the facts, the parameters, and the classes and structs their public properties lead to). Built from the
/// compilation and compared by value, so the translation runs again only when one of these changes.
/// </summary>
internal sealed class TypeModel : IEquatable<TypeModel>
{
    private readonly Dictionary<string, Dictionary<string, RuleType>> members;

    public TypeModel(string @namespace, string className, string classModifiers, LookupMethod[] lookups, Dictionary<string, Dictionary<string, RuleType>> members)
    {
        Namespace = @namespace;
        ClassName = className;
        ClassModifiers = classModifiers;
        Lookups = lookups;
        this.members = members;
    }

    public string Namespace { get; }

    public string ClassName { get; }

    public string ClassModifiers { get; }

    public LookupMethod[] Lookups { get; }

    /// <summary>The type of the public instance member <paramref name="member"/> of the model type <paramref name="type"/>, or <see langword="null"/>.</summary>
    public RuleType? Member(string type, string member) =>
        members.TryGetValue(type, out var ofType) && ofType.TryGetValue(member, out var found) ? found : null;

    public static TypeModel From(INamedTypeSymbol container, IEnumerable<(IMethodSymbol Method, string Workflow)> methods)
    {
        var lookups = new List<LookupMethod>();
        var members = new Dictionary<string, Dictionary<string, RuleType>>(StringComparer.Ordinal);
        foreach (var (method, workflow) in methods.OrderBy(m => m.Method.Name, StringComparer.Ordinal))
        {
            // Func<TFacts, TParameters, bool or decimal>?
            if (method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_String
                || method.ReturnType is not INamedTypeSymbol { Name: "Func", TypeArguments.Length: 3 } func
                || func.ContainingNamespace?.ToDisplayString() != "System")
            {
                continue;
            }

            var result = func.TypeArguments[2].SpecialType;
            if (result is not (SpecialType.System_Boolean or SpecialType.System_Decimal))
            {
                continue;
            }

            var facts = Walk(func.TypeArguments[0], members);
            var parameters = Walk(func.TypeArguments[1], members);
            lookups.Add(new LookupMethod(
                workflow,
                method.Name,
                method.Parameters[0].Name,
                Modifiers(method.DeclaredAccessibility) + (method.IsStatic ? " static" : string.Empty) + " partial",
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes)),
                facts,
                parameters,
                result == SpecialType.System_Decimal));
        }

        return new TypeModel(
            container.ContainingNamespace.IsGlobalNamespace ? string.Empty : container.ContainingNamespace.ToDisplayString(),
            container.Name,
            Modifiers(container.DeclaredAccessibility) + (container.IsStatic ? " static" : string.Empty) + " partial",
            lookups.ToArray(),
            members);
    }

    private static string Modifiers(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        _ => "private protected",
    };

    /// <summary>Records the members of <paramref name="type"/> and of the model types they lead to; returns its name.</summary>
    private static string Walk(ITypeSymbol type, Dictionary<string, Dictionary<string, RuleType>> members)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (members.ContainsKey(name))
        {
            return name;
        }

        var ofType = new Dictionary<string, RuleType>(StringComparer.Ordinal);
        members[name] = ofType;
        var root = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var top = root.Split('.')[0];
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared)
            {
                continue;
            }

            var memberType = member switch
            {
                IPropertySymbol { IsIndexer: false, GetMethod: { DeclaredAccessibility: Accessibility.Public } } property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            if (memberType is null)
            {
                continue;
            }

            ofType[member.Name] = Classify(memberType, top, members);
        }

        return name;
    }

    private static RuleType Classify(ITypeSymbol type, string top, Dictionary<string, Dictionary<string, RuleType>> members)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return RuleType.Bool;
            case SpecialType.System_Int32:
                return RuleType.Int;
            case SpecialType.System_Decimal:
                return RuleType.Decimal;
            case SpecialType.System_String:
                return RuleType.String;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && nullable.TypeArguments[0].TypeKind == TypeKind.Enum)
        {
            var inner = nullable.TypeArguments[0];
            return new RuleType(ValueKind.NullableEnum, inner.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "?", EnumMembers(inner));
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new RuleType(ValueKind.Enum, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), EnumMembers(type));
        }

        if (type is INamedTypeSymbol { IsGenericType: false, TypeKind: TypeKind.Class or TypeKind.Struct } named
            && (named.ContainingNamespace?.ToDisplayString() ?? string.Empty).Split('.')[0] == top && top.Length > 0)
        {
            return new RuleType(ValueKind.Model, Walk(named, members), []);
        }

        return RuleType.Other;
    }

    private static string[] EnumMembers(ITypeSymbol type) =>
        [.. type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name)];

    public bool Equals(TypeModel? other)
    {
        if (other is null || Namespace != other.Namespace || ClassName != other.ClassName || ClassModifiers != other.ClassModifiers
            || !Lookups.SequenceEqual(other.Lookups) || members.Count != other.members.Count)
        {
            return false;
        }

        foreach (var pair in members)
        {
            if (!other.members.TryGetValue(pair.Key, out var theirs) || theirs.Count != pair.Value.Count)
            {
                return false;
            }

            foreach (var member in pair.Value)
            {
                if (!theirs.TryGetValue(member.Key, out var type) || !type.Equals(member.Value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as TypeModel);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Namespace + "." + ClassName) ^ members.Count;
}
