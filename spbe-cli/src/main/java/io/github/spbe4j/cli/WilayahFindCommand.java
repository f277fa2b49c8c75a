package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.wilayah.Region;
import io.github.spbe4j.wilayah.RegionList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe wilayah find NAME|CODE}: looks a region up by code or by name. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find regions by code (11.01 or 1101) or by name (case- and accent-insensitive; prefixes such as",
            "Kota, Kabupaten, Kecamatan, Kelurahan are optional). Shows each match with its parents."})
final class WilayahFindCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME|CODE", arity = "1..*", description = "A region code, or a name (several words are joined).")
    private List<String> query;

    @Option(names = "--level", description = "Only regions of this level: ${COMPLETION-CANDIDATES}.")
    private RegionCode.Level level;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many matches (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit is " + limit + "; it must be at least 1");
        }
        RegionList list = RegionList.kemendagri2025();
        String text = String.join(" ", query).strip();
        List<Region> matches = new ArrayList<>();
        Optional<Region> byCode = text.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? list.find(text) : Optional.empty();
        if (byCode.isPresent()) {
            matches.add(byCode.get());
        } else {
            matches.addAll(level == null ? list.search(text) : list.search(text, level));
        }
        if (matches.isEmpty()) {
            throw new SpbeException("no region matches '" + text + "'" + (level == null ? "" : " at level " + level)
                    + "; give a code such as 62.71 or a name such as Palangka Raya");
        }
        List<Region> shown = matches.subList(0, Math.min(limit, matches.size()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Region r : shown) {
                ObjectNode o = array.addObject().put("code", r.code().toString()).put("code_undotted", r.code().undotted())
                        .put("name", r.name()).put("level", r.level().name().toLowerCase(Locale.ROOT));
                r.code().kind().ifPresent(k -> o.put("kind", k.name().toLowerCase(Locale.ROOT)));
                ArrayNode parents = o.putArray("parents");
                for (Optional<Region> p = list.parent(r); p.isPresent(); p = list.parent(p.get())) {
                    parents.addObject().put("code", p.get().code().toString()).put("name", p.get().name());
                }
            }
            out.println(JsonOutput.text(array));
            return;
        }
        for (Region r : shown) {
            StringBuilder line = new StringBuilder(String.format("%-14s %-12s %s", r.code(),
                    r.code().kind().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .orElse(r.level().name().toLowerCase(Locale.ROOT).replace('_', '/')), r.name()));
            for (Optional<Region> p = list.parent(r); p.isPresent(); p = list.parent(p.get())) {
                line.append(", ").append(p.get().name());
            }
            out.println(line);
        }
        if (matches.size() > shown.size()) {
            out.println("(" + (matches.size() - shown.size()) + " more; use --limit or --level)");
        }
    }
}
