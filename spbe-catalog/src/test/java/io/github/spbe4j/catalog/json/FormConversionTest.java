package io.github.spbe4j.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.testing.CatalogGenerators;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormConversionTest {

    static LongStream seeds() {
        return LongStream.range(100, 140);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void from_everyValidServiceAndConcept_formIsValidAndConvertsBackEqual(long seed) {
        Catalog data = CatalogGenerators.small(seed);
        Map<String, ServiceConcept> concepts = data.concepts().stream()
                .collect(Collectors.toMap(ServiceConcept::id, Function.identity()));
        for (ServiceConcept c : data.concepts()) {
            ConceptForm form = ConceptForm.from(c);
            assertThat(FormValidatorTest.VALIDATOR.validate(form, Locale.ENGLISH)).isEmpty();
            assertThat(form.toDomain()).isEqualTo(c);
        }
        for (PublicService s : data.services()) {
            ServiceForm full = ServiceForm.from(s);
            assertThat(FormValidatorTest.VALIDATOR.validate(full, Locale.ENGLISH)).as(s.id()).isEmpty();
            assertThat(full.toDomain()).isEqualTo(s);
            ServiceConcept concept = s.concept().map(concepts::get).orElse(null);
            ServiceForm overrides = ServiceForm.from(s, concept);
            assertThat(FormValidatorTest.VALIDATOR.validate(overrides, Locale.ENGLISH)).isEmpty();
            assertThat(overrides.toDomain(concept)).isEqualTo(s);
        }
    }

    @Test
    void from_instanceEqualToItsConcept_writesNoInheritedField() {
        ServiceConcept c = CatalogGenerators.concept(new Random(5), "konsep");
        PublicService s = c.instantiate("layanan", Authority.of("kota-contoh")).status(io.github.spbe4j.catalog.ServiceStatus.PLANNED)
                .build();
        ServiceForm f = ServiceForm.from(s, c);
        assertThat(f.title()).isNull();
        assertThat(f.requirements()).isNull();
        assertThat(f.cost()).isNull();
        assertThat(f.internal()).isNull();
        assertThat(f.concept()).isEqualTo("konsep");
        assertThat(f.toDomain(c)).isEqualTo(s);
    }

    @Test
    void toDomain_titleOverride_keepsTheConceptsContent() {
        ServiceConcept c = ServiceConcept.builder("sktm", "SKTM").cost(Cost.free())
                .legalBasis(List.of(LegalReference.of("UU 25/2009"))).build();
        ServiceForm f = new ServiceForm("a", "sktm", "SKTM Kelurahan", null, new AuthorityForm("k", "u"), null, "planned", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        PublicService s = f.toDomain(c);
        assertThat(s.title()).isEqualTo("SKTM Kelurahan");
        assertThat(s.cost()).contains(Cost.free());
        assertThat(s.legalBasis()).isEqualTo(c.legalBasis());
        assertThat(ServiceForm.from(s, c).title()).isEqualTo("SKTM Kelurahan");
        assertThat(ServiceForm.from(s, c).toDomain(c)).isEqualTo(s);
    }

    @Test
    void costForm_everyKind_convertsBothWays() {
        LegalReference perda = LegalReference.of("Perda Kota Contoh 3/2024 (fiktif)");
        for (Cost cost : List.of(Cost.free(), Cost.fixed(10_000, perda), Cost.range(0, Cost.MAX_RUPIAH),
                Cost.perUnit(2_000, "lembar", perda))) {
            assertThat(CostForm.from(cost).toDomain()).isEqualTo(cost);
        }
        assertThat(CostForm.from(Cost.perUnit(2_000, "lembar")).kind()).isEqualTo("per-unit");
    }
}
