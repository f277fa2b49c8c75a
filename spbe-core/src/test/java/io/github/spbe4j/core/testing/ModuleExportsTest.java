package io.github.spbe4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.Framework;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins spbe-core's compiled module descriptor: exactly these packages are exported (to everyone),
 * exactly these modules required and exactly this service provided, so that a change to the public
 * surface is a deliberate one.
 */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() throws Exception {
        // the main classes directory (target/classes), wherever the tests run from
        Path classes = Path.of(Framework.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = classes.resolve("module-info.class");
        assertThat(file).as("compiled module descriptor").exists();
        try (InputStream in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void moduleDescriptor_compiled_exportsThePublicPackagesToAllAndTheInternalOneOnlyToSpbe4j() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.github.spbe4j.core");
        assertThat(d.isOpen()).isFalse();
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.modifiers()).isEmpty());
        assertThat(d.exports()).filteredOn(ModuleDescriptor.Exports::isQualified).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("io.github.spbe4j.core.internal");
            assertThat(e.targets()).containsExactlyInAnyOrder("io.github.spbe4j.wilayah", "io.github.spbe4j.catalog",
                    "io.github.spbe4j.attendance", "io.github.spbe4j.complaints", "io.github.spbe4j.report", "io.github.spbe4j.cli");
        });
        assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                "io.github.spbe4j.core",
                "io.github.spbe4j.core.agency",
                "io.github.spbe4j.core.analysis",
                "io.github.spbe4j.core.assessment",
                "io.github.spbe4j.core.calendar",
                "io.github.spbe4j.core.framework",
                "io.github.spbe4j.core.identifier",
                "io.github.spbe4j.core.json",
                "io.github.spbe4j.core.plan",
                "io.github.spbe4j.core.scoring",
                "io.github.spbe4j.core.table");
        assertThat(d.opens()).isEmpty();
        assertThat(d.uses()).isEmpty();
    }

    @Test
    void moduleDescriptor_compiled_providesOnlyTheJacksonModuleForDiscovery() throws Exception {
        assertThat(descriptor().provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
            assertThat(p.providers()).containsExactly("io.github.spbe4j.core.json.SpbeCoreModule");
        });
    }

    @Test
    void moduleDescriptor_compiled_requiresExactlyJacksonTransitivelyAndJspecifyStatically() throws Exception {
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = new TreeMap<>();
        for (ModuleDescriptor.Requires r : descriptor().requires()) {
            requires.put(r.name(), r.modifiers());
        }
        assertThat(requires).containsOnlyKeys("java.base", "com.fasterxml.jackson.databind", "org.jspecify");
        assertThat(requires.get("java.base")).containsExactly(ModuleDescriptor.Requires.Modifier.MANDATED);
        assertThat(requires.get("com.fasterxml.jackson.databind")).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("org.jspecify")).containsExactlyInAnyOrder(ModuleDescriptor.Requires.Modifier.STATIC,
                ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    }

    @Test
    void moduleDescriptor_compiled_hasNoUnexportedCodePackage() throws Exception {
        ModuleDescriptor d = descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        // every package of the module is exported, except the one holding only the framework data files
        assertThat(d.packages()).containsAll(exported);
        assertThat(d.packages().stream().filter(p -> !exported.contains(p)).collect(Collectors.toSet()))
                .isSubsetOf("io.github.spbe4j.core.framework.data");
    }
}
