package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

class DefinitionReadTest {

    static ServiceDefinition rich() {
        return ServiceDefinition.of("lampu", List.of(
                Attribute.of("jenis", Attribute.Datatype.SINGLEVALUELIST, true, 1, "Jenis lampu",
                        List.of(AttributeValue.of("led", "LED"), AttributeValue.of("sodium", "Sodium & <uap>"))),
                new Attribute(true, "tiang", Attribute.Datatype.NUMBER, false, Optional.of("Angka pada tiang"), 2, "Nomor tiang", List.of()),
                new Attribute(false, "info", Attribute.Datatype.TEXT, false, Optional.empty(), 3, "Hanya informasi", List.of()),
                Attribute.of("waktu", Attribute.Datatype.MULTIVALUELIST, false, 4, "Kapan", List.of(AttributeValue.of("malam", "Malam")))));
    }

    @Test
    void read_specExample_inBothFormats_isTheSpecDefinition() {
        assertThat(ServiceDefinition.read(Goldens.read("service-definition.xml"), Open311Format.XML))
                .isEqualTo(Open311GoldenTest.specDefinition());
        assertThat(ServiceDefinition.read(Goldens.read("service-definition.json"), Open311Format.JSON))
                .isEqualTo(Open311GoldenTest.specDefinition());
    }

    @Test
    void read_whatIsWritten_inBothFormats_roundTrips() {
        for (Open311Format f : Open311Format.values()) {
            for (ServiceDefinition d : List.of(rich(), ServiceDefinition.of("kosong", List.of()), Open311GoldenTest.specDefinition())) {
                assertThat(ServiceDefinition.read(f.definition(d), f)).as("%s %s", f, d.serviceCode()).isEqualTo(d);
            }
        }
    }

    @Test
    void read_xxeDocument_isRefusedBeforeParsing() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE service_definition [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <service_definition><service_code>&xxe;</service_code><attributes/></service_definition>""";
        assertThatThrownBy(() -> ServiceDefinition.read(xxe, Open311Format.XML)).isInstanceOf(Open311Exception.class)
                .hasMessage("service definition: the document has a DOCTYPE at character 40; Open311 XML has none, and DTDs are refused,"
                        + " since they can read files and expand entities without bound")
                .hasMessageNotContaining("root:");
    }

    @Test
    void read_billionLaughs_isRefusedBeforeParsing() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        String doc = dtd + "]>\n<service_definition><service_code>&lol9;</service_code></service_definition>";
        assertThatThrownBy(() -> ServiceDefinition.read(doc, Open311Format.XML)).isInstanceOf(Open311Exception.class)
                .hasMessageContaining("the document has a DOCTYPE");
    }

    @Test
    void read_entityWithoutDoctype_isNotWellFormed() {
        assertThatThrownBy(() -> ServiceDefinition.read("<service_definition><service_code>&xxe;</service_code></service_definition>",
                Open311Format.XML)).isInstanceOf(Open311Exception.class).hasMessageContaining("not well-formed XML at line 1")
                .hasMessageContaining("xxe");
    }

    @Test
    void parser_dtdsAndExternalEntities_areOff() {
        assertThat(DefinitionReaderAccess.stax().getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(DefinitionReaderAccess.stax().getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }

    @Test
    void read_xmlProblems_allAtOnceWithPaths() {
        String doc = """
                <service_definition>
                  <service_code>s</service_code>
                  <colour>red</colour>
                  <attributes>
                    <attribute><variable>yes</variable><code>a</code><datatype>list</datatype><required>true</required>
                      <order>x</order><description>Q</description></attribute>
                  </attributes>
                </service_definition>""";
        assertThatThrownBy(() -> ServiceDefinition.read(doc, Open311Format.XML)).isInstanceOfSatisfying(Open311Exception.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly("colour", "attributes[0].variable",
                        "attributes[0].datatype", "attributes[0].order"));
        assertThatThrownBy(() -> ServiceDefinition.read("<services/>", Open311Format.XML))
                .hasMessageContaining("the root element is <services>; expected <service_definition>");
        assertThatThrownBy(() -> ServiceDefinition.read("<service_definition>", Open311Format.XML))
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void read_jsonStrictly_allProblemsAtOnce() {
        assertThatThrownBy(() -> ServiceDefinition.read("{\"service_code\":\"s\",\"service_code\":\"t\"}", Open311Format.JSON))
                .hasMessageContaining("appears twice");
        String doc = """
                {"service_code":1,"attributes":[{"variable":"true","code":"a","datatype":"string","required":false,"order":1.5,
                 "description":"Q","values":[],"extra":0}]}""";
        assertThatThrownBy(() -> ServiceDefinition.read(doc, Open311Format.JSON)).isInstanceOfSatisfying(Open311Exception.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly("service_code", "attributes[0].extra",
                        "attributes[0].variable", "attributes[0].order"));
        assertThatThrownBy(() -> ServiceDefinition.read("{\"service_code\":\"s\",\"attributes\":[{\"variable\":true,\"code\":\"a\","
                + "\"datatype\":\"singlevaluelist\",\"required\":true,\"order\":1,\"description\":\"Q\",\"values\":[]}]}", Open311Format.JSON))
                .hasMessageContaining("attributes[0]: attribute a is a singlevaluelist without values");
    }
}
