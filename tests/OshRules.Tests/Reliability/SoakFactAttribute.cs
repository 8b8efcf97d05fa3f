namespace OshRules.Tests.Reliability;

/// <summary>A fact that runs only when the environment variable <c>OSHRULES_SOAK=1</c> is set; skipped otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SoakFactAttribute : FactAttribute
{
    public SoakFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("OSHRULES_SOAK") != "1")
        {
            Skip = "Soak test: set OSHRULES_SOAK=1 to run it.";
        }
    }
}
