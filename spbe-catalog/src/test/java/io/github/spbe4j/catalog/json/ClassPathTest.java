package io.github.spbe4j.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ResolvedModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * spbe-catalog on the class path, as the CLI's shaded jar and an application without modules use it:
 * the catalog file's messages come from their bundle next to the classes in both languages, and
 * {@code findAndRegisterModules()} finds the Jackson module through {@code META-INF/services}. Surefire
 * runs the other tests on the module path; this one loads the same jars in a class loader of its own,
 * where every class is in the unnamed module.
 */
class ClassPathTest {

    private static List<URL> classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        if (CatalogJson.class.getModule().isNamed()) {
            for (ResolvedModule m : ModuleLayer.boot().configuration().modules()) {
                URI location = m.reference().location().orElse(null);
                if (location != null && "file".equals(location.getScheme())) {
                    urls.add(location.toURL());
                }
            }
        } else {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls;
    }

    @Test
    void classPath_readsWithItsOwnMessagesAndFindsTheJacksonModule() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(classPath().toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> json = loader.loadClass(CatalogJson.class.getName());
            assertThat(json.getModule().isNamed()).as("loaded on the class path").isFalse();
            assertThat(json).isNotSameAs(CatalogJson.class);
            Method parse = json.getMethod("parse", String.class, Locale.class);
            String file = "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"a b\", \"title\": \" \", "
                    + "\"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}]}]}";

            Throwable indonesian = thrown(parse, file, Locale.forLanguageTag("id"));
            Throwable english = thrown(parse, file, Locale.ENGLISH);

            assertThat(indonesian.getClass().getName()).isEqualTo("io.github.spbe4j.catalog.InvalidCatalogException");
            assertThat(indonesian.getMessage()).contains("services[0].title: tidak boleh kosong (\" \")",
                    "services[0].id: harus berupa id");
            assertThat(english.getMessage()).contains("services[0].title: must not be blank (\" \")", "services[0].id: must be an id");

            Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
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
        }
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
