package io.github.spbe4j.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * spbe-catalog on the module path, as a modular application uses it: the module's descriptor lets
 * Hibernate Validator and Jackson into the package-private forms and constraints, the messages come from
 * their bundle inside the module, and {@code findAndRegisterModules()} finds the Jackson module through
 * {@code provides}. Surefire runs the tests on the class path ({@code useModulePath} is off in the
 * parent pom), so this test defines a module layer of its own from the same jars.
 */
class ModulePathTest {

    /** The entries of the test class path that are modules, without the test classes. */
    private static Path[] modulePath() {
        List<Path> paths = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.endsWith(Path.of("target", "test-classes"))) {
                continue;
            }
            try {
                ModuleFinder.of(p).findAll();
                paths.add(p);
            } catch (FindException e) {
                // not a module spbe-catalog needs: a jar without a usable module name
            }
        }
        return paths.toArray(Path[]::new);
    }

    @Test
    void modulePath_readsWithItsOwnMessagesAndFindsTheJacksonModule() throws Exception {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration().resolve(ModuleFinder.of(modulePath()), ModuleFinder.of(), Set.of("io.github.spbe4j.catalog"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("io.github.spbe4j.catalog");
        Class<?> json = loader.loadClass(CatalogJson.class.getName());
        assertThat(json.getModule().getName()).isEqualTo("io.github.spbe4j.catalog");
        Method parse = json.getMethod("parse", String.class, Locale.class);
        String file = "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"a b\", \"title\": \" \", "
                + "\"authority\": {\"instansi\": \"k\"}, \"cost\": {\"kind\": \"fixed\", \"rupiah\": 0}, \"channels\": [{\"kind\": \"counter\"}]}]}";

        Throwable indonesian = thrown(parse, file, Locale.forLanguageTag("id"));
        Throwable english = thrown(parse, file, Locale.ENGLISH);

        assertThat(indonesian.getClass().getName()).isEqualTo("io.github.spbe4j.catalog.InvalidCatalogException");
        assertThat(indonesian.getMessage()).contains("services[0].title: tidak boleh kosong (\" \")", "services[0].id: harus berupa id",
                "services[0].cost.rupiah: minimal 1 untuk biaya jenis fixed (0)");
        assertThat(english.getMessage()).contains("services[0].title: must not be blank (\" \")", "services[0].id: must be an id",
                "services[0].cost.rupiah: must be at least 1 for a cost of kind fixed (0)");
        Object catalog = parse.invoke(null, "{\"format\": \"spbe-catalog/1\"}", Locale.ENGLISH);
        assertThat(catalog.getClass().getModule().getName()).isEqualTo("io.github.spbe4j.catalog");

        Class<?> mapperType = layer.findLoader("com.fasterxml.jackson.databind").loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        Object mapper = mapperType.getConstructor().newInstance();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            mapperType.getMethod("findAndRegisterModules").invoke(mapper);
        } finally {
            thread.setContextClassLoader(before);
        }
        assertThat((Set<?>) mapperType.getMethod("getRegisteredModuleIds").invoke(mapper)).map(Object::toString)
                .contains("spbe-catalog", "spbe-core");
        assertThat(mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, catalog)).isEqualTo("{\"format\":\"spbe-catalog/1\"}");
    }

    private static Throwable thrown(Method parse, String file, Locale locale) throws IllegalAccessException {
        try {
            parse.invoke(null, file, locale);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError("the file was read");
    }
}
