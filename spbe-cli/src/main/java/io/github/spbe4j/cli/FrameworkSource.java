package io.github.spbe4j.cli;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The option, shared by commands, that adds custom framework files to the built-in ones. */
final class FrameworkSource {

    @Option(names = "--framework-file", paramLabel = "FILE",
            description = "Load a custom framework (JSON) in addition to the built-in ones; repeatable.")
    List<Path> files = List.of();

    FrameworkRegistry registry() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        for (Path file : files) {
            Framework custom = Framework.read(file);
            registry = registry.find(custom.id()).isPresent()
                    ? throwDuplicate(custom)
                    : registry.with(custom);
        }
        return registry;
    }

    private static FrameworkRegistry throwDuplicate(Framework custom) {
        throw new io.github.spbe4j.core.SpbeException("framework file defines id " + custom.id()
                + ", which is already registered; give the custom framework its own id");
    }
}
