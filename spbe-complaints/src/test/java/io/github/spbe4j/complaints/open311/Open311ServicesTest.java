package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Open311ServicesTest {

    private static final ComplaintChannel LAPOR = ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id");

    static Catalog catalog() {
        Instansi kota = Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, RegionCode.parse("99.71"),
                List.of(Unit.of("dishub", "Dinas Perhubungan", UnitKind.DINAS)));
        PublicService lampu = PublicService.builder("lampu-jalan", "Penerangan jalan umum", Authority.of("kota-contoh", "dishub"))
                .channel(Channel.of(Channel.Kind.COUNTER)).description("Lampu jalan mati atau rusak")
                .keywords(List.of("lampu", "PJU, penerangan")).complaintChannel(LAPOR).build();
        PublicService noChannel = PublicService.builder("izin-parkir", "Izin parkir", Authority.of("kota-contoh"))
                .channel(Channel.of(Channel.Kind.COUNTER)).build();
        PublicService planned = PublicService.builder("parkir-online", "Parkir daring", Authority.of("kota-contoh"))
                .status(ServiceStatus.PLANNED).complaintChannel(LAPOR).build();
        PublicService kota2 = PublicService.builder("sampah", "Pengangkutan sampah", Authority.of("kota-contoh"))
                .channel(Channel.of(Channel.Kind.COUNTER)).status(ServiceStatus.PILOT).complaintChannel(LAPOR).build();
        return Catalog.of(List.of(kota), List.of(), List.of(lampu, noChannel, planned, kota2));
    }

    @Test
    void from_catalog_takesDeliveredServicesWithAComplaintChannel() {
        Open311Services s = Open311Services.from(catalog());
        assertThat(s.services()).extracting(Open311Service::code).containsExactly("lampu-jalan", "sampah");
        Open311Service lampu = s.service("lampu-jalan").orElseThrow();
        assertThat(lampu.name()).isEqualTo("Penerangan jalan umum");
        assertThat(lampu.description()).contains("Lampu jalan mati atau rusak");
        assertThat(lampu.metadata()).isFalse();
        assertThat(lampu.type()).isEqualTo(ServiceType.REALTIME);
        assertThat(lampu.keywordsText()).contains("lampu, PJU, penerangan");
        assertThat(lampu.group()).contains("Dinas Perhubungan");
        assertThat(s.service("sampah").orElseThrow().group()).contains("Pemerintah Kota Contoh");
        assertThat(s.definition("lampu-jalan")).contains(ServiceDefinition.of("lampu-jalan", List.of()));
        assertThat(s.definition("izin-parkir")).isEmpty();
    }

    @Test
    void withDefinition_attributes_setMetadataAndDefinition() {
        ServiceDefinition d = ServiceDefinition.of("lampu-jalan", List.of(
                Attribute.of("tiang", Attribute.Datatype.STRING, false, 1, "Nomor tiang lampu", List.of())));
        Open311Services s = Open311Services.from(catalog()).withDefinition(d);
        assertThat(s.service("lampu-jalan").orElseThrow().metadata()).isTrue();
        assertThat(s.definition("lampu-jalan")).contains(d);
        assertThat(Open311Format.XML.services(s.services())).contains("<metadata>true</metadata>", "<metadata>false</metadata>");
        assertThatThrownBy(() -> s.withDefinition(ServiceDefinition.of("izin-parkir", List.of())))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("\"izin-parkir\", which is not among the services");
    }

    @Test
    void of_inconsistentMetadataOrRepeatedCode_isRefusedNamingBoth() {
        Open311Service a = Open311Service.of("a", "A", "a");
        assertThatThrownBy(() -> Open311Services.of(List.of(a.withMetadata(true), a), List.of()))
                .isInstanceOf(Open311Exception.class)
                .hasMessageContaining("service \"a\" has metadata true but its definition has no attributes")
                .hasMessageContaining("service code \"a\" is used by more than one service");
    }

    @Test
    void attribute_invariants_areCheckedAllAtOnce() {
        assertThatThrownBy(() -> new Attribute(false, " x", Attribute.Datatype.SINGLEVALUELIST, true, Optional.empty(), 0, "Q", List.of()))
                .isInstanceOf(Open311Exception.class)
                .hasMessageContaining("begins or ends with a space")
                .hasMessageContaining("has order 0; orders start at 1")
                .hasMessageContaining("is required but not variable")
                .hasMessageContaining("without values");
        assertThatThrownBy(() -> Attribute.of("x", Attribute.Datatype.NUMBER, false, 1, "Q", List.of(AttributeValue.of("1", "one"))))
                .hasMessageContaining("only singlevaluelist and multivaluelist attributes have values");
        assertThatThrownBy(() -> Attribute.of("x", Attribute.Datatype.MULTIVALUELIST, false, 1, "Q",
                List.of(AttributeValue.of("1", "one"), AttributeValue.of("1", "uno")))).hasMessageContaining("offers the key \"1\" more than once");
        Attribute a = Attribute.of("a", Attribute.Datatype.STRING, false, 1, "A", List.of());
        assertThatThrownBy(() -> ServiceDefinition.of("s", List.of(a, a))).hasMessageContaining("defines the attribute \"a\" more than once")
                .hasMessageContaining("two attributes at order 1");
    }

    @Test
    void definition_attributes_areSortedByOrder() {
        Attribute second = Attribute.of("b", Attribute.Datatype.STRING, false, 2, "B", List.of());
        Attribute first = Attribute.of("a", Attribute.Datatype.STRING, false, 1, "A", List.of());
        assertThat(ServiceDefinition.of("s", List.of(second, first)).attributes()).containsExactly(first, second);
    }

    @Test
    void service_keywordWithComma_isRefused() {
        assertThatThrownBy(() -> new Open311Service("a", "A", Optional.empty(), false, ServiceType.BATCH, List.of("x, y"), Optional.empty()))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("keywords[0] \"x, y\" holds a comma");
        assertThat(ServiceType.BLACKBOX.word()).isEqualTo("blackbox");
        assertThat(Open311Format.of("xml")).isEqualTo(Open311Format.XML);
        assertThatThrownBy(() -> Open311Format.of("yaml")).hasMessageContaining("format \"yaml\" is not json or xml");
    }
}
