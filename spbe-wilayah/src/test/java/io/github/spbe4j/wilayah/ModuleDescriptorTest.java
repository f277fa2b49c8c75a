package io.github.spbe4j.wilayah;

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
        assertThat(descriptor.name()).isEqualTo("io.github.spbe4j.wilayah");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("io.github.spbe4j.wilayah");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.spbe4j.core", "org.jspecify");
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("io.github.spbe4j.core")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.jspecify")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).containsExactlyInAnyOrder(
                        ModuleDescriptor.Requires.Modifier.STATIC, ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void dataLicence_isShippedInTheJar() {
        assertThat(RegionList.class.getResource("/META-INF/LICENSE-DATA")).isNotNull();
        assertThat(RegionList.class.getResource("wilayah.tsv.gz")).isNotNull();
    }
}
