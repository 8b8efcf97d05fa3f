namespace OshRules.Ergonomics;

/// <summary>
/// The fifteen body regions of the musculoskeletal symptom survey (肌肉骨骼症狀調查表 身體部位), in the column order of 表 5.
/// </summary>
/// <remarks>NMQ-2: every region is scored 0–5 for pain and for joint range; the higher score counts (任選分數高者).</remarks>
public enum BodyRegion
{
    /// <summary>Neck (頸).</summary>
    Neck = 0,

    /// <summary>Upper back (上背).</summary>
    UpperBack = 1,

    /// <summary>Lower back (下背).</summary>
    LowerBack = 2,

    /// <summary>Left shoulder (左肩).</summary>
    LeftShoulder = 3,

    /// <summary>Right shoulder (右肩).</summary>
    RightShoulder = 4,

    /// <summary>Left elbow or forearm (左手肘/前臂).</summary>
    LeftElbowForearm = 5,

    /// <summary>Right elbow or forearm (右手肘/前臂).</summary>
    RightElbowForearm = 6,

    /// <summary>Left hand or wrist (左手/手腕).</summary>
    LeftHandWrist = 7,

    /// <summary>Right hand or wrist (右手/手腕).</summary>
    RightHandWrist = 8,

    /// <summary>Left hip or thigh (左臀/大腿).</summary>
    LeftHipThigh = 9,

    /// <summary>Right hip or thigh (右臀/大腿).</summary>
    RightHipThigh = 10,

    /// <summary>Left knee (左膝).</summary>
    LeftKnee = 11,

    /// <summary>Right knee (右膝).</summary>
    RightKnee = 12,

    /// <summary>Left ankle or foot (左腳踝/腳).</summary>
    LeftAnkleFoot = 13,

    /// <summary>Right ankle or foot (右腳踝/腳).</summary>
    RightAnkleFoot = 14,
}
