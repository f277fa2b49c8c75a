package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.framework.Framework;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe frameworks}: lists the frameworks. */
@Command(name = "frameworks", mixinStandardHelpOptions = true, description = "List the evaluation frameworks.")
final class FrameworksCommand implements Runnable {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        var frameworks = source.registry().all();
        if (format == Format.json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (Framework f : frameworks) {
                ObjectNode o = list.addObject().put("id", f.id()).put("title", f.title());
                f.regulationId().ifPresent(r -> o.put("regulation", r));
                f.years().ifPresent(y -> {
                    o.put("from", y.from());
                    y.to().ifPresent(to -> o.put("to", to));
                });
                o.put("status", f.provenance().status().id());
                o.put("indicators", f.indicators().size());
            }
            out.println(JsonOutput.text(list));
            return;
        }
        out.printf("%-16s %-22s %-10s %-11s %5s  %s%n", "ID", "REGULATION", "YEARS", "STATUS", "IND.", "TITLE");
        for (Framework f : frameworks) {
            out.printf("%-16s %-22s %-10s %-11s %5d  %s%n", f.id(), f.regulationId().orElse("-"),
                    f.years().map(Object::toString).orElse("-"), f.provenance().status().id(), f.indicators().size(), f.title());
        }
    }
}
