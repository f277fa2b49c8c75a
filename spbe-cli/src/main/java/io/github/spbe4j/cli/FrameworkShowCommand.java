package io.github.spbe4j.cli;

import io.github.spbe4j.core.framework.Framework;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe framework show ID}: the tree with weights, the scale, ladders, bands, conversions and provenance. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a framework: its tree with weights, scale, level ladders, predikat bands, conversions and provenance.")
final class FrameworkShowCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The framework id, e.g. spbe-2020 (see: spbe frameworks).")
    private String id;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        Framework framework = source.registry().get(id);
        if (format == Format.json) {
            spec.commandLine().getOut().println(framework.toJson());
        } else {
            spec.commandLine().getOut().print(FrameworkText.of(framework));
        }
    }
}
