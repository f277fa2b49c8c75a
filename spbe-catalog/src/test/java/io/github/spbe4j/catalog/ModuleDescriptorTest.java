package io.github.spbe4j.catalog;

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
    void moduleInfo_exportsRequiresOpensAndProvides_areExactlyThePublishedSurface() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("io.github.spbe4j.catalog");
        assertThat(descriptor.exports()).filteredOn(e -> !e.isQualified()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.github.spbe4j.catalog", "io.github.spbe4j.catalog.json", "io.github.spbe4j.catalog.linkeddata");
        // the forms' validator is shared with the complaints file, and with nothing else
        assertThat(descriptor.exports()).filteredOn(ModuleDescriptor.Exports::isQualified).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("io.github.spbe4j.catalog.internal.forms");
            assertThat(e.targets()).containsExactly("io.github.spbe4j.complaints");
        });
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.spbe4j.core", "com.fasterxml.jackson.databind",
                        "jakarta.validation", "org.hibernate.validator", "org.jspecify");
        assertThat(descriptor.opens()).extracting(ModuleDescriptor.Opens::source)
                .containsExactlyInAnyOrder("io.github.spbe4j.catalog.json", "io.github.spbe4j.catalog.internal.forms");
        assertThat(descriptor.opens()).filteredOn(o -> o.source().endsWith(".json")).singleElement()
                .satisfies(o -> assertThat(o.targets()).containsExactlyInAnyOrder("org.hibernate.validator", "com.fasterxml.jackson.databind"));
        assertThat(descriptor.opens()).filteredOn(o -> o.source().endsWith(".forms")).singleElement()
                .satisfies(o -> assertThat(o.targets()).containsExactly("org.hibernate.validator"));
        assertThat(descriptor.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
            assertThat(p.providers()).containsExactly("io.github.spbe4j.catalog.json.SpbeCatalogModule");
        });
    }

    @Test
    void serviceFile_namesTheJacksonModule_forTheClassPath() throws IOException {
        assertThat(Files.readString(Path.of("target/classes/META-INF/services/com.fasterxml.jackson.databind.Module")).strip())
                .isEqualTo("io.github.spbe4j.catalog.json.SpbeCatalogModule");
    }
}
