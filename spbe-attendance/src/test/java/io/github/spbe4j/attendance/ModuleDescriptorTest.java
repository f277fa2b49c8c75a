package io.github.spbe4j.attendance;

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
        assertThat(descriptor.name()).isEqualTo("io.github.spbe4j.attendance");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder("io.github.spbe4j.attendance.anomaly", "io.github.spbe4j.attendance.checkin",
                "io.github.spbe4j.attendance.qr", "io.github.spbe4j.attendance.recap", "io.github.spbe4j.attendance.record", "io.github.spbe4j.attendance.schedule", "io.github.spbe4j.attendance.token");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.spbe4j.core", "org.jspecify", "com.google.zxing", "java.desktop");
    }
}
