package io.github.spbe4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.analysis.Comparison;
import io.github.spbe4j.core.analysis.Direction;
import io.github.spbe4j.core.analysis.IncomparableException;
import io.github.spbe4j.core.analysis.IndicatorChange;
import io.github.spbe4j.core.analysis.NationalFigure;
import io.github.spbe4j.core.analysis.NationalIndex;
import io.github.spbe4j.core.analysis.NodeChange;
import io.github.spbe4j.core.analysis.RankEntry;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.analysis.RankingMethod;
import io.github.spbe4j.core.analysis.Series;
import io.github.spbe4j.core.analysis.SeriesPoint;
import io.github.spbe4j.core.analysis.Snapshot;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceOutcome;
import io.github.spbe4j.core.assessment.EvidenceRule;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.HolidayKind;
import io.github.spbe4j.core.calendar.InvalidHolidayDataException;
import io.github.spbe4j.core.calendar.UncoveredYearException;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.Workforce;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Provenance;
import io.github.spbe4j.core.framework.ProvenanceNote;
import io.github.spbe4j.core.framework.UnknownFrameworkException;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.framework.YearRange;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.Kbli;
import io.github.spbe4j.core.identifier.Nib;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.identifier.Npwp;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.identifier.Sex;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Roadmap;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import io.github.spbe4j.core.testing.Generators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public type of spbe-core, written by a user's {@code new ObjectMapper().findAndRegisterModules()}:
 * a value in its documented JSON form (docs/assessment-format.md, "JSON forms of the API types"),
 * what is not a value refused with a message naming what to write instead, and never a bean's getters
 * ({@code {"present":true}}, {@code {"decimal":true}}).
 */
class ApiJsonFormsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final ObjectMapper EXACT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Field names Jackson would make of getters and record accessors that are not part of any form. */
    private static final Set<String> ARTEFACTS = Set.of("present", "empty", "decimal", "fractional", "nikBased", "provisional",
            "perangkatDaerah", "female", "stackTrace", "localizedMessage", "suppressed", "cause", "declaringClass", "typeId",
            "moduleName", "dependencies", "asInt", "asLong", "numerator", "denominator", "notYetIndicatedReason");

    /** Public types that have no instances: only static members. */
    private static final Set<Class<?>> NO_INSTANCES = Set.of(SpbeJson.class, EvidenceRule.class, NationalIndex.class,
            io.github.spbe4j.core.table.AssessmentSheet.class, io.github.spbe4j.core.table.ScoreTables.class,
            io.github.spbe4j.core.table.Statistics.class);

    /** A value and its documented form: JSON text (single quotes for double), or the JSON of the same value written another way. */
    record Form(Object value, String json, boolean readsBack) {
    }

    /** What is not a value, and the words of its refusal. */
    record Refusal(Object value, String instead) {
    }

    /** The form of an exception, built from its parts: {@code {"message", "problems": [{path, rule, message, rejectedValue?}]}}. */
    private static String exceptionJson(SpbeException e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("message", e.getMessage());
        ArrayNode problems = o.putArray("problems");
        for (Problem p : e.problems()) {
            ObjectNode n = problems.addObject().put("path", p.path()).put("rule", p.rule()).put("message", p.message());
            p.rejectedValue().ifPresent(v -> n.put("rejectedValue", v));
        }
        return o.toString();
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static final Problem PROBLEM = Problem.of("values.12", "Scale", "indicator 12 has value 7; values run 1..5", "7");

    static Framework small() {
        Ladder ladder = new Ladder("tingkat", "Tingkat kematangan", Map.of(1, "Rintisan", 5, "Optimum"));
        Group d1 = Group.of("D1", "domain", "Domain Satu", Weight.of(100), List.of(
                Indicator.of("1", "Satu", Weight.of(60)).withLadder("tingkat"), Indicator.of("2", "Dua", Weight.of(40))));
        return Framework.builder("kota-contoh-opd").title("Evaluasi OPD Kota Contoh").scale(LevelScale.ofLevels(1, 5))
                .ladders(List.of(ladder))
                .predikat(List.of(PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("3")),
                        PredikatBand.of("Baik", new BigDecimal("3"), new BigDecimal("5"))))
                .tree(List.of(d1)).build();
    }

    static ScoreCard smallCard() {
        Assessment a = Assessment.builder("kota-contoh-opd", Agency.named("Dinas Contoh"), 2026).value("1", 5)
                .evidence("2", List.of(EvidenceItem.of(1, "SK", EvidenceStatus.MISSING))).build();
        return Scorer.of(small()).score(a);
    }

    static Map<Class<?>, List<Form>> forms() {
        Map<Class<?>, List<Form>> m = new LinkedHashMap<>();
        // root
        add(m, Problem.class, new Form(PROBLEM, json("{'path':'values.12','rule':'Scale','message':'indicator 12 has value 7; values run 1..5',"
                + "'rejectedValue':'7'}"), false), new Form(Problem.of("no value"), json("{'path':'','rule':'','message':'no value'}"), false));
        // agency
        Unit unit = Unit.of("kel-contoh", "Kelurahan Contoh", UnitKind.KELURAHAN, RegionCode.parse("62.71.01.1001"));
        Instansi instansi = Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, RegionCode.parse("62.71"),
                List.of(Unit.of("diskominfo", "Dinas Komunikasi dan Informatika", UnitKind.DINAS)));
        add(m, Agency.class, new Form(Agency.of("Kota Contoh", "kota-contoh"), json("{'name':'Kota Contoh','code':'kota-contoh'}"), true),
                new Form(Agency.named("Kota Contoh"), json("{'name':'Kota Contoh'}"), true));
        add(m, GovernmentKind.class, new Form(GovernmentKind.CITY, json("'city'"), true));
        add(m, UnitKind.class, new Form(UnitKind.KELURAHAN, json("'kelurahan'"), true));
        add(m, Instansi.class, new Form(instansi, SpbeJson.write(instansi), true));
        add(m, Unit.class, new Form(unit, json("{'id':'kel-contoh','name':'Kelurahan Contoh','kind':'kelurahan','region':'62.71.01.1001'}"),
                true));
        // assessment
        Assessment assessment = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025).value("1", 3).build();
        add(m, Assessment.class, new Form(assessment,
                json("{'framework':'spbe-2020','agency':{'name':'Kota Contoh'},'year':2025,'stage':'self-assessment','values':{'1':3}}"), true));
        add(m, EvidenceItem.class, new Form(new EvidenceItem(2, "SOP", EvidenceStatus.IN_REVIEW, false, Optional.of("SK 12/2026")),
                json("{'level':2,'title':'SOP','status':'in-review','required':false,'reference':'SK 12/2026'}"), false),
                new Form(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED), json("{'level':1,'title':'SK','status':'accepted','required':true}"),
                        false));
        add(m, EvidenceOutcome.Indicated.class, new Form(new EvidenceOutcome.Indicated(3), json("{'indicated':true,'level':3}"), false));
        add(m, EvidenceOutcome.NotYetIndicated.class, new Form(new EvidenceOutcome.NotYetIndicated("no accepted evidence for level 1"),
                json("{'indicated':false,'reason':'no accepted evidence for level 1'}"), false));
        add(m, EvidenceStatus.class, new Form(EvidenceStatus.IN_REVIEW, json("'in-review'"), true));
        add(m, IndicatorInput.Value.class, new Form(new IndicatorInput.Value(new BigDecimal("2.50")), json("{'value':2.5}"), false));
        add(m, IndicatorInput.Evidence.class, new Form(new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED))),
                json("{'evidence':[{'level':1,'title':'SK','status':'accepted','required':true}]}"), false));
        add(m, IndicatorInput.External.class, new Form(new IndicatorInput.External(new BigDecimal("68.75")), json("{'external':68.75}"), false));
        add(m, Stage.class, new Form(Stage.DOCUMENT_REVIEW, json("'document-review'"), true));
        // calendar
        add(m, Holiday.class, new Form(Holiday.national(LocalDate.of(2025, 8, 17), "Hari Kemerdekaan", "SKB 3 Menteri 2024"),
                json("{'date':'2025-08-17','kind':'libur nasional','name':'Hari Kemerdekaan','decree':'SKB 3 Menteri 2024'}"), false),
                new Form(Holiday.regional(LocalDate.of(2025, 7, 1), "Kota Contoh", "Hari Jadi Kota", "Perwal 3/2025"),
                        json("{'date':'2025-07-01','kind':'libur daerah','name':'Hari Jadi Kota','decree':'Perwal 3/2025','region':'Kota Contoh'}"),
                        false));
        add(m, Deadline.class, new Form(new Deadline(LocalDate.of(2027, 1, 4), true,
                List.of(Holiday.estimatedNational(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", "estimate: fixed date"))),
                json("{'date':'2027-01-04','provisional':true,'estimatedDays':[{'date':'2027-01-01','kind':'libur nasional',"
                        + "'name':'Tahun Baru 2027 Masehi','decree':'estimate: fixed date','estimated':true}]}"), false));
        add(m, HolidayKind.class, new Form(HolidayKind.COLLECTIVE_LEAVE, json("'cuti bersama'"), true));
        add(m, Workforce.class, new Form(Workforce.CIVIL_SERVICE, json("'civil-service'"), true));
        add(m, IndonesiaTimeZone.class, new Form(IndonesiaTimeZone.WITA, json("'wita'"), true));
        // framework
        Framework small = small();
        Conversion conversion = new Conversion("I5", "Indeks SDI", BigDecimal.ZERO, new BigDecimal("100"), 2, Confidence.MEDIUM,
                Optional.empty(), List.of(new ConversionBand(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ONE, new BigDecimal("5"))));
        add(m, Confidence.class, new Form(Confidence.MEDIUM, json("'medium'"), true));
        add(m, Conversion.class, new Form(conversion, json("{'indicator':'I5','source':'Indeks SDI','sourceMin':0,'sourceMax':100,'decimals':2,"
                + "'confidence':'medium','bands':[{'from':0,'to':100,'valueFrom':1,'valueTo':5}]}"), false));
        add(m, ConversionBand.class, new Form(new ConversionBand(new BigDecimal("62.5"), new BigDecimal("75"), new BigDecimal("3"),
                new BigDecimal("3.5")), json("{'from':62.5,'to':75,'valueFrom':3,'valueTo':3.5}"), false));
        add(m, Framework.class, new Form(small, small.toJson(), true));
        add(m, Group.class, new Form(small.groups().get(0), json("{'code':'D1','kind':'domain','name':'Domain Satu','weight':100,'children':["
                + "{'code':'1','kind':'indicator','name':'Satu','weight':60,'ladder':'tingkat'},"
                + "{'code':'2','kind':'indicator','name':'Dua','weight':40}]}"), false));
        add(m, Indicator.class, new Form(Indicator.of("35.1", "Layanan", Weight.parse("20/6")).withDescription("tiga layanan"),
                json("{'code':'35.1','kind':'indicator','name':'Layanan','weight':'10/3','description':'tiga layanan'}"), false));
        add(m, Ladder.class, new Form(small.ladders().get(0), json("{'id':'tingkat','name':'Tingkat kematangan','levels':{'1':'Rintisan','5':'Optimum'}}"),
                false));
        add(m, LevelScale.class, new Form(new LevelScale(1, 5, 2), json("{'min':1,'max':5,'decimals':2}"), false));
        add(m, PredikatBand.class, new Form(PredikatBand.of("Baik", new BigDecimal("2.60"), new BigDecimal("3.5")),
                json("{'name':'Baik','label':null,'lower':2.6,'upper':3.5}"), false),
                new Form(new PredikatBand("Memuaskan", Optional.of("Unggul (Leading)"), new BigDecimal("4.2"), new BigDecimal("5")),
                        json("{'name':'Memuaskan','label':'Unggul (Leading)','lower':4.2,'upper':5}"), false));
        add(m, Provenance.class, new Form(new Provenance(Provenance.Status.OFFICIAL, Confidence.HIGH, List.of("PermenPANRB 59/2020"),
                List.of(new ProvenanceNote("weights", Confidence.HIGH, "Lampiran"))), json("{'status':'official','confidence':'high',"
                + "'sources':['PermenPANRB 59/2020'],'notes':[{'subject':'weights','confidence':'high','text':'Lampiran'}]}"), false));
        add(m, Provenance.Status.class, new Form(Provenance.Status.PROVISIONAL, json("'provisional'"), true));
        add(m, ProvenanceNote.class, new Form(new ProvenanceNote("bands", Confidence.LOW, "simulator"),
                json("{'subject':'bands','confidence':'low','text':'simulator'}"), false));
        add(m, Weight.class, new Form(Weight.parse("20/6"), json("'10/3'"), true), new Form(Weight.of(new BigDecimal("2.750")), "2.75", true),
                new Form(Weight.of(100), "100", true));
        add(m, YearRange.class, new Form(YearRange.from(2020), json("{'from':2020,'to':null}"), false),
                new Form(YearRange.of(2018, 2019), json("{'from':2018,'to':2019}"), false));
        // identifier
        Problem kbliProblem = ((IdentifierCheck.Invalid<Kbli>) Kbli.check("6201")).problems().get(0);
        add(m, IdentifierCheck.Valid.class, new Form(Nik.check("3171011505900001"),
                json("{'valid':true,'value':'3171011505900001','warnings':[]}"), false));
        add(m, IdentifierCheck.Invalid.class, new Form(Kbli.check("6201"), "{\"valid\":false,\"problems\":[" + problemJson(kbliProblem) + "]}",
                false));
        add(m, Kbli.class, new Form(Kbli.parse("62019"), json("'62019'"), true));
        add(m, Nib.class, new Form(Nib.parse("1234567890123"), json("'1234567890123'"), true));
        add(m, Nik.class, new Form(Nik.parse("3171011505900001"), json("'3171011505900001'"), true));
        add(m, Nip.class, new Form(Nip.parse("196805071987121001"), json("'196805071987121001'"), true));
        add(m, Nip.Kind.class, new Form(Nip.Kind.PPPK, json("'pppk'"), true));
        add(m, Npwp.class, new Form(Npwp.parse("01.234.567.8-901.234"), json("'012345678901234'"), true));
        add(m, RegionCode.class, new Form(RegionCode.parse("62.71"), json("'62.71'"), true),
                new Form(RegionCode.parse("BPS:6271"), json("'" + RegionCode.parse("BPS:6271") + "'"), true));
        add(m, RegionCode.Scheme.class, new Form(RegionCode.Scheme.BPS, json("'bps'"), true));
        add(m, RegionCode.Level.class, new Form(RegionCode.Level.REGENCY_CITY, json("'regency-city'"), true));
        add(m, RegionCode.Kind.class, new Form(RegionCode.Kind.DESA_ADAT, json("'desa-adat'"), true));
        add(m, Sex.class, new Form(Sex.FEMALE, json("'female'"), true));
        // scoring
        ScoreCard card = smallCard();
        add(m, IndicatorScore.class, new Form(card.indicator("1").orElseThrow(), json("{'code':'1','name':'Satu','weight':60,'value':5,"
                + "'origin':'value','level':'Optimum','contribution':3,'headroom':0}"), false),
                new Form(card.indicator("2").orElseThrow(), json("{'code':'2','name':'Dua','weight':40,'value':null,'origin':'evidence',"
                        + "'contribution':0,'headroom':2}"), false));
        add(m, NodeScore.class, new Form(card.node("D1").orElseThrow(), json("{'code':'D1','kind':'domain','name':'Domain Satu','weight':100,"
                + "'index':3,'indexRounded':3.00,'contribution':3}"), false));
        add(m, NotYetIndicatedPolicy.class, new Form(NotYetIndicatedPolicy.CONTRIBUTE_NOTHING, json("'contribute-nothing'"), true));
        add(m, PredikatReading.class, new Form(PredikatReading.UNROUNDED, json("'unrounded'"), true));
        add(m, ResolvedAssessment.Origin.class, new Form(ResolvedAssessment.Origin.EXTERNAL, json("'external'"), true));
        // read back with its framework's registry in ScoreCardJsonTest
        add(m, ScoreCard.class, new Form(card, SpbeJson.write(card), false));
        add(m, ScoringOptions.class, new Form(ScoringOptions.DEFAULTS, json("{'predikatReading':'rounded','notYetIndicated':'contribute-nothing'}"),
                true), new Form(new ScoringOptions(PredikatReading.UNROUNDED, NotYetIndicatedPolicy.REJECT),
                json("{'predikatReading':'unrounded','notYetIndicated':'reject'}"), true));
        analysisForms(m);
        // plan: indicator 2 is fed by evidence, declared plannable up to level 3
        Planner planner = Planner.of(card, CostModel.uniform().withPlannable("2", 3));
        PlanOutcome reached = planner.plan(Target.parse("4"));
        String change = "{'code':'2','from':null,'to':3,'steps':3,'cost':3,'gain':1.2}";
        String plan = "'cost':3,'steps':3,'index':4.2,'indexRounded':4.20,'predikat':'Baik','changes':[" + change + "]";
        add(m, Change.class, new Form(reached.plan().changes().get(0), json(change), false));
        add(m, Plan.class, new Form(reached.plan(), json("{" + plan + "}"), false));
        add(m, PlanOutcome.Reached.class, new Form(reached, json("{'target':'4','reachable':true," + plan + "}"), false));
        add(m, PlanOutcome.OutOfReach.class, new Form(planner.plan(Target.parse("4.5")), json("{'target':'4.5','reachable':false," + plan + "}"),
                false));
        Roadmap roadmap = planner.roadmap(Target.parse("4"), 2).orElseThrow();
        add(m, Roadmap.class, new Form(roadmap, json("{'yearReached':2028,'cost':3,'costByYears':{'2':3},'years':["
                + "{'cost':2,'steps':2,'index':3.8,'indexRounded':3.80,'predikat':'Baik','changes':[{'code':'2','from':null,'to':2,'steps':2,"
                + "'cost':2,'gain':0.8}]},{'cost':1,'steps':1,'index':4.2,'indexRounded':4.20,'predikat':'Baik','changes':[{'code':'2','from':2,"
                + "'to':3,'steps':1,'cost':1,'gain':0.4}]}]}"), false));
        add(m, CostModel.class, new Form(CostModel.uniform().withCost("1", 5).withFixed("2").withMaxStepsPerCycle(2),
                json("{'defaultCost':1,'costs':{'1':5},'fixed':['2'],'plannable':{},'maxStepsPerCycle':2}"), false),
                new Form(CostModel.uniform().withPlannable("2", 3), json("{'defaultCost':1,'costs':{},'fixed':[],'plannable':{'2':3},"
                        + "'maxStepsPerCycle':null}"), false));
        add(m, Target.class, new Form(Target.parse("4.20"), json("'4.2'"), false), new Form(Target.predikat("Memuaskan"), json("'Memuaskan'"),
                false));
        // every exception of the family: its message and its problems, an application's error response
        for (SpbeException e : List.of(new SpbeException(PROBLEM), new InvalidAgencyException(PROBLEM),
                new InvalidAssessmentException("assessment x", List.of(PROBLEM, Problem.of("y"))), new InvalidHolidayDataException(PROBLEM),
                new UncoveredYearException(2030, "2024"), new InvalidFrameworkException(PROBLEM),
                new UnknownFrameworkException("x", List.of("spbe-2020")), new InvalidIdentifierException(PROBLEM),
                new IncomparableException(PROBLEM),
                new io.github.spbe4j.core.table.InvalidTableException("sheet x", List.of(PROBLEM), 0))) {
            add(m, e.getClass(), new Form(e, exceptionJson(e), false));
        }
        return m;
    }

    /** The results of the analysis package: records written as their components (docs/analysis.md). */
    private static void analysisForms(Map<Class<?>, List<Form>> m) {
        Comparison c = Comparison.whatIf(smallCard(), "2", 3);
        String before = "{'agency':{'name':'Dinas Contoh'},'year':2026,'stage':'self-assessment','framework':'kota-contoh-opd',"
                + "'index':3,'indexRounded':3.00,'predikat':'Baik'}";
        String after = before.replace("'index':3,'indexRounded':3.00", "'index':4.2,'indexRounded':4.20");
        String node = "{'code':'D1','kind':'domain','name':'Domain Satu','depth':0,'from':3,'to':4.2,'delta':1.2,'contributionDelta':1.2}";
        String raised = "{'code':'2','name':'Dua','from':null,'to':3,'delta':3,'contributionDelta':1.2,'direction':'raised'}";
        add(m, Comparison.class, new Form(c, json("{'kind':'what-if','before':" + before + ",'after':" + after + ",'indexDelta':1.2,"
                + "'indexRoundedDelta':1.20,'nodes':[" + node + "],'indicators':[{'code':'1','name':'Satu','from':5,'to':5,'delta':0,"
                + "'contributionDelta':0,'direction':'unchanged'}," + raised + "]}"), false));
        add(m, Snapshot.class, new Form(c.before(), json(before), false));
        add(m, NodeChange.class, new Form(c.nodes().get(0), json(node), false));
        add(m, IndicatorChange.class, new Form(c.indicators().get(1), json(raised), false));
        add(m, Comparison.Kind.class, new Form(Comparison.Kind.WHAT_IF, json("'what-if'"), true));
        add(m, Direction.class, new Form(Direction.LOWERED, json("'lowered'"), true));
        Series series = Series.of(List.of(smallCard()));
        String point = "{'year':2026,'stage':'self-assessment','framework':'kota-contoh-opd','index':3,'indexRounded':3.00,'predikat':'Baik',"
                + "'indexDelta':null,'indexRoundedDelta':null,'predikatChanged':false,'frameworkChanged':false}";
        add(m, Series.class, new Form(series, json("{'agency':{'name':'Dinas Contoh'},'points':[" + point + "],'note':''}"), false));
        add(m, SeriesPoint.class, new Form(series.points().get(0), json(point), false));
        Ranking ranking = Ranking.of(List.of(smallCard()));
        String entry = "{'rank':1,'agency':{'name':'Dinas Contoh'},'index':3,'indexRounded':3.00,'predikat':'Baik','below':0,'tied':1,"
                + "'percentile':50.00,'vsMedian':0,'vsNational':null}";
        add(m, Ranking.class, new Form(ranking, json("{'framework':'kota-contoh-opd','year':2026,'method':'competition','entries':[" + entry
                + "],'median':3,'national':null}"), false));
        add(m, RankEntry.class, new Form(ranking.entries().get(0), json(entry), false));
        add(m, RankingMethod.class, new Form(RankingMethod.DENSE, json("'dense'"), true));
        add(m, NationalFigure.class, new Form(NationalIndex.of(2024).orElseThrow(), json("{'year':2024,'framework':'spbe-2020','index':3.12,"
                + "'agencies':615,'memuaskan':48,'confidence':'high','source':'" + NationalIndex.SOURCE + "'}"), false));
    }

    static Map<Class<?>, Refusal> refusals() {
        Framework small = small();
        Map<Class<?>, Refusal> m = new LinkedHashMap<>();
        m.put(Assessment.Builder.class, new Refusal(Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025),
                "build() it and write the Assessment"));
        m.put(WorkingDayCalendar.class, new Refusal(WorkingDayCalendar.indonesia(), "write the holidays it holds"));
        m.put(Framework.Builder.class, new Refusal(small.toBuilder(), "build() it and write the Framework"));
        m.put(FrameworkRegistry.class, new Refusal(FrameworkRegistry.builtIn(), "write its frameworks, all()"));
        m.put(SpbeCoreModule.class, new Refusal(new SpbeCoreModule(), "register it with the mapper"));
        m.put(ResolvedAssessment.class, new Refusal(smallCard().resolved(), "write its assessment()"));
        m.put(Planner.class, new Refusal(Planner.of(smallCard()), "write its plans"));
        m.put(Scorer.class, new Refusal(Scorer.of(small), "write its framework() and options()"));
        io.github.spbe4j.core.table.Table table = io.github.spbe4j.core.table.Table.of(List.of("code"), List.of(List.of("1")));
        m.put(io.github.spbe4j.core.table.Table.class, new Refusal(table, "write toCsv()"));
        m.put(io.github.spbe4j.core.table.Table.Row.class, new Refusal(table.row(0), "write its cells()"));
        return m;
    }

    private static void add(Map<Class<?>, List<Form>> m, Class<?> type, Form... forms) {
        for (Form f : forms) {
            assertThat(f.value()).as("sample of %s", type.getSimpleName()).isInstanceOf(type);
        }
        m.put(type, List.of(forms));
    }

    private static String problemJson(Problem p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("path", p.path()).put("rule", p.rule()).put("message", p.message());
        p.rejectedValue().ifPresent(v -> o.put("rejectedValue", v));
        return o.toString();
    }

    // ------------------------------------------------------------------ every public type

    /** The public types of spbe-core's exported packages, found in the compiled classes. */
    static List<Class<?>> publicTypes() throws Exception {
        Path classes = Path.of(Framework.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor d;
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        List<Class<?>> types = new ArrayList<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            if (e.isQualified()) {
                continue;
            }
            Path dir = classes.resolve(e.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = e.source() + "." + file.getFileName().toString().replace(".class", "");
                    if (name.endsWith("package-info")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name, false, ApiJsonFormsTest.class.getClassLoader());
                    if (isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void publicTypes_everyOne_hasAFormARefusalOrNoInstances() throws Exception {
        Map<Class<?>, List<Form>> forms = forms();
        Map<Class<?>, Refusal> refusals = refusals();
        List<Class<?>> types = publicTypes();
        assertThat(types).as("the scan finds the types").hasSizeGreaterThan(60).contains(ScoreCard.class, RegionCode.Level.class);
        List<String> undecided = new ArrayList<>();
        for (Class<?> type : types) {
            boolean decided = forms.containsKey(type) || refusals.containsKey(type) || NO_INSTANCES.contains(type) || type.isAnnotation()
                    || type.isInterface() && type.isSealed() && Stream.of(type.getPermittedSubclasses())
                            .allMatch(s -> forms.containsKey(s) || refusals.containsKey(s) || s.isInterface());
            if (!decided) {
                undecided.add(type.getName());
            }
        }
        assertThat(undecided).as("public types without a decided JSON form: give each a form in SpbeCoreModule, or a refusal").isEmpty();
        for (Class<?> type : NO_INSTANCES) {
            assertThat(type.getConstructors()).as("%s has no public constructor", type.getSimpleName()).isEmpty();
        }
        // a sealed interface is written as its implementations are
        assertThat(types).contains(Node.class, IndicatorInput.class, EvidenceOutcome.class, IdentifierCheck.class);
    }

    static Stream<Class<?>> formTypes() {
        return forms().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formTypes")
    void writeValueAsString_value_isItsDocumentedForm(Class<?> type) throws Exception {
        for (Form form : forms().get(type)) {
            String written = MAPPER.writeValueAsString(form.value());
            if (form.json().startsWith("{\n") || form.json().contains("\n")) {
                // a whole file: the same JSON as the file's writer gives
                assertThat(MAPPER.readTree(written)).as(type.getSimpleName()).isEqualTo(MAPPER.readTree(form.json()));
            } else {
                assertThat(written).as(type.getSimpleName()).isEqualTo(form.json());
            }
            assertThat(fieldNames(MAPPER.readTree(written))).as("%s: no bean getters", type.getSimpleName()).doesNotContainAnyElementsOf(artefacts(type));
            if (form.readsBack()) {
                assertThat(EXACT.readValue(written, type)).as("%s reads back", type.getSimpleName()).isEqualTo(form.value());
            }
        }
    }

    static Stream<Class<?>> refusedTypes() {
        return refusals().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTypes")
    void writeValueAsString_notAValue_isRefusedNamingWhatToWriteInstead(Class<?> type) {
        Refusal r = refusals().get(type);
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.writeValueAsString(r.value()));
        assertThat(e.getOriginalMessage()).startsWith("spbe4j gives ").contains("no JSON form", r.instead());
        // inside a response object too, with where it was
        JsonMappingException nested = catchThrowableOfType(JsonMappingException.class,
                () -> MAPPER.writeValueAsString(Map.of("result", r.value())));
        assertThat(nested.getMessage()).contains("no JSON form", "result");
    }

    @Test
    void writeValueAsString_frameworkParts_areTheFrameworkFilesOwnFragments() throws Exception {
        List<Framework> frameworks = new ArrayList<>(FrameworkRegistry.builtIn().all());
        Generators.frameworks(47, 30).forEach(frameworks::add);
        for (Framework f : frameworks) {
            JsonNode file = EXACT.readTree(f.toJson());
            String what = f.id();
            assertThat(tree(f.scale())).as(what).isEqualTo(file.get("scale"));
            assertThat(tree(f.provenance())).as(what).isEqualTo(file.get("provenance"));
            f.years().ifPresent(y -> assertThat(tree(y)).as(what).isEqualTo(file.get("years")));
            for (int i = 0; i < f.predikat().size(); i++) {
                assertThat(tree(f.predikat().get(i))).as(what).isEqualTo(file.get("predikat").get(i));
            }
            for (int i = 0; i < f.ladders().size(); i++) {
                assertThat(tree(f.ladders().get(i))).as(what).isEqualTo(file.get("ladders").get(i));
            }
            for (int i = 0; i < f.tree().size(); i++) {
                assertThat(tree(f.tree().get(i))).as(what).isEqualTo(file.get("tree").get(i));
            }
            for (int i = 0; i < f.conversions().size(); i++) {
                assertThat(tree(f.conversions().get(i))).as(what).isEqualTo(file.get("conversions").get(i));
            }
        }
    }

    @Test
    void writeValueAsString_everyScoreCardRow_isTheCardsOwnRowWithItsCode() throws Exception {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2018");
        ScoreCard card = Scorer.of(f).score(Generators.assessment(f, 3));
        JsonNode file = EXACT.readTree(SpbeJson.write(card));
        for (IndicatorScore s : card.indicators()) {
            ObjectNode row = ((ObjectNode) file.get("indicators").get(s.code())).deepCopy();
            ObjectNode expected = JsonNodeFactory.instance.objectNode().put("code", s.code());
            expected.setAll(row);
            assertThat(tree(s)).as(s.code()).isEqualTo(expected);
        }
        for (NodeScore n : card.nodes()) {
            ObjectNode expected = JsonNodeFactory.instance.objectNode().put("code", n.code());
            expected.setAll((ObjectNode) file.get("nodes").get(n.code()));
            assertThat(tree(n)).as(n.code()).isEqualTo(expected);
        }
    }

    // ------------------------------------------------------------------ reading the scalar forms

    @Test
    void readValue_weightAsNumberOrFraction_readsBothAndRefusesOtherJson() throws Exception {
        assertThat(EXACT.readValue("2.75", Weight.class)).isEqualTo(Weight.of(new BigDecimal("2.75")));
        assertThat(EXACT.readValue("\"20/6\"", Weight.class)).isEqualTo(Weight.parse("10/3"));
        assertThat(MAPPER.readValue("\"2.75\"", Weight.class)).isEqualTo(Weight.of(new BigDecimal("2.75")));
        InvalidFrameworkException e = thrown(InvalidFrameworkException.class,
                () -> MAPPER.readValue("{\"w\": true}", new TypeReference<Map<String, Weight>>() { }));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("w");
            assertThat(p.message()).contains("a number or a fraction", "true");
        });
        InvalidFrameworkException negative = catchThrowableOfType(InvalidFrameworkException.class,
                () -> MAPPER.readValue("\"-1/3\"", Weight.class));
        assertThat(negative.getMessage()).contains("not negative");
    }

    @Test
    void readValue_badIdentifierOrEnumId_isTheFamilysExceptionWithThePath() {
        InvalidIdentifierException nik = thrown(InvalidIdentifierException.class,
                () -> MAPPER.readValue("{\"nik\": \"1234\"}", new TypeReference<Map<String, Nik>>() { }));
        assertThat(nik.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).isEqualTo("nik"));
        InvalidIdentifierException number = thrown(InvalidIdentifierException.class,
                () -> MAPPER.readValue("[6271]", new TypeReference<List<RegionCode>>() { }));
        assertThat(number.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("[0]");
            assertThat(p.message()).contains("a region code must be a string such as \"62.71\", was 6271");
        });
        SpbeException stage = catchThrowableOfType(SpbeException.class, () -> MAPPER.readValue("\"SELF_ASSESSMENT\"", Stage.class));
        assertThat(stage.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("OneOf");
            assertThat(p.message()).contains("\"SELF_ASSESSMENT\"", "self-assessment, document-review, interview, visit, final");
        });
        SpbeException options = catchThrowableOfType(SpbeException.class,
                () -> MAPPER.readValue("{\"predikatReading\": \"rounded\", \"rounding\": 2}", ScoringOptions.class));
        assertThat(options.problems()).extracting(Problem::path).containsExactly("rounding");
    }

    @Test
    void writeValueAsString_enumsAndIdentifiersAsMapKeys_useTheirJsonIdsAndTextAndReadBack() throws Exception {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        byStage.put(Stage.SELF_ASSESSMENT, 3);
        Map<RegionCode, Integer> byRegion = new TreeMap<>(Map.of(RegionCode.parse("62.71"), 12));
        assertThat(MAPPER.writeValueAsString(byStage)).isEqualTo(json("{'self-assessment':3}"));
        assertThat(MAPPER.writeValueAsString(byRegion)).isEqualTo(json("{'62.71':12}"));
        assertThat(MAPPER.readValue(json("{'self-assessment':3}"), new TypeReference<Map<Stage, Integer>>() { })).isEqualTo(byStage);
        assertThat(MAPPER.readValue(json("{'62.71':12}"), new TypeReference<Map<RegionCode, Integer>>() { })).isEqualTo(byRegion);
    }

    @Test
    void writeValueAsString_optionalsInsideRecords_areNeverWrittenAsBeans() throws Exception {
        // what a REST controller returns: a response record holding spbe-core values with Optional parts
        record Response(List<Node> tree, List<PredikatBand> bands, List<IndicatorScore> scores, List<Problem> problems) {
        }
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        ScoreCard card = Scorer.of(f).score(Generators.assessment(f, 5));
        String written = MAPPER.writeValueAsString(new Response(f.tree(), f.predikat(), card.indicators(), List.of(PROBLEM, Problem.of("x"))));
        assertThat(fieldNames(MAPPER.readTree(written))).doesNotContainAnyElementsOf(ARTEFACTS);
        assertThat(written).doesNotContain("\"present\"", "\"empty\"", "\"decimal\"");
    }

    /** Returns the exception of the family thrown, directly or as the cause Jackson wraps it in inside a collection. */
    private static <T extends SpbeException> T thrown(Class<T> type, ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        if (t instanceof JsonMappingException && t.getCause() != null) {
            t = t.getCause();
        }
        assertThat(t).isInstanceOf(type);
        return type.cast(t);
    }

    private static JsonNode tree(Object value) {
        try {
            return EXACT.readTree(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the names that betray a bean getter, less the type's own record components (a record's field is no artefact). */
    private static Set<String> artefacts(Class<?> type) {
        Set<String> names = new TreeSet<>(ARTEFACTS);
        if (type.isRecord()) {
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                names.remove(c.getName());
            }
        }
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        node.properties().forEach(e -> {
            names.add(e.getKey());
            collect(e.getValue(), names);
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }

    @Test
    void docs_jsonFormsSection_namesEveryTypeWithAFormOrARefusal() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "assessment-format.md"));
        String section = doc.substring(doc.indexOf("## JSON forms of the API types"));
        Set<String> names = Stream.concat(forms().keySet().stream(), refusals().keySet().stream()).map(ApiJsonFormsTest::documentedName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).allSatisfy(name -> assertThat(section).as("docs name %s", name).contains("`" + name));
    }

    /** Returns a type's name as the docs give it: a sealed interface's record by the interface, an exception by its family. */
    private static String documentedName(Class<?> type) {
        if (SpbeException.class.isAssignableFrom(type)) {
            return "SpbeException";
        }
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) {
            return type.getSimpleName();
        }
        return outer.isInterface() && outer.isAssignableFrom(type) ? outer.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }
}
