package io.github.spbe4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.CatalogQuery;
import io.github.spbe4j.catalog.EvidenceMapping;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe catalog}: public-service catalog files. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Public-service catalog files (format spbe-catalog/1, see docs/catalog-format.md).",
        subcommands = {CatalogCommand.Validate.class, CatalogCommand.Metrics.class, CatalogCommand.Search.class,
            CatalogExportCommand.class,
})
final class CatalogCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate, metrics, search or export");
    }

    /** Reads a catalog file, or standard input for "-". */
    static Catalog read(String file, Locale locale) {
        Quiet.validatorLogging();
        if ("-".equals(file)) {
            return readStream(System.in, "(standard input)", locale);
        }
        Path path = Path.of(file);
        return CatalogJson.readCatalog(path, locale);
    }

    private static Catalog readStream(InputStream in, String source, Locale locale) {
        return CatalogJson.readCatalog(in, source, locale);
    }

    static String json(Object tree) {
        try {
            return SpbeJson.newMapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unitName(Catalog catalog, Authority authority) {
        Optional<Instansi> agency = catalog.agency(authority.instansi());
        if (agency.isEmpty()) {
            return authority.toString();
        }
        return authority.unitIfPresent().flatMap(agency.get()::unit).map(Unit::name).orElse(agency.get().name());
    }

    static String villageName(Catalog catalog, RegionCode village) {
        for (Instansi agency : catalog.agencies()) {
            Optional<Unit> unit = agency.unitServing(village);
            if (unit.isPresent()) {
                return unit.get().name();
            }
        }
        return village.toString();
    }

    /** {@code spbe catalog validate FILE}: checks a catalog file and lists every problem. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a catalog file: its format, every field's constraints, the service model's rules and the",
                "references between agencies, concepts and services. Lists every problem; exit code 1 if there is one."})
    static final class Validate implements java.util.concurrent.Callable<Integer> {

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog file, or - for standard input.")
        private String file;

        @Option(names = "--locale", defaultValue = "en", description = "Language of the messages: en or id (default: ${DEFAULT-VALUE}).")
        private String locale;

        @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Format format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Locale loc = Locale.forLanguageTag(locale);
            try {
                Catalog catalog = read(file, loc);
                long incomplete = catalog.metrics().completeness().stream().filter(c -> !c.complete()).count();
                if (format == Format.json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode().put("file", file).put("valid", true)
                            .put("agencies", catalog.agencies().size()).put("concepts", catalog.concepts().size())
                            .put("services", catalog.size()).put("incompleteStandar", incomplete);
                    o.putArray("problems");
                    out.println(json(o));
                } else {
                    out.printf("%s: valid (%d %s, %d concepts, %d services)%n", file, catalog.agencies().size(),
                            catalog.agencies().size() == 1 ? "agency" : "agencies", catalog.concepts().size(), catalog.size());
                    if (incomplete > 0) {
                        out.printf("note: %d of %d services do not state every standar component; see 'spbe catalog metrics'%n",
                                incomplete, catalog.size());
                    }
                }
                return 0;
            } catch (InvalidCatalogException e) {
                if (format == Format.json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode().put("file", file).put("valid", false);
                    ArrayNode problems = o.putArray("problems");
                    e.problems().forEach(problems::add);
                    out.println(json(o));
                } else {
                    out.printf("%s: %d %s%n", file, e.problems().size(), e.problems().size() == 1 ? "problem" : "problems");
                    e.problems().forEach(p -> out.println("  " + p));
                }
                return SpbeCommand.BAD_INPUT;
            }
        }
    }

    /** {@code spbe catalog metrics FILE}: the dashboard figures. */
    @Command(name = "metrics", mixinStandardHelpOptions = true,
            description = {"Dashboard figures of a catalog: services online per OPD and per kelurahan, rollout of pilots,",
                "completeness of each standar, services without a complaint channel, and the services that can serve",
                "as evidence for a framework's public-service indicators."})
    static final class Metrics implements Runnable {

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog file, or - for standard input.")
        private String file;

        @Option(names = "--framework", defaultValue = "spbe-2020",
                description = "Framework whose indicators the evidence section maps to (default: ${DEFAULT-VALUE}).")
        private String frameworkId;

        @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Format format;

        @Override
        public void run() {
            Framework framework = FrameworkRegistry.builtIn().get(frameworkId);
            Catalog catalog = read(file, Locale.ENGLISH);
            CatalogMetrics m = catalog.metrics();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(MetricsJson.of(catalog, m, framework)));
            } else {
                MetricsText.print(out, catalog, m, framework);
            }
        }
    }

    /** {@code spbe catalog search FILE WORDS}: keyword search. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Find services by keywords: case, accents and punctuation ignored, common Indonesian abbreviations",
                "(KTP, SKTM, PBG/IMB …) expanded, the last word may be a prefix. Best matches first."})
    static final class Search implements Runnable {

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The catalog file, or - for standard input.")
        private String file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "WORDS", description = "The words searched for.")
        private List<String> words;

        @Option(names = "--kelurahan", paramLabel = "CODE", description = "Only services available in this village (e.g. 62.71.03.1003).")
        private String kelurahan;

        @Option(names = "--online", description = "Only services that can be completed online.")
        private boolean online;

        @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Format format;

        @Override
        public void run() {
            Catalog catalog = read(file, Locale.ENGLISH);
            CatalogQuery q = catalog.query();
            if (kelurahan != null) {
                q = q.kelurahan(RegionCode.parse(kelurahan));
            }
            if (online) {
                q = q.online();
            }
            List<PublicService> found = q.matching(String.join(" ", words)).list();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (PublicService s : found) {
                    ObjectNode o = a.addObject().put("id", s.id()).put("title", s.title())
                            .put("authority", s.authority().toString()).put("status", s.status().name().toLowerCase(Locale.ROOT))
                            .put("online", s.online());
                    s.digitalLevel().ifPresent(l -> o.put("digitalLevel", l.level()));
                }
                out.println(json(a));
                return;
            }
            if (found.isEmpty()) {
                throw new SpbeException("no service matches '" + String.join(" ", words) + "'");
            }
            for (PublicService s : found) {
                out.printf("%-28s %s — %s%s%n", s.id(), s.title(), unitName(catalog, s.authority()),
                        s.online() ? " (online)" : "");
            }
        }
    }

    /** The text report of {@code spbe catalog metrics}. */
    static final class MetricsText {
        private MetricsText() {
        }

        static void print(PrintWriter out, Catalog catalog, CatalogMetrics m, Framework framework) {
            out.printf("Catalog: %s — %d services, %d concepts%n",
                    catalog.agencies().stream().map(Instansi::name).collect(Collectors.joining(", ")), catalog.size(),
                    catalog.concepts().size());
            Share online = m.onlineShare();
            out.printf("Online (digital level Transaksi or above): %d of %d delivered services (%s%%)%n%n",
                    online.part(), online.total(), online.percent().toPlainString());
            out.println("Online by OPD");
            for (Map.Entry<Authority, Share> e : m.onlineShareByOpd().entrySet()) {
                out.printf("  %-14s %s%n", e.getValue(), unitName(catalog, e.getKey()));
            }
            out.println();
            out.println("Online by kelurahan (delivered services available there)");
            for (Map.Entry<RegionCode, Share> e : m.onlineShareByKelurahan().entrySet()) {
                out.printf("  %-14s %-14s %s%n", e.getValue(), e.getKey(), villageName(catalog, e.getKey()));
            }
            out.println();
            out.println("Pilots and their rollout across kelurahan");
            List<Rollout> pilots = m.pilots();
            if (pilots.isEmpty()) {
                out.println("  (no service is piloted)");
            }
            for (Rollout r : pilots) {
                out.printf("  %-28s reached %s: %s%n", r.subject(), r.share(),
                        r.reached().stream().map(v -> villageName(catalog, v)).collect(Collectors.joining(", ")));
            }
            out.println();
            List<CatalogMetrics.Completeness> completeness = m.completeness();
            long complete = completeness.stream().filter(CatalogMetrics.Completeness::complete).count();
            out.printf("Standar pelayanan: %d of %d services state all 14 components%n", complete, completeness.size());
            for (CatalogMetrics.Completeness c : completeness) {
                if (!c.complete()) {
                    out.printf("  %-28s %2d/14  missing %s%n", c.service().id(), c.stated().part(),
                            c.missing().stream().map(x -> String.valueOf(x.number())).collect(Collectors.joining(", ")));
                }
            }
            out.println("  most often missing: " + m.missingCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<StandarComponent, Integer>comparingByValue().reversed()).limit(3)
                    .map(e -> e.getKey().number() + " " + e.getKey().displayName(Locale.forLanguageTag("id")) + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", ")));
            out.println();
            List<PublicService> noComplaint = m.withoutComplaintChannel();
            out.println("Delivered services without a complaint channel: "
                    + (noComplaint.isEmpty() ? "none" : noComplaint.stream().map(PublicService::id).collect(Collectors.joining(", "))));
            out.println();
            out.println("Evidence for " + framework.id() + " (spbe4j's reading of the indicators, see docs/catalog.md)");
            List<CatalogMetrics.EvidenceCandidates> evidence = m.evidence(framework);
            if (evidence.isEmpty()) {
                out.println("  (no indicator of this framework is mapped)");
            }
            for (CatalogMetrics.EvidenceCandidates e : evidence) {
                out.printf("  %-5s %s: %d services%s%s%n", e.indicator().code(), e.indicator().name(), e.services().size(),
                        e.role() == EvidenceMapping.Role.PUBLIC_SERVICE
                                ? e.highestLevel().map(l -> ", highest level " + l.level() + " " + l.displayName()).orElse("") : "",
                        e.services().isEmpty() ? "" : "; first " + e.services().get(0).id());
            }
        }
    }

    /** The JSON report of {@code spbe catalog metrics}. */
    static final class MetricsJson {
        private MetricsJson() {
        }

        static ObjectNode share(ObjectNode o, Share s) {
            return o.put("part", s.part()).put("total", s.total()).put("percent", s.percent());
        }

        static ObjectNode of(Catalog catalog, CatalogMetrics m, Framework framework) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode root = f.objectNode();
            root.put("services", catalog.size());
            share(root.putObject("online"), m.onlineShare());
            ArrayNode byOpd = root.putArray("onlineByOpd");
            m.onlineShareByOpd().forEach((a, s) -> {
                ObjectNode o = byOpd.addObject().put("instansi", a.instansi());
                a.unitIfPresent().ifPresent(u -> o.put("unit", u));
                o.put("name", unitName(catalog, a));
                share(o, s);
            });
            ArrayNode byKel = root.putArray("onlineByKelurahan");
            m.onlineShareByKelurahan().forEach((v, s) -> share(byKel.addObject().put("code", v.toString())
                    .put("name", villageName(catalog, v)), s));
            ArrayNode pilots = root.putArray("pilots");
            for (Rollout r : m.pilots()) {
                ObjectNode o = share(pilots.addObject().put("service", r.subject()), r.share());
                r.reached().forEach(v -> o.withArray("reached").add(v.toString()));
                r.notReached().forEach(v -> o.withArray("notReached").add(v.toString()));
            }
            ArrayNode completeness = root.putArray("completeness");
            for (CatalogMetrics.Completeness c : m.completeness()) {
                ObjectNode o = completeness.addObject().put("service", c.service().id()).put("stated", c.stated().part());
                ArrayNode missing = o.putArray("missing");
                c.missing().forEach(x -> missing.add(x.number()));
            }
            ArrayNode noComplaint = root.putArray("withoutComplaintChannel");
            m.withoutComplaintChannel().forEach(s -> noComplaint.add(s.id()));
            ObjectNode evidence = root.putObject("evidence").put("framework", framework.id());
            ArrayNode indicators = evidence.putArray("indicators");
            for (CatalogMetrics.EvidenceCandidates e : m.evidence(framework)) {
                ObjectNode o = indicators.addObject().put("code", e.indicator().code()).put("name", e.indicator().name())
                        .put("role", e.role().name().toLowerCase(Locale.ROOT)).put("note", e.note());
                e.highestLevel().ifPresent(l -> o.put("highestLevel", l.level()));
                ArrayNode services = o.putArray("services");
                e.services().forEach(s -> services.add(s.id()));
            }
            return root;
        }
    }

    /** Keeps Hibernate Validator's start-up line off the console of a command-line tool. */
    static final class Quiet {
        private Quiet() {
        }

        /** Held so that the level set stays set (loggers are only weakly referenced). */
        private static final java.util.logging.Logger VALIDATOR = java.util.logging.Logger.getLogger("org.hibernate.validator");

        static void validatorLogging() {
            VALIDATOR.setLevel(java.util.logging.Level.WARNING);
        }
    }
}
