namespace OshRules.Engine.RuleModel;

/// <summary>
/// Implemented by a fact whose identity in working memory is not its value equality: two facts with equal
/// identities are the same fact (an update may replace one by the other).
/// </summary>
public interface IIdentityProvider
{
    /// <summary>Gets the fact's identity.</summary>
    /// <returns>An object compared with <see cref="object.Equals(object)"/>.</returns>
    object GetIdentity();
}
