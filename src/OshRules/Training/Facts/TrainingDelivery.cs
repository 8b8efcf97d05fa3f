namespace OshRules.Training;

/// <summary>How a training session was given (訓練方式).</summary>
public enum TrainingDelivery
{
    /// <summary>In person, in a classroom (實體課程).</summary>
    InPerson = 1,

    /// <summary>Online, on a course designated by the central authority such as the OSHA platform (指定數位學習課程).</summary>
    DesignatedElearning = 2,

    /// <summary>Online, on a course only recognised by the central authority (認可之網路教學課程).</summary>
    RecognisedElearning = 3,
}
