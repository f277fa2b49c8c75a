package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe framework check FILE}: checks a custom framework file (docs/frameworks.md) with the
 * loader the library uses, and lists every problem.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a custom framework file (JSON, format in docs/frameworks.md) with the",
            "loader the library uses: format, weights, codes, ladders, predikat bands and",
            "conversions. Lists every problem; exit code 1 if there is one."})
final class FrameworkCheckCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        Framework framework;
        try {
            framework = input.read(Framework::read, Framework::read);
        } catch (InvalidFrameworkException e) {
            if (format == Format.json) {
                print(withNotes(JsonOutput.problems(report(false, null), e), List.of()));
            } else {
                PrintWriter out = spec.commandLine().getOut();
                long count = JsonOutput.count(e);
                out.printf("invalid: %s (%d %s)%n", input.name(), count, count == 1 ? "problem" : "problems");
                JsonOutput.printProblems(out, e);
            }
            return SpbeCommand.BAD_INPUT;
        }
        List<String> notes = FrameworkRegistry.builtIn().find(framework.id()).isPresent()
                ? List.of(framework.id() + " is also the id of a built-in framework; --framework-file refuses a second framework"
                        + " with an id already registered, so give a custom framework its own id")
                : List.of();
        if (format == Format.json) {
            print(withNotes(JsonOutput.noProblems(report(true, framework.id())), notes));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            int indicators = framework.indicators().size();
            out.printf("valid: %s (%d %s)%n", framework.id(), indicators, indicators == 1 ? "indicator" : "indicators");
            notes.forEach(n -> out.println("note: " + n));
        }
        return 0;
    }

    private ObjectNode report(boolean valid, @Nullable String id) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("file", input.name()).put("valid", valid);
        if (id == null) {
            o.putNull("framework");
        } else {
            o.put("framework", id);
        }
        return o;
    }

    private static ObjectNode withNotes(ObjectNode report, List<String> notes) {
        ArrayNode noteArray = report.putArray("notes");
        notes.forEach(noteArray::add);
        return report;
    }

    private void print(ObjectNode report) {
        spec.commandLine().getOut().println(JsonOutput.text(report));
    }
}
