using OshRules.Ergonomics;

namespace OshRules.Samples.Text;

/// <summary>The rows of NMQ 表 2 with their labels, as the form lists them.</summary>
internal static class NmqTableText
{
    public static IEnumerable<(string Label, int Count)> Table2Rows(NmqTable2 t, Labels l) =>
    [
        (l.Chinese ? "確診疾病" : "Diagnosed disease", t.DiagnosedDisease),
        (l.Chinese ? "有危害：通報中的疑似個案" : "Hazard: reported suspected case", t.ReportedSuspectedCase),
        (l.Chinese ? "有危害：異常離職" : "Hazard: abnormal resignation", t.AbnormalResignation),
        (l.Chinese ? "有危害：經常性病假、缺工" : "Hazard: frequent sick leave or absence", t.FrequentSickLeaveOrAbsence),
        (l.Chinese ? "有危害：經常索取貼布、打針或按摩" : "Hazard: frequent requests for patches, injections or massage", t.FrequentMedicalRequests),
        (l.Chinese ? "有危害小計" : "Hazard subtotal", t.HazardSubtotal),
        (l.Chinese ? "疑似有危害（問卷）" : "Suspected (questionnaire)", t.QuestionnaireSuspected),
        (l.Chinese ? "無危害" : "No hazard", t.NoHazard),
        (l.Chinese ? "總計" : "Total", t.Total),
    ];
}
