package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe catalog validate FILE}: checks a catalog file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a catalog file: its format, every field's constraints, the service model's rules and the",
            "references between instansi, concepts and services. Lists every problem (path, rule, message, value);",
            "exit code 1 if there is one."})
final class CatalogValidateCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = "--locale", defaultValue = "en",
            description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language locale;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog;
        try {
            catalog = CatalogCommand.read(input, locale.locale());
        } catch (InvalidCatalogException e) {
            if (format == Format.json) {
                ObjectNode o = JsonNodeFactory.instance.objectNode().put("file", input.name()).put("valid", false);
                out.println(JsonOutput.text(JsonOutput.problems(o, e)));
            } else {
                long count = JsonOutput.count(e);
                out.printf("%s: %d %s%n", input.name(), count, count == 1 ? "problem" : "problems");
                JsonOutput.printProblems(out, e);
            }
            return SpbeCommand.BAD_INPUT;
        }
        long incomplete = catalog.metrics().completeness().stream().filter(c -> !c.complete()).count();
        if (format == Format.json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("file", input.name()).put("valid", true)
                    .put("instansi", catalog.instansi().size()).put("concepts", catalog.concepts().size())
                    .put("services", catalog.size()).put("incompleteStandar", incomplete);
            out.println(JsonOutput.text(JsonOutput.noProblems(o)));
        } else {
            out.printf("%s: valid (%d instansi, %d concepts, %d services)%n", input.name(), catalog.instansi().size(),
                    catalog.concepts().size(), catalog.size());
            if (incomplete > 0) {
                out.printf("note: %d of %d services do not state every standar component; see 'spbe catalog metrics'%n",
                        incomplete, catalog.size());
            }
        }
        return 0;
    }
}
