package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe catalog metrics FILE}: the dashboard figures. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Dashboard figures of a catalog: services online per OPD and per kelurahan, rollout of pilots,",
            "completeness of each standar, services without a complaint channel, and the services that can serve",
            "as evidence for a framework's public-service indicators."})
final class CatalogMetricsCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = "--framework", defaultValue = "spbe-2020",
            description = "Framework whose indicators the evidence section maps to (default: ${DEFAULT-VALUE}).")
    private String frameworkId;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        Framework framework = FrameworkRegistry.builtIn().get(frameworkId);
        Catalog catalog = CatalogCommand.read(input, Locale.ENGLISH);
        CatalogMetrics m = catalog.metrics();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonOutput.text(CatalogMetricsJson.of(catalog, m, framework)));
        } else {
            CatalogMetricsText.print(out, catalog, m, framework);
        }
    }
}
