namespace OshRules.Training;

/// <summary>The language a course is taught in (課程語系): Chinese, or one of the foreign languages of the platform (外語).</summary>
/// <remarks>The platform gives 2 test attempts to a Chinese course and 3 to a course in any foreign language (EDU-4).</remarks>
public enum CourseLanguage
{
    /// <summary>Chinese (中文).</summary>
    Chinese = 1,

    /// <summary>English (英文).</summary>
    English = 2,

    /// <summary>Vietnamese (越南文).</summary>
    Vietnamese = 3,

    /// <summary>Indonesian (印尼文).</summary>
    Indonesian = 4,

    /// <summary>Thai (泰文).</summary>
    Thai = 5,

    /// <summary>Another foreign language (其他外語).</summary>
    OtherForeign = 6,
}
