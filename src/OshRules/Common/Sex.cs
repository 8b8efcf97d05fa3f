namespace OshRules.Common;

/// <summary>Sex as recorded for occupational health purposes (性別).</summary>
public enum Sex
{
    /// <summary>Female (女).</summary>
    Female = 1,

    /// <summary>Male (男).</summary>
    Male = 2,
}
