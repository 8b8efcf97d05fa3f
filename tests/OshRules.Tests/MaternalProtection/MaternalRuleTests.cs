using OshRules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NRules.Fluent.Dsl;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class MaternalRuleTests
{
    private static readonly ISessionFactory Factory = CompileFactory();

    private static ISessionFactory CompileFactory()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoiseTierRule).Assembly).Where(r => r.IsTagged(Families.MaternalProtection)));
        return repository.Compile(OshRulesOptions.DefaultRuntime);
    }

    private static (List<HazardFinding> Findings, List<MaternalRiskAssessment> Assessments) Fire(params object[] facts)
    {
        var session = Factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return (session.Query<HazardFinding>().ToList(), session.Query<MaternalRiskAssessment>().ToList());
    }

    [Fact, Trait("Rule", "MAT-3"), Trait("Rule", "MAT-2")]
    public void Fire_PregnantWorkerWithNoise_InsertsFindingAndOneAssessment()
    {
        var (findings, assessments) = Fire(AsOf, MaternalOptions.Default, Pregnant(), new NoiseExposure(Id, 82));

        var finding = Assert.Single(findings);
        Assert.Equal((HazardKind.Noise, RiskTier.Tier2), (finding.Kind, finding.Tier!.Value));
        var assessment = Assert.Single(assessments);
        Assert.Equal(RiskTier.Tier2, assessment.OverallTier);
        Assert.Single(assessment.Findings);
        Assert.NotEmpty(assessment.Basis);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Fire_SeveralFindings_AssessmentFiresOnceAfterTheTierRules()
    {
        var session = Factory.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        var updates = 0;
        session.Events.FactUpdatedEvent += (_, _) => updates++;
        session.InsertAll([AsOf, MaternalOptions.Default, Pregnant(), new NoiseExposure(Id, 90), new ManualHandling(Id, 12, HandlingMode.Intermittent)]);

        session.Fire();

        const string Assessment = "MAT-2 Maternal risk assessment";
        Assert.Equal(1, fired.Count(name => name == Assessment));
        Assert.Equal(Assessment, fired[^1]);
        Assert.Equal(0, updates); // the assessment was never made on part of the findings and replaced
        var assessment = Assert.Single(session.Query<MaternalRiskAssessment>());
        Assert.Equal(2, assessment.Findings.Length);
        Assert.Equal(RiskTier.Tier3, assessment.OverallTier);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Fire_WorkerOutsideThePeriod_GetsNoAssessmentAndNoFinding()
    {
        var (findings, assessments) = Fire(new EvaluationDate(D("2025-01-09")), MaternalOptions.Default, Pregnant(), new NoiseExposure(Id, 90));

        Assert.Empty(findings);
        Assert.Empty(assessments);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Fire_WorkerWithoutExposures_IsTier1()
    {
        var (_, assessments) = Fire(AsOf, MaternalOptions.Default, Pregnant());

        Assert.Equal(RiskTier.Tier1, Assert.Single(assessments).OverallTier);
    }

    [Fact, Trait("Rule", "MAT-9")]
    public void Fire_HandlingWithWeightAndJudgement_InsertsTwoFindings()
    {
        var (findings, assessments) = Fire(AsOf, MaternalOptions.Default, Pregnant(), new ManualHandling(Id, 12, HandlingMode.Intermittent, PhysicianJudgement.MayAffect));

        Assert.Equal(2, findings.Count);
        Assert.Equal(RiskTier.Tier3, Assert.Single(assessments).OverallTier);
    }

    [Fact, Trait("Rule", "MAT-11"), Trait("Rule", "MAT-12")]
    public void Fire_DowngradedFindingAndConsent_KeepsOriginalWorkAtTier2()
    {
        var (_, assessments) = Fire(
            AsOf,
            MaternalOptions.Default,
            Pregnant(),
            new ListedHazardousWork(Id, ListedWorkTable.Annex2Pregnant, "附表二 第1項") { Measures = ProtectionMeasures.Taken },
            new ContinuationRequest(Id, physicianFindsNoHarm: true, writtenConsentOn: D("2025-02-20")));

        var assessment = Assert.Single(assessments);
        Assert.Equal(RiskTier.Tier2, assessment.OverallTier);
        Assert.Equal(OriginalWorkContinuation.Permitted, assessment.Continuation);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Fire_TwoWorkers_EachGetsHerOwnAssessment()
    {
        var (_, assessments) = Fire(
            AsOf,
            MaternalOptions.Default,
            Pregnant("A"),
            Delivered(D("2025-01-15"), id: "B"),
            new NoiseExposure("A", 90),
            new ManualHandling("B", 12, HandlingMode.Intermittent));

        Assert.Equal(RiskTier.Tier3, assessments.Single(a => a.SubjectId == "A").OverallTier);
        Assert.Equal(RiskTier.Tier1, assessments.Single(a => a.SubjectId == "B").OverallTier);   // 12 kg < 15 kg under six months
    }

    [Fact, Trait("Rule", "MAT-7"), Trait("Rule", "MAT-8"), Trait("Rule", "MAT-10")]
    public void Fire_OneExposureOfEveryKind_InsertsAFindingOfEveryKind()
    {
        var (findings, assessments) = Fire(
            AsOf,
            MaternalOptions.Default,
            Pregnant(),
            new NoiseExposure(Id, 70),
            new BloodLeadLevel(Id, 1),
            new AirLeadConcentration(Id, 0.01),
            new ChemicalExposure(Id, classes: ChemicalHazardClasses.AffectsLactation),
            new SpecificChemicalExposure(Id, SpecificChemical.EthyleneOxide, 0.1, ConcentrationUnit.Ppm),
            new AbnormalPressureWork(Id, AbnormalPressureKind.HyperbaricChamber),
            new IonizingRadiationWork(Id),
            new BiologicalExposure(Id, BiologicalAgent.Toxoplasma),
            new ManualHandling(Id, 3, HandlingMode.Continuous, PhysicianJudgement.NoHarm),
            new ListedHazardousWork(Id, ListedWorkTable.Annex2Pregnant, "附表二 第5項"));

        Assert.Equal(Enum.GetValues<HazardKind>().Order(), findings.Select(f => f.Kind).Order());
        var assessment = Assert.Single(assessments);
        Assert.Equal(11, assessment.Findings.Length);
        Assert.True(assessment.HasReferredHazard);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Retract_TheOnlyTier3Exposure_LowersTheAssessment()
    {
        var session = Factory.CreateSession();
        var loud = new NoiseExposure(Id, 90);
        session.InsertAll([AsOf, MaternalOptions.Default, Pregnant(), loud, new NoiseExposure(Id, 81)]);
        session.Fire();
        var before = session.Query<MaternalRiskAssessment>().Single().OverallTier;

        session.Retract(loud);
        session.Fire();

        Assert.Equal(RiskTier.Tier3, before);
        Assert.Equal(RiskTier.Tier2, session.Query<MaternalRiskAssessment>().Single().OverallTier);
        Assert.Single(session.Query<HazardFinding>());
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Rules_AreSealedTaggedAndNamedAfterTheirRuleId()
    {
        var rules = typeof(NoiseTierRule).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(NoiseTierRule).Namespace && t.IsSubclassOf(typeof(Rule)))
            .ToList();

        Assert.Equal(14, rules.Count);
        Assert.All(rules, t =>
        {
            Assert.True(t.IsSealed && t.IsPublic);
            var definition = RuleDefinitions.Of(t);
            Assert.Matches(new Regex(@"^MAT-\d+ "), definition.Name);
            Assert.Contains(Families.MaternalProtection, definition.Tags);
        });
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(MaternalArbitraries) }), Trait("Rule", "MAT-2")]
    public Property Engine_rules_and_calculators_agree(MaternalHazardExposure[] generated)
    {
        // Facts are identified by value in the engine (as in NRules): equal exposures are one fact.
        var exposures = generated.Distinct().ToArray();
        var statuses = Gen.Elements(
            Pregnant(),
            Delivered(D("2025-01-15")),
            Delivered(D("2024-06-15")),
            Delivered(D("2024-01-15"), breastfeeding: true));
        var options = Gen.Elements(MaternalOptions.Default, new MaternalOptions { BreastfeedingCoverage = BreastfeedingCoverage.WhileBreastfeeding });
        return Prop.ForAll(Gen.Zip(statuses, options).ToArbitrary(), t =>
        {
            var (status, option) = t;
            var expected = MaternalRiskCalculator.Evaluate(status, exposures, AsOf, option);
            var (_, assessments) = Fire([AsOf, option, status, .. exposures]);
            if (expected is null)
            {
                return assessments.Count == 0;
            }

            var actual = assessments.Single();
            static string Key(HazardFinding f) => $"{f.Kind}/{f.TableTier}/{f.Tier}/{f.Downgrade is not null}";
            return actual.OverallTier == expected.OverallTier
                && actual.Actions == expected.Actions
                && actual.Period.Phase == expected.Period.Phase
                && actual.Findings.Select(Key).Order().SequenceEqual(expected.Findings.Select(Key).Order());
        });
    }
}
