package io.github.spbe4j.complaints;

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
        assertThat(descriptor.name()).isEqualTo("io.github.spbe4j.complaints");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.github.spbe4j.complaints", "io.github.spbe4j.complaints.lifecycle",
                        "io.github.spbe4j.complaints.metrics",
                        "io.github.spbe4j.complaints.open311", "io.github.spbe4j.complaints.privacy", "io.github.spbe4j.complaints.json",
                        "io.github.spbe4j.complaints.sla");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.spbe4j.core", "io.github.spbe4j.catalog",
                        "com.fasterxml.jackson.dataformat.xml", "java.xml", "org.jspecify", "com.fasterxml.jackson.databind",
                        "jakarta.validation", "org.hibernate.validator");
        assertThat(descriptor.opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("io.github.spbe4j.complaints.json");
            assertThat(o.targets()).containsExactlyInAnyOrder("org.hibernate.validator", "com.fasterxml.jackson.databind");
        });
    }
}
