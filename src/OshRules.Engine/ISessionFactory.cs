namespace OshRules.Engine;

/// <summary>A compiled rule set; creates sessions. Thread-safe: compile once, share, create a session per unit of work.</summary>
public interface ISessionFactory
{
    /// <summary>Creates a new, empty session.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();
}
