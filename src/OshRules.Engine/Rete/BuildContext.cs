using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Where the building of one rule's path stands: its declarations, the levels of its tuples, its open sources.</summary>
internal sealed class BuildContext
{
    private int _unboundLevel = -1;

    public BuildContext(IRuleDefinition rule, IBetaMemoryNode start)
    {
        Rule = rule;
        BetaSource = start;
    }

    /// <summary>A sub-network's context: it starts where <paramref name="outer"/> stands.</summary>
    public BuildContext(BuildContext outer)
    {
        Rule = outer.Rule;
        BetaSource = outer.BetaSource;
        Declarations.AddRange(outer.Declarations);
        Levels.AddRange(outer.Levels);
    }

    public IRuleDefinition Rule { get; }

    public List<Declaration> Declarations { get; } = [];

    /// <summary>Gets the declaration each level of the tuples binds (null for a Not or Exists level).</summary>
    public List<Declaration?> Levels { get; } = [];

    public AlphaNode? CurrentAlphaNode { get; set; }

    public IObjectSource? AlphaSource { get; set; }

    public IBetaMemoryNode BetaSource { get; set; }

    public bool HasSubnet { get; set; }

    public TupleShape Shape => new([.. Levels]);

    /// <summary>Names a pattern's declaration; a binding or aggregate level made just before takes it.</summary>
    public void RegisterDeclaration(Declaration declaration)
    {
        Declarations.Add(declaration);
        if (_unboundLevel >= 0)
        {
            Levels[_unboundLevel] = declaration;
            _unboundLevel = -1;
        }
    }

    /// <summary>Adds the level of a beta node; a binding or aggregate level is named by the next declaration.</summary>
    public void AddLevel(Declaration? declaration, bool namedNext = false)
    {
        Levels.Add(declaration);
        _unboundLevel = namedNext ? Levels.Count - 1 : -1;
    }

    public void ResetAlphaSource()
    {
        AlphaSource = null;
        HasSubnet = false;
    }
}
