namespace OshRules.Engine.RuleModel;

/// <summary>A named, typed slot of a rule's left-hand side (the alias of a pattern, query or binding).</summary>
public sealed class Declaration
{
    internal Declaration(string name, Type type, int index, DeclarationKind kind)
    {
        Name = name;
        Type = type;
        Index = index;
        Kind = kind;
    }

    /// <summary>Gets the declaration's name (the alias variable's name, or a generated one).</summary>
    public string Name { get; }

    /// <summary>Gets the declared type.</summary>
    public Type Type { get; }

    internal int Index { get; }

    internal DeclarationKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type.Name}";
}

/// <summary>What fills a declaration's slot in a partial match.</summary>
internal enum DeclarationKind
{
    /// <summary>A working-memory fact (the slot holds its handle).</summary>
    Pattern,

    /// <summary>A value computed by the rule (an aggregate or a binding).</summary>
    Computed,
}
