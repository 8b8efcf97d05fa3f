namespace OshRules.Engine.Rete;

/// <summary>How many right facts a left tuple of a Not or Exists node currently matches.</summary>
internal sealed class Quantifier
{
    public int Value { get; set; }
}
