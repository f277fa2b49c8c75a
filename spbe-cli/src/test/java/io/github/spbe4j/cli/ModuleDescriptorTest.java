package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins what the module exports and requires, so that a change to its public surface is deliberate. */
class ModuleDescriptorTest {

    @Test
    void moduleInfo_exportsAndRequires_areExactlyThePublishedSurface() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("io.github.spbe4j.cli");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder("io.github.spbe4j.cli");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.spbe4j.core", "io.github.spbe4j.attendance", "io.github.spbe4j.catalog", "io.github.spbe4j.complaints", "io.github.spbe4j.wilayah", "io.github.spbe4j.report", "info.picocli", "java.logging", "org.jspecify");
        assertThat(descriptor.opens()).extracting(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("io.github.spbe4j.cli", java.util.Set.of("info.picocli")));
    }
}
