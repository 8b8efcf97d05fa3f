namespace OshRules.MaternalProtection;

/// <summary>
/// Findings of the obstetrician's health and fitness assessment 附表三 (妊娠及分娩後未滿一年勞工之健康及工作適性評估建議表),
/// MAT-15. Every value is optional; given values are finite and not negative. Immutable and thread-safe.
/// </summary>
public sealed record PhysicianFindings
{
    private const string Rule = "MAT-15";

    /// <summary>Creates the findings.</summary>
    /// <param name="workerId">The worker's key.</param>
    public PhysicianFindings(string workerId) =>
        WorkerId = MaternalGuard.WorkerId(workerId, "PhysicianFindings.WorkerId", Rule);

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>Haemoglobin in g/dL (血紅素).</summary>
    public double? HaemoglobinGramsPerDecilitre { get; init => field = Check(value, "PhysicianFindings.HaemoglobinGramsPerDecilitre"); }

    /// <summary>Protein in 24-hour urine, in mg (24 小時尿蛋白質).</summary>
    public double? ProteinuriaMilligramsPer24Hours { get; init => field = Check(value, "PhysicianFindings.ProteinuriaMilligramsPer24Hours"); }

    /// <summary>Systolic blood pressure now, in mmHg (收縮壓).</summary>
    public double? SystolicMmHg { get; init => field = Check(value, "PhysicianFindings.SystolicMmHg"); }

    /// <summary>Diastolic blood pressure now, in mmHg (舒張壓).</summary>
    public double? DiastolicMmHg { get; init => field = Check(value, "PhysicianFindings.DiastolicMmHg"); }

    /// <summary>Systolic blood pressure early in the pregnancy, in mmHg (妊娠早期收縮壓).</summary>
    public double? EarlySystolicMmHg { get; init => field = Check(value, "PhysicianFindings.EarlySystolicMmHg"); }

    /// <summary>Diastolic blood pressure early in the pregnancy, in mmHg (妊娠早期舒張壓).</summary>
    public double? EarlyDiastolicMmHg { get; init => field = Check(value, "PhysicianFindings.EarlyDiastolicMmHg"); }

    /// <summary>Uterine contractions per hour (子宮收縮頻率，每小時次數).</summary>
    public double? ContractionsPerHour { get; init => field = Check(value, "PhysicianFindings.ContractionsPerHour"); }

    /// <summary>Weeks of gestation (妊娠週數), used for fetal growth and threatened abortion or preterm labour.</summary>
    public double? GestationWeeks { get; init => field = Check(value, "PhysicianFindings.GestationWeeks"); }

    /// <summary>Estimated fetal weight in g (胎兒體重).</summary>
    public double? FetalWeightGrams { get; init => field = Check(value, "PhysicianFindings.FetalWeightGrams"); }

    /// <summary>Signs of threatened abortion or preterm labour (迫切性流產或早產); which one depends on <see cref="GestationWeeks"/>.</summary>
    public bool ThreatenedLabour { get; init; }

    private static double? Check(double? value, string field) =>
        value is { } v ? (double)MaternalGuard.Measurement(v, field, Rule) : null;

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => "PhysicianFindings { WorkerId = <redacted>, findings = <redacted> }";
}
