package io.github.spbe4j.catalog;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.spbe4j.catalog.testing.KotaContoh;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Catalog CATALOG = KotaContoh.catalog();

    private static PublicService.Builder service(String id, Authority authority) {
        return PublicService.builder(id, "Layanan " + id, authority).channel(Channel.of(Channel.Kind.COUNTER));
    }

    private static Instansi kabupaten() {
        return Instansi.of("kab-contoh", "Pemerintah Kabupaten Contoh", GovernmentKind.REGENCY, RegionCode.parse("99.01"),
                List.of(Unit.of("kec-contoh-barat", "Kecamatan Contoh Barat", UnitKind.KECAMATAN, RegionCode.parse("99.01.01"))
                        .with(Unit.of("desa-contoh", "Desa Contoh", UnitKind.DESA, RegionCode.parse("99.01.01.2001")))));
    }

    @Test
    void of_kotaContoh_holdsEverythingInOrder() {
        assertThat(CATALOG.instansi()).extracting(Instansi::id).containsExactly("kota-contoh");
        assertThat(CATALOG.concepts()).extracting(ServiceConcept::id).containsExactly("sktm", "ktp-el", "sku", "pbg");
        assertThat(CATALOG.services()).isEqualTo(KotaContoh.services());
        assertThat(CATALOG.size()).isEqualTo(12);
        assertThat(CATALOG.service("pbg")).contains(KotaContoh.services().get(3));
        assertThat(CATALOG.service("imb")).isEmpty();
        assertThat(CATALOG.concept("sku")).contains(KotaContoh.skuConcept());
        assertThat(CATALOG.concept("skck")).isEmpty();
        assertThat(CATALOG.instansi("kota-contoh")).contains(KotaContoh.instansi());
        assertThat(CATALOG.instansi("kota-lain")).isEmpty();
        assertThat(CATALOG).hasToString("Catalog[1 instansi, 4 concepts, 12 services]");
    }

    @Test
    void of_listsGiven_areCopied() {
        List<PublicService> services = new ArrayList<>(KotaContoh.services());
        Catalog c = Catalog.of(List.of(KotaContoh.instansi()), KotaContoh.concepts(), services);
        services.clear();
        assertThat(c.size()).isEqualTo(12);
        assertThatThrownBy(() -> c.services().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_nullElement_isRefusedNamingTheList() {
        assertThatThrownBy(() -> Catalog.of(List.of(), List.of(), Arrays.asList((PublicService) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("services holds null");
        assertThatThrownBy(() -> Catalog.of(null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("instansi");
    }

    @Test
    void of_empty_isAnEmptyCatalog() {
        Catalog empty = Catalog.of(List.of(), List.of(), List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.query().list()).isEmpty();
        assertThat(empty.search("ktp")).isEmpty();
        assertThat(empty.metrics().onlineShare()).isEqualTo(new Share(0, 0));
    }

    @Test
    void of_everyReferenceRuleBroken_reportsEachProblemAtOnce() {
        Authority kota = Authority.of("kota-contoh", "disdukcapil");
        List<PublicService> services = List.of(
                service("a", Authority.of("kota-lain", "disdukcapil")).build(),
                service("b", Authority.of("kota-contoh", "dinkes")).build(),
                service("c", kota).executingUnits(List.of("kel-contoh-satu", "kel-lain")).build(),
                service("d", kota).concept("skck").build(),
                service("e", kota).availability(Availability.in(Set.of(KotaContoh.KEL_DUA,
                        RegionCode.parse("99.72.01.1001")))).build(),
                service("e", kota).build());
        List<ServiceConcept> concepts = List.of(KotaContoh.sktmConcept(), KotaContoh.sktmConcept().toBuilder().build());
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> Catalog.of(List.of(KotaContoh.instansi(), KotaContoh.instansi()), concepts, services));
        assertThat(e).isInstanceOf(SpbeException.class);
        assertThat(texts(e.problems())).containsExactly(
                "instansi: id \"kota-contoh\" is used by 2 instansi (instansi[0] and instansi[1])",
                "concepts: id \"sktm\" is used by 2 concepts (concepts[0] and concepts[1])",
                "services: id \"e\" is used by 2 services (services[4] and services[5])",
                "service a names instansi kota-lain, which the catalog does not hold; instansi: kota-contoh",
                "service b names unit dinkes, which instansi kota-contoh does not have",
                "service c is carried out by unit kel-lain, which instansi kota-contoh does not have",
                "service d instantiates concept skck, which the catalog does not hold",
                "service e is available in village 99.72.01.1001, outside instansi kota-contoh's region 99.71");
        assertThat(e).hasMessageStartingWith("catalog has 8 problems: instansi: id \"kota-contoh\" is used by 2 instansi (instansi[0] and instansi[1]); ");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("instansi", "concepts", "services",
                "services[0].authority.instansi", "services[1].authority.unit", "services[2].executingUnits[1]",
                "services[3].concept", "services[4].availability.villages");
        assertThat(e.problems()).extracting(Problem::rule).containsExactly("UniqueIds", "UniqueIds", "UniqueIds", "Reference",
                "Reference", "Reference", "Reference", "VillageInRegion");
        assertThat(e.problems().get(4).rejectedValue()).contains("\"dinkes\"");
    }

    @Test
    void of_unknownAgency_listsEveryHeldAgency() {
        assertThatThrownBy(() -> Catalog.of(List.of(KotaContoh.instansi(), kabupaten()), List.of(),
                List.of(service("a", Authority.of("kemendagri")).build())))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessage("catalog: service a names instansi kemendagri, which the catalog does not hold;"
                        + " instansi: kota-contoh, kab-contoh");
    }

    @Test
    void of_authorityWithoutUnit_andCentralAgencyAnywhere_areAccepted() {
        Instansi central = Instansi.of("kemensos", "Kementerian Sosial", GovernmentKind.CENTRAL, null,
                List.of(Unit.of("ditjen-linjamsos", "Ditjen Perlindungan dan Jaminan Sosial", UnitKind.OTHER)));
        Catalog c = Catalog.of(List.of(KotaContoh.instansi(), central), List.of(), List.of(
                service("a", Authority.of("kota-contoh")).build(),
                service("b", Authority.of("kemensos", "ditjen-linjamsos"))
                        .availability(Availability.in(Set.of(KotaContoh.KEL_TIGA, RegionCode.parse("98.71.01.1001")))).build()));
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.instansiOf(c.services().get(1))).isEqualTo(central);
        assertThat(c.villagesOf("kemensos")).isEmpty();
    }

    @Test
    void of_villageOfTheAgencyRegionButNoUnit_isAccepted() {
        Catalog c = Catalog.of(List.of(KotaContoh.instansi()), List.of(), List.of(
                service("a", Authority.of("kota-contoh")).availability(Availability.in(Set.of(RegionCode.parse("99.71.05.1009"))))
                        .build()));
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void with_newService_isAddedAtTheEndAndTheOriginalUnchanged() {
        PublicService skck = service("pengantar-skck", Authority.of("kota-contoh", "kec-contoh-utara")).build();
        Catalog bigger = CATALOG.with(skck);
        assertThat(bigger.size()).isEqualTo(13);
        assertThat(bigger.services().get(12)).isEqualTo(skck);
        assertThat(bigger.service("pengantar-skck")).contains(skck);
        assertThat(CATALOG.size()).isEqualTo(12);
        assertThat(CATALOG.service("pengantar-skck")).isEmpty();
        assertThat(bigger.query().unit("kec-contoh-utara").list()).extracting(PublicService::id)
                .containsExactly("sktm", "sku", "pengantar-skck");
    }

    @Test
    void with_sameId_replacesInPlaceAndReindexes() {
        PublicService sktm = CATALOG.service("sktm").orElseThrow();
        PublicService online = sktm.toBuilder().channel(Channel.of(Channel.Kind.WEB, "https://layanan.kotacontoh.example/sktm")).digitalLevel(DigitalLevel.TRANSAKSI).build();
        Catalog replaced = CATALOG.with(online);
        assertThat(replaced.size()).isEqualTo(12);
        assertThat(replaced.services().get(6)).isEqualTo(online);
        assertThat(replaced.query().online().list()).contains(online);
        assertThat(CATALOG.query().online().list()).doesNotContain(sktm, online);
        assertThat(replaced.metrics().onlineShare()).isEqualTo(new Share(5, 10));
    }

    @Test
    void withList_addsAndReplacesInOneStep_sameAsOneByOne() {
        PublicService skck = service("pengantar-skck", Authority.of("kota-contoh", "kec-contoh-utara")).build();
        PublicService sktm = CATALOG.service("sktm").orElseThrow();
        PublicService online = sktm.toBuilder().channel(Channel.of(Channel.Kind.WEB, "https://layanan.kotacontoh.example/sktm")).digitalLevel(DigitalLevel.TRANSAKSI).build();

        Catalog batch = CATALOG.with(List.of(skck, online));

        assertThat(batch.services()).isEqualTo(CATALOG.with(skck).with(online).services());
        assertThat(batch.query().online().list()).contains(online);
    }

    @Test
    void queryUnitOfAgency_sameUnitIdInTwoAgencies_narrowsToOne() {
        Instansi kab = Instansi.of("kab-contoh", "Pemerintah Kabupaten Contoh", GovernmentKind.REGENCY, RegionCode.parse("99.01"),
                List.of(Unit.of("disdukcapil", "Dinas Kependudukan Kabupaten Contoh", UnitKind.DINAS)));
        Catalog two = Catalog.of(List.of(KotaContoh.instansi(), kab), KotaContoh.concepts(),
                java.util.stream.Stream.concat(KotaContoh.services().stream(),
                        java.util.stream.Stream.of(service("kk-kab", Authority.of("kab-contoh", "disdukcapil")).build())).toList());

        assertThat(two.query().unit("disdukcapil").list()).extracting(PublicService::id).contains("kk-kab");
        assertThat(two.query().unit("kab-contoh", "disdukcapil").list()).extracting(PublicService::id).containsExactly("kk-kab");
        assertThat(two.query().unit("kota-contoh", "disdukcapil").list()).extracting(PublicService::id).doesNotContain("kk-kab")
                .isNotEmpty();
    }

    @Test
    void with_brokenReference_isRefusedAndTheOriginalUnchanged() {
        assertThatThrownBy(() -> CATALOG.with(service("sku", Authority.of("kota-contoh", "bappeda")).build()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessage("catalog: service sku names unit bappeda, which instansi kota-contoh does not have");
        assertThatThrownBy(() -> CATALOG.with(service("baru", Authority.of("kota-contoh")).concept("kk").build()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessage("catalog: service baru instantiates concept kk, which the catalog does not hold");
        assertThat(CATALOG.service("sku").orElseThrow().authority().unit()).contains("kec-contoh-utara");
    }

    @Test
    void instansiOf_heldService_isItsAuthority() {
        for (PublicService s : CATALOG.services()) {
            assertThat(CATALOG.instansiOf(s).id()).isEqualTo("kota-contoh");
        }
    }

    @Test
    void instansiOf_serviceNotHeldOrChanged_isRefused() {
        PublicService stranger = service("asing", Authority.of("kota-contoh")).build();
        assertThatThrownBy(() -> CATALOG.instansiOf(stranger)).isInstanceOf(InvalidCatalogException.class)
                .hasMessage("service asing is not in this catalog");
        PublicService changed = CATALOG.service("sku").orElseThrow().toBuilder().keywords(List.of("usaha")).build();
        assertThatThrownBy(() -> CATALOG.instansiOf(changed)).isInstanceOf(InvalidCatalogException.class)
                .hasMessage("service sku is not in this catalog");
    }

    @Test
    void villagesOf_instansi_kelurahanAndDesaInUnitOrder() {
        assertThat(CATALOG.villagesOf("kota-contoh")).containsExactlyElementsOf(KotaContoh.KELURAHAN);
        Catalog both = Catalog.of(List.of(KotaContoh.instansi(), kabupaten()), List.of(), List.of());
        assertThat(both.villagesOf("kab-contoh")).containsExactly(RegionCode.parse("99.01.01.2001"));
        assertThat(both.villagesOf("kota-lain")).isEmpty();
    }

    @Test
    void nameOf_authority_isItsUnitElseItsInstansiElseItsCode() {
        assertThat(CATALOG.nameOf(Authority.of("kota-contoh", "dinsos"))).isEqualTo("Dinas Sosial");
        assertThat(CATALOG.nameOf(Authority.of("kota-contoh"))).isEqualTo("Pemerintah Kota Contoh");
        assertThat(CATALOG.nameOf(Authority.of("kota-contoh", "bappeda"))).isEqualTo("Pemerintah Kota Contoh");
        assertThat(CATALOG.nameOf(Authority.of("kota-lain", "dinsos"))).isEqualTo("kota-lain/dinsos");
        assertThat(CATALOG.nameOf(Authority.of("kota-lain"))).isEqualTo("kota-lain");
    }

    @Test
    void unit_idInSeveralInstansi_isTheFirstInstansiOrder() {
        Instansi kab = Instansi.of("kab-contoh", "Pemerintah Kabupaten Contoh", GovernmentKind.REGENCY, RegionCode.parse("99.01"),
                List.of(Unit.of("disdukcapil", "Dinas Kependudukan Kabupaten Contoh", UnitKind.DINAS),
                        Unit.of("bappeda", "Bappeda Kabupaten Contoh", UnitKind.BADAN)));
        Catalog two = Catalog.of(List.of(KotaContoh.instansi(), kab), List.of(), List.of());

        assertThat(two.unit("disdukcapil")).map(Unit::name).contains("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(two.unit("bappeda")).map(Unit::name).contains("Bappeda Kabupaten Contoh");
        assertThat(two.unit("kel-contoh-dua")).map(Unit::name).contains("Kelurahan Contoh Dua");
        assertThat(two.unit("dishub")).isEmpty();
    }

    @Test
    void villageName_servedOrNot_isTheServingUnitElseTheCode() {
        Catalog both = Catalog.of(List.of(KotaContoh.instansi(), kabupaten()), List.of(), List.of());
        assertThat(both.villageName(KotaContoh.KEL_DUA)).isEqualTo("Kelurahan Contoh Dua");
        assertThat(both.villageName(RegionCode.parse("99.01.01.2001"))).isEqualTo("Desa Contoh");
        assertThat(both.villageName(RegionCode.parse("99.01.01.2999"))).isEqualTo("99.01.01.2999");
    }

    // search, end to end

    private static List<String> search(String text) {
        return CATALOG.search(text).stream().map(PublicService::id).toList();
    }

    @Test
    void search_ktp_findsTheKtpElService() {
        assertThat(search("ktp")).contains("ktp-el").doesNotContain("sktm", "sku", "pbg");
        assertThat(search("ktp").get(0)).isEqualTo("ktp-el");
        assertThat(search("KTP-el")).first().isEqualTo("ktp-el");
        assertThat(search("kartu tanda penduduk elektronik")).contains("ktp-el");
    }

    @Test
    void search_sktmOrItsExpansion_findsBothSktmServicesOnly() {
        assertThat(search("SKTM")).containsExactlyInAnyOrder("sktm", "sktm-daring-contoh-satu");
        assertThat(search("surat keterangan tidak mampu")).containsExactlyInAnyOrder("sktm", "sktm-daring-contoh-satu");
        assertThat(search("sktm")).isEqualTo(search("SKTM"));
    }

    @Test
    void search_pbgOrImb_findsThePbgService() {
        assertThat(search("PBG")).containsExactly("pbg");
        assertThat(search("IMB")).containsExactly("pbg");
        assertThat(search("izin mendirikan bangunan")).containsExactly("pbg");
    }

    @Test
    void search_stopWordsOrBlankOnly_findsNothing() {
        assertThat(search("dan di yang")).isEmpty();
        assertThat(search("untuk")).isEmpty();
        assertThat(search("   ")).isEmpty();
        assertThat(search("")).isEmpty();
    }

    @Test
    void search_wordsNowhere_findsNothing() {
        assertThat(search("paspor")).isEmpty();
        assertThat(search("sktm paspor")).isEmpty();
    }

    @Test
    void search_descriptionKeywordsAndOutput_areSearched() {
        assertThat(search("keringanan biaya")).containsExactlyInAnyOrder("sktm", "sktm-daring-contoh-satu");
        assertThat(search("SIMBG")).containsExactly("pbg");
        assertThat(search("e-KTP")).contains("ktp-el");
        assertThat(search("Surat Rekomendasi")).contains("rekomendasi-bansos");
    }

    @Test
    void equals_sameContent_equalAndOtherwiseNot() {
        new com.google.common.testing.EqualsTester()
                .addEqualityGroup(KotaContoh.catalog(), KotaContoh.catalog(),
                        Catalog.of(List.of(KotaContoh.instansi()), KotaContoh.concepts(), KotaContoh.services()))
                .addEqualityGroup(CATALOG.with(service("pengantar-skck", Authority.of("kota-contoh", "kec-contoh-utara")).build()))
                .addEqualityGroup(Catalog.of(List.of(KotaContoh.instansi()), List.of(), List.of()))
                .testEquals();
    }
}
