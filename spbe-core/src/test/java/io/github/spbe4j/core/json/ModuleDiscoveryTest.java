package io.github.spbe4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code ObjectMapper.findAndRegisterModules()} finds {@link SpbeCoreModule}: on the class path through
 * {@code META-INF/services}, on the module path through {@code provides} in module-info.
 */
class ModuleDiscoveryTest {

    private static final Path SAMPLE = Path.of("..", "examples", "data", "kota-contoh-2025-spbe-2020.json");

    @Test
    void serviceLoader_classPath_findsTheModule() {
        List<Module> found = ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(found).hasAtLeastOneElementOfType(SpbeCoreModule.class);
        assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(SpbeCoreModule.class);
    }

    @Test
    void findAndRegisterModules_classPath_readsAndWritesAnAssessmentAsSpbeJsonDoes() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Assessment a = SpbeJson.readAssessment(SAMPLE);
        String json = mapper.writeValueAsString(a);
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(SpbeJson.write(a)));
        assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(a);
        assertThat(mapper.readValue(Files.readString(SAMPLE), Assessment.class)).isEqualTo(a);
    }

    /**
     * Runs the compiled module (target/classes with its module-info) and Jackson's modules in a module
     * layer of their own, where only {@code provides} can make the module discoverable: a named module's
     * {@code META-INF/services} files are ignored.
     */
    @Test
    void findAndRegisterModules_modulePath_findsTheModuleAndWritesAnAssessment() throws Exception {
        ModuleFinder finder = ModuleFinder.of(location(SpbeJson.class), location(ObjectMapper.class), location(JsonParser.class),
                location(JsonInclude.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.spbe4j.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("io.github.spbe4j.core");
        assertThat(layer.findModule("io.github.spbe4j.core")).hasValueSatisfying(m -> assertThat(m.isNamed()).isTrue());

        // ServiceLoader over the layer, as Jackson's own ServiceLoader.load(Module.class) sees it
        Class<?> service = loader.loadClass("com.fasterxml.jackson.databind.Module");
        List<String> providers = ServiceLoader.load(layer, service).stream().map(p -> p.type().getName()).toList();
        assertThat(providers).containsExactly(SpbeCoreModule.class.getName());

        // an ObjectMapper of that layer finds the module and writes an assessment in its JSON form
        Class<?> mapperClass = loader.loadClass(ObjectMapper.class.getName());
        Object mapper = mapperClass.getConstructor().newInstance();
        // Jackson looks providers up through the context class loader, which in a module-path application is the module's
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            mapperClass.getMethod("findAndRegisterModules").invoke(mapper);
        } finally {
            thread.setContextClassLoader(before);
        }
        assertThat((Set<?>) mapperClass.getMethod("getRegisteredModuleIds").invoke(mapper)).isNotEmpty();
        Class<?> spbeJson = loader.loadClass(SpbeJson.class.getName());
        Object assessment = spbeJson.getMethod("readAssessment", Path.class).invoke(null, SAMPLE);
        assertThat(assessment.getClass().getModule().getName()).isEqualTo("io.github.spbe4j.core");
        Method write = mapperClass.getMethod("writeValueAsString", Object.class);
        String json = (String) write.invoke(mapper, assessment);
        ObjectMapper here = new ObjectMapper();
        assertThat(here.readTree(json)).isEqualTo(here.readTree(SpbeJson.write(SpbeJson.readAssessment(SAMPLE))));
        // and reads it back, through the module's deserializer
        Object back = mapperClass.getMethod("readValue", String.class, Class.class).invoke(mapper, json, assessment.getClass());
        assertThat(back).isEqualTo(assessment);
    }

    @Test
    void findAndRegisterModules_classPath_writesFrameworksAsTheExplicitlyRegisteredModuleDoes() throws Exception {
        Framework f = io.github.spbe4j.core.framework.FrameworkRegistry.builtIn().get("spbe-2018");
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        ObjectMapper explicit = new ObjectMapper().registerModule(new SpbeCoreModule());
        assertThat(found.writeValueAsString(f)).isEqualTo(explicit.writeValueAsString(f));
        assertThat(found.readValue(found.writeValueAsString(f), Framework.class)).isEqualTo(f);
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
