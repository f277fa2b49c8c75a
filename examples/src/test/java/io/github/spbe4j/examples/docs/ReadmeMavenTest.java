package io.github.spbe4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps README's "Use it from Maven" section true to the poms: it names every published artifact,
 * the version of spbe-bom, and the Jackson, Hibernate Validator and Jakarta Validation versions
 * that come with spbe4j.
 */
class ReadmeMavenTest {

    /** Modules of the build that are never published. */
    private static final List<String> UNPUBLISHED = List.of("examples", "benchmarks");

    @Test
    void bom_listsEveryPublishedModule() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : texts(pom("pom.xml"), "modules", "module")) {
            if (!UNPUBLISHED.contains(module) && !module.equals("spbe-bom")) {
                published.add(texts(pom(module + "/pom.xml"), "project", "artifactId").get(0));
            }
        }

        assertThat(bomArtifacts()).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void readmeMavenBlock_namesTheBomAndEveryPublishedArtifact() throws Exception {
        String xml = readmeXml();
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(xml);
        while (m.find()) {
            named.add(m.group(1));
        }

        assertThat(named).as("artifacts in README's Maven block").contains("spbe-bom").containsAll(bomArtifacts());
        assertThat(xml).as("README's Maven block imports spbe-bom at the project's version")
                .contains("<version>" + texts(pom("pom.xml"), "project", "version").get(0) + "</version>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Jackson, jackson.version",
        "Hibernate Validator, hibernate-validator.version",
        "Jakarta Validation, jakarta-validation.version",
    })
    void readme_statedDependencyVersion_equalsThePomProperty(String library, String property) throws Exception {
        String version = texts(pom("pom.xml"), "properties", property).get(0);
        String readme = Files.readString(Docs.root().resolve("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        List<String> stated = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(library) + " (\\d[\\w.-]*\\w)").matcher(readme);
        while (m.find()) {
            stated.add(m.group(1));
        }

        assertThat(stated).as("versions of %s that README states (the parent pom's %s is %s)", library, property, version)
                .isNotEmpty().allMatch(version::equals);
    }

    private static List<String> bomArtifacts() throws Exception {
        return texts(pom("spbe-bom/pom.xml"), "dependencies", "artifactId");
    }

    /** The xml code blocks of README.md, joined. */
    private static String readmeXml() {
        return FencedBlock.read(Docs.root().resolve("README.md"), "README.md").stream().filter(b -> b.language().equals("xml"))
                .map(FencedBlock::text).collect(Collectors.joining("\n"));
    }

    private static Document pom(String relative) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Path file = Docs.root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + relative + " in " + Docs.root());
        }
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /**
     * Returns the texts of the elements named {@code child} directly inside any element named
     * {@code parent} (for "project", the root).
     */
    private static List<String> texts(Document pom, String parent, String child) {
        List<String> texts = new ArrayList<>();
        NodeList parents = parent.equals("project") ? pom.getChildNodes() : pom.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) {
            collect(parents.item(i), child, parent.equals("dependencies"), texts);
        }
        return texts;
    }

    private static void collect(Node parent, String child, boolean throughDependency, List<String> texts) {
        NodeList children = parent.getChildNodes();
        for (int j = 0; j < children.getLength(); j++) {
            Node n = children.item(j);
            if (!(n instanceof Element)) {
                continue;
            }
            if (n.getNodeName().equals(child)) {
                texts.add(n.getTextContent().strip());
            } else if (throughDependency && n.getNodeName().equals("dependency")) {
                collect(n, child, false, texts);
            }
        }
    }
}
