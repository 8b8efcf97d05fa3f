using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>Intention-named questions about a <see cref="Worker"/> for the health-examination rules (勞工條件).</summary>
public static class WorkerHealthExamExtensions
{
    /// <summary>Whether the worker's hire date is known, so the exam on hiring can be assessed (到職日已知).</summary>
    /// <param name="worker">The worker.</param>
    /// <returns><see langword="true"/> when <see cref="Worker.HireDate"/> is set.</returns>
    public static bool HasKnownHireDate(this Worker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return worker.HireDate is not null;
    }
}
