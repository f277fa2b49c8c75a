package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogQuery;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe catalog search FILE WORDS}: keyword search. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find services by keywords: case, accents and punctuation ignored, common Indonesian abbreviations",
            "(KTP, SKTM, PBG/IMB …) expanded, the last word may be a prefix. Best matches first."})
final class CatalogSearchCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

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
        Catalog catalog = CatalogCommand.read(input, Locale.ENGLISH);
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
            out.println(JsonOutput.text(a));
            return;
        }
        if (found.isEmpty()) {
            throw new SpbeException("no service matches '" + String.join(" ", words) + "'");
        }
        for (PublicService s : found) {
            out.printf("%-28s %s — %s%s%n", s.id(), s.title(), catalog.nameOf(s.authority()),
                    s.online() ? " (online)" : "");
        }
    }
}
