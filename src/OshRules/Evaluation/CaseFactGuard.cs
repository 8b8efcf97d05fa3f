using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation;

/// <summary>
/// Checks the facts of one case before they enter a session: facts the facade inserts itself may not be passed, and
/// facts the rules expect once per key may not come twice (the rules would otherwise conclude the same thing twice).
/// </summary>
internal static class CaseFactGuard
{
    public static void Check(IReadOnlyList<object> facts)
    {
        HashSet<string>? questionnaires = null, signals = null, establishments = null, maternalEstablishments = null;
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case EvaluationDate:
                    throw new OshValidationException("facts", "evaluation date", "must not contain an EvaluationDate: the date is the asOf argument");
                case HealthExamOptions or MaternalOptions or TrainingOptions:
                    throw new OshValidationException("facts", "options", $"must not contain {fact.GetType().Name}: family options are set through OshRulesOptions");
                case NmqQuestionnaire q when !(questionnaires ??= new(StringComparer.Ordinal)).Add(q.WorkerId):
                    throw new OshValidationException("NmqQuestionnaire.WorkerId", "NMQ-1", "must be unique: one questionnaire per worker");
                case HealthRoomSignals s when !(signals ??= new(StringComparer.Ordinal)).Add(s.WorkerId):
                    throw new OshValidationException("HealthRoomSignals.WorkerId", "NMQ-3", "must be unique: one signal record per worker");
                case ErgonomicsEstablishment e when !(establishments ??= new(StringComparer.Ordinal)).Add(e.Id):
                    throw new OshValidationException("ErgonomicsEstablishment.Id", "NMQ-7", "must be unique: one record per establishment");
                case MaternalEstablishment m when !(maternalEstablishments ??= new(StringComparer.Ordinal)).Add(m.Id):
                    throw new OshValidationException("MaternalEstablishment.Id", "MAT-18", "must be unique: one record per establishment");
            }
        }
    }
}
