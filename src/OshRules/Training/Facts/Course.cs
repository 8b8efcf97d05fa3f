using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// An e-learning course of the OSHA platform (數位學習課程): its language, the reading hours it requires, its nodes and
/// the training hours it earns. Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// A course requiring 0 reading hours meets that condition from the learner's first recorded event (and again at
/// once after a reset); every platform course seen requires some reading.
/// </remarks>
public sealed record Course
{
    /// <summary>The most nodes a course may have; more is taken as a data error.</summary>
    public const int MaxNodes = 1000;

    /// <summary>Creates a course.</summary>
    /// <param name="id">The course key (課程代碼), 1–64 printable characters.</param>
    /// <param name="language">The language (課程語系).</param>
    /// <param name="requiredReadingHours">The reading hours required to pass (閱讀時數), 0 or more.</param>
    /// <param name="nodeCount">The number of nodes (課程節點), 1 to <see cref="MaxNodes"/>.</param>
    /// <param name="trainingHours">The training hours a pass earns (訓練時數), 0 or more.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public Course(string id, CourseLanguage language, decimal requiredReadingHours, int nodeCount, decimal trainingHours)
    {
        Id = Guard.NotBlank(id, "Course.Id", "EDU-1", 64);
        Language = Guard.Defined(language, "Course.Language", "EDU-4");
        RequiredReadingHours = TrainingGuard.Hours(requiredReadingHours, "Course.RequiredReadingHours", "EDU-1");
        NodeCount = Guard.InRange(nodeCount, 1, MaxNodes, "Course.NodeCount", "EDU-2");
        TrainingHours = TrainingGuard.Hours(trainingHours, "Course.TrainingHours", "EDU-6");
    }

    /// <summary>The course key (課程代碼).</summary>
    public string Id { get; }

    /// <summary>The language (課程語系).</summary>
    public CourseLanguage Language { get; }

    /// <summary>Whether the course is in a foreign language (外語課程), which gives it 3 test attempts instead of 2.</summary>
    public bool IsForeignLanguage => Language != CourseLanguage.Chinese;

    /// <summary>Reading hours required (閱讀時數), at least.</summary>
    public decimal RequiredReadingHours { get; }

    /// <summary>Number of nodes (節點數); every one must be opened (閱讀進度).</summary>
    public int NodeCount { get; }

    /// <summary>Training hours a pass earns (訓練時數).</summary>
    public decimal TrainingHours { get; }

    /// <summary>Whether it is one of the platform's construction courses (營造業課程), usable for OSH-card re-training (EDU-8).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IsConstructionCourse { get; init; }

    /// <summary>Designated or merely recognised by the central authority (指定或認可).</summary>
    /// <value>The default value is <see cref="CourseDesignation.Designated"/>: the OSHA platform's courses are designated.</value>
    public CourseDesignation Designation
    {
        get;
        init => field = Guard.Defined(value, "Course.Designation", "EDU-7");
    } = CourseDesignation.Designated;
}
