package io.github.spbe4j.catalog;

import static io.github.spbe4j.catalog.testing.Problems.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.RegionCode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small value types of the model: construction rules, messages, equality, null checks, text forms. */
class ModelValuesTest {

    /** The address of a web channel; a web channel needs one. */
    private static final String WEB_ADDRESS = "https://layanan.example.go.id/sktm";

    private static final String ID_RULE = "; an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit";
    private static final RegionCode KEL_1001 = RegionCode.parse("99.71.01.1001");
    private static final RegionCode KEL_1002 = RegionCode.parse("99.71.01.1002");

    private static NullPointerTester nulls() {
        return new NullPointerTester()
                .setDefault(String.class, "sktm")
                .setDefault(URI.class, URI.create("https://jdih.kotacontoh.example/perda-3-2023"))
                .setDefault(RegionCode.class, KEL_1001)
                .setDefault(Channel.Kind.class, Channel.Kind.WEB)
                .setDefault(OutputType.class, OutputType.LETTER)
                .setDefault(ComplaintChannel.Kind.class, ComplaintChannel.Kind.EMAIL)
                .setDefault(ProcessingTime.class, ProcessingTime.workingDays(1))
                .setDefault(StandarComponent.class, StandarComponent.JUMLAH_PELAKSANA);
    }

    // StandarComponent, Channel.Kind, ServiceStatus

    @Test
    void standarComponent_numbers_runOneToFourteenInOrderWithSixDelivery() {
        StandarComponent[] all = StandarComponent.values();
        assertThat(all).hasSize(14);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].number()).isEqualTo(i + 1);
            assertThat(StandarComponent.of(i + 1)).isSameAs(all[i]);
            assertThat(all[i].delivery()).isEqualTo(i < 6);
        }
    }

    @Test
    void standarComponent_displayName_indonesianForIdAndInElseEnglish() {
        assertThat(StandarComponent.JANGKA_WAKTU.displayName(Locale.forLanguageTag("id-ID"))).isEqualTo("Jangka waktu pelayanan");
        assertThat(StandarComponent.JANGKA_WAKTU.displayName(new Locale("in"))).isEqualTo("Jangka waktu pelayanan");
        assertThat(StandarComponent.JANGKA_WAKTU.displayName(Locale.ENGLISH)).isEqualTo("Processing time");
        assertThat(StandarComponent.PENGADUAN.displayName(Locale.ROOT)).isEqualTo("Complaint handling");
        assertThat(StandarComponent.BIAYA.displayName(Locale.forLanguageTag("id"))).isEqualTo("Biaya/tarif");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, -1, Integer.MAX_VALUE})
    void standarComponent_of_outsideOneToFourteen_namesNumberAndRange(int number) {
        refused(InvalidServiceException.class, () -> StandarComponent.of(number), "component", "Range",
                "standar component " + number + " does not exist; components run 1..14");
    }

    @Test
    void channelKind_online_onlyWebAndMobileApp() {
        assertThat(Arrays.stream(Channel.Kind.values()).filter(Channel.Kind::online))
                .containsExactly(Channel.Kind.WEB, Channel.Kind.MOBILE_APP);
        assertThat(Channel.Kind.MAL_PELAYANAN_PUBLIK.displayName()).isEqualTo("Mal Pelayanan Publik");
        assertThat(Channel.Kind.COUNTER.displayName()).isEqualTo("Loket");
    }

    @Test
    void serviceStatus_delivered_onlyPilotAndActive() {
        assertThat(Arrays.stream(ServiceStatus.values()).filter(ServiceStatus::delivered))
                .containsExactly(ServiceStatus.PILOT, ServiceStatus.ACTIVE);
    }

    // LegalReference

    @Test
    void legalReference_withAndWithoutUri_isItsTitleAsText() {
        URI jdih = URI.create("https://jdih.kotacontoh.example/perda-3-2023");
        assertThat(LegalReference.of("Perda 3/2023")).hasToString("Perda 3/2023");
        assertThat(LegalReference.of("Perda 3/2023").uri()).isEmpty();
        assertThat(LegalReference.of("Perda 3/2023", jdih).uri()).contains(jdih);
        new EqualsTester()
                .addEqualityGroup(LegalReference.of("Perda 3/2023"), new LegalReference("Perda 3/2023", Optional.empty()))
                .addEqualityGroup(LegalReference.of("Perda 3/2023", jdih))
                .addEqualityGroup(LegalReference.of("Perda 4/2023"))
                .testEquals();
    }

    @Test
    void legalReference_blankTitle_isRefused() {
        refused(InvalidServiceException.class, () -> LegalReference.of(" \t"), "title", "NotBlank", "legal reference title is blank");
    }

    // Document, Requirement

    @ParameterizedTest
    @ValueSource(strings = {"", "kartu keluarga", "-kk", ".kk", "kk/1", "kartu-keluargä"})
    void document_malformedId_namesIdAndRule(String id) {
        refused(InvalidServiceException.class, () -> Document.of(id, "Fotokopi KK"), "id", "Id",
                "document id is \"" + id + "\"" + ID_RULE);
    }

    @Test
    void document_idOf128AndOf129Characters_acceptedThenRefused() {
        String id128 = "a".repeat(128);
        assertThat(Document.of(id128, "x").id()).isEqualTo(id128);
        assertThatThrownBy(() -> Document.of(id128 + "a", "x")).isInstanceOf(InvalidServiceException.class)
                .hasMessage("document id is \"" + "a".repeat(56) + "..." + ID_RULE);
        assertThat(Document.of("0a._~-Z", "x").id()).isEqualTo("0a._~-Z");
    }

    @Test
    void document_blankTexts_areRefused() {
        refused(InvalidServiceException.class, () -> Document.of("kk", "  "), "title", "NotBlank", "document kk title is blank");
        refused(InvalidServiceException.class, () -> Document.of("kk", "Fotokopi KK", ""), "description", "NotBlank",
                "document kk description is blank; leave it out instead");
    }

    @Test
    void document_description_isOptional() {
        assertThat(Document.of("kk", "Fotokopi KK").description()).isEmpty();
        assertThat(Document.of("kk", "Fotokopi KK", "dilegalisir").description()).contains("dilegalisir");
    }

    @Test
    void requirement_repeatedDocument_namesTheId() {
        Document kk = Document.of("kk", "Fotokopi KK");
        refused(InvalidServiceException.class, () -> Requirement.of("domisili", "Domisili", kk, Document.of("rt", "Pengantar RT"), kk),
                "documents", "UniqueIds", "requirement domisili lists document kk more than once");
    }

    @Test
    void requirement_malformedIdBlankTextOrNullDocument_isRefused() {
        refused(InvalidServiceException.class, () -> Requirement.of("a b", "Domisili"), "id", "Id",
                "requirement id is \"a b\"" + ID_RULE);
        refused(InvalidServiceException.class, () -> Requirement.of("domisili", ""), "title", "NotBlank",
                "requirement domisili title is blank");
        refused(InvalidServiceException.class, () -> Requirement.of("domisili", "Domisili").withDescription(" "), "description",
                "NotBlank", "requirement domisili description is blank; leave it out instead");
        assertThatThrownBy(() -> new Requirement("domisili", "Domisili", Optional.empty(), Arrays.asList(Document.of("kk", "KK"), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("documents holds null");
    }

    @Test
    void requirement_severalProblems_areReportedAtOnceUnderTheRequirement() {
        assertThatThrownBy(() -> Requirement.of("a b", " "))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("requirement a b has 2 problems: requirement id is \"a b\"" + ID_RULE + "; requirement a b title is blank")
                .satisfies(e -> assertThat(((InvalidServiceException) e).problems()).extracting(Problem::path)
                        .containsExactly("id", "title"));
    }

    @Test
    void requirement_documentList_isCopiedAndUnmodifiable() {
        List<Document> list = new java.util.ArrayList<>(List.of(Document.of("kk", "KK")));
        Requirement r = new Requirement("domisili", "Domisili", Optional.empty(), list);
        list.add(Document.of("rt", "RT"));
        assertThat(r.documents()).extracting(Document::id).containsExactly("kk");
        assertThatThrownBy(() -> r.documents().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Requirement.of("hadir", "Hadir sendiri").documents()).isEmpty();
    }

    @Test
    void equals_documentAndRequirement_byAllComponents() {
        Document kk = Document.of("kk", "Fotokopi KK");
        new EqualsTester()
                .addEqualityGroup(kk, new Document("kk", "Fotokopi KK", Optional.empty()))
                .addEqualityGroup(Document.of("kk", "Fotokopi KK", "dilegalisir"))
                .addEqualityGroup(Document.of("kk2", "Fotokopi KK"))
                .addEqualityGroup(Requirement.of("domisili", "Domisili", kk), new Requirement("domisili", "Domisili", Optional.empty(), List.of(kk)))
                .addEqualityGroup(Requirement.of("domisili", "Domisili", kk).withDescription("Warga kelurahan"))
                .addEqualityGroup(Requirement.of("domisili", "Domisili"))
                .addEqualityGroup(Requirement.of("domisili", "Domisili di kelurahan", kk))
                .testEquals();
    }

    // Output, LifeEvent, ComplaintChannel, Authority

    @Test
    void constructors_outputLifeEventComplaintChannelBlankOrMalformed_areRefused() {
        refused(InvalidServiceException.class, () -> Output.of(" ", OutputType.LETTER), "title", "NotBlank", "output title is blank");
        refused(InvalidServiceException.class, () -> LifeEvent.of("memulai usaha", "Memulai usaha"), "id", "Id",
                "life event id is \"memulai usaha\"" + ID_RULE);
        refused(InvalidServiceException.class, () -> LifeEvent.of("kelahiran", ""), "name", "NotBlank", "life event kelahiran name is blank");
        refused(InvalidServiceException.class, () -> ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "\n"), "contact", "NotBlank",
                "complaint channel contact is blank");
    }

    @Test
    void authority_toString_isInstansiSlashUnitOrInstansi() {
        assertThat(Authority.of("kota-contoh", "disdukcapil")).hasToString("kota-contoh/disdukcapil");
        assertThat(Authority.of("kota-contoh", "disdukcapil").unit()).contains("disdukcapil");
        assertThat(Authority.of("kota-contoh")).hasToString("kota-contoh");
        assertThat(Authority.of("kota-contoh").unit()).isEmpty();
    }

    @Test
    void authority_blankIds_areRefused() {
        refused(InvalidServiceException.class, () -> Authority.of(" "), "instansi", "NotBlank", "authority instansi is blank");
        refused(InvalidServiceException.class, () -> Authority.of("kota-contoh", ""), "unit", "NotBlank",
                "authority unit is blank; leave it out instead");
    }

    @Test
    void equals_outputLifeEventComplaintChannelAuthority_byAllComponents() {
        new EqualsTester()
                .addEqualityGroup(Output.of("SKTM", OutputType.LETTER), new Output("SKTM", OutputType.LETTER))
                .addEqualityGroup(Output.of("SKTM", OutputType.OTHER))
                .addEqualityGroup(LifeEvent.of("kelahiran", "Kelahiran"), new LifeEvent("kelahiran", "Kelahiran"))
                .addEqualityGroup(LifeEvent.of("kelahiran", "Kelahiran anak"))
                .addEqualityGroup(ComplaintChannel.of(ComplaintChannel.Kind.EMAIL, "a@b.example"),
                        new ComplaintChannel(ComplaintChannel.Kind.EMAIL, "a@b.example"))
                .addEqualityGroup(ComplaintChannel.of(ComplaintChannel.Kind.WEBSITE, "a@b.example"))
                .addEqualityGroup(Authority.of("kota-contoh", "dinsos"), new Authority("kota-contoh", Optional.of("dinsos")))
                .addEqualityGroup(Authority.of("kota-contoh"), new Authority("kota-contoh", Optional.empty()))
                .testEquals();
    }

    @Test
    void publicApi_nullArgumentsToSmallValues_throwNullPointerException() {
        NullPointerTester t = nulls();
        for (Class<?> c : List.of(LegalReference.class, Document.class, Requirement.class, Output.class, LifeEvent.class,
                ComplaintChannel.class, Authority.class, Channel.class, Availability.class, Availability.Villages.class,
                InternalComponents.class, Rollout.class, EvidenceMapping.class, EvidenceMapping.Entry.class)) {
            t.testAllPublicConstructors(c);
            t.testAllPublicStaticMethods(c);
        }
        t.testAllPublicInstanceMethods(Channel.of(Channel.Kind.WEB, WEB_ADDRESS));
        t.testAllPublicInstanceMethods(InternalComponents.none());
        t.testAllPublicInstanceMethods(Availability.everywhere());
        t.testAllPublicInstanceMethods(Availability.in(Set.of(KEL_1001)));
    }

    // Channel

    @Test
    void channel_copies_keepKindAndAddressAndAddTimeOrRequirements() {
        Requirement scan = Requirement.of("pindaian", "Pindaian KTP-el");
        Channel web = Channel.of(Channel.Kind.WEB, "https://layanan.example");
        Channel timed = web.withProcessingTime(ProcessingTime.hours(2)).withRequirements(List.of(scan));
        assertThat(timed.kind()).isEqualTo(Channel.Kind.WEB);
        assertThat(timed.address()).contains("https://layanan.example");
        assertThat(timed.processingTime()).contains(ProcessingTime.hours(2));
        assertThat(timed.requirements()).containsExactly(scan);
        assertThat(web.processingTime()).isEmpty();
        assertThat(web.requirements()).isEmpty();
        assertThat(Channel.of(Channel.Kind.COUNTER).address()).isEmpty();
        assertThat(timed.online()).isTrue();
        assertThat(Channel.of(Channel.Kind.KIOSK).online()).isFalse();
    }

    @Test
    void channel_blankAddressOrRepeatedRequirement_isRefused() {
        refused(InvalidServiceException.class, () -> Channel.of(Channel.Kind.WEB, " "), "address", "NotBlank",
                "channel address is blank; leave it out instead");
        Requirement scan = Requirement.of("pindaian", "Pindaian KTP-el");
        refused(InvalidServiceException.class,
                () -> Channel.of(Channel.Kind.WEB, WEB_ADDRESS).withRequirements(List.of(scan, Requirement.of("pindaian", "Lagi"))),
                "requirements", "UniqueIds", "channel WEB lists requirement pindaian more than once");
    }

    @Test
    void equals_channel_byAllComponents() {
        new EqualsTester()
                .addEqualityGroup(Channel.of(Channel.Kind.WEB, WEB_ADDRESS), new Channel(Channel.Kind.WEB, Optional.of(WEB_ADDRESS), Optional.empty(), List.of()))
                .addEqualityGroup(Channel.of(Channel.Kind.WEB, "https://a.example"))
                .addEqualityGroup(Channel.of(Channel.Kind.WEB, WEB_ADDRESS).withProcessingTime(ProcessingTime.hours(1)))
                .addEqualityGroup(Channel.of(Channel.Kind.WEB, WEB_ADDRESS).withRequirements(List.of(Requirement.of("r", "R"))))
                .addEqualityGroup(Channel.of(Channel.Kind.MOBILE_APP))
                .testEquals();
    }

    // Availability

    @Test
    void everywhere_includes_villagesInsideTheProviderRegionOrAnyForCentral() {
        Availability a = Availability.everywhere();
        assertThat(a.includes(KEL_1001, Optional.of(RegionCode.parse("99.71")))).isTrue();
        assertThat(a.includes(KEL_1001, Optional.of(RegionCode.parse("99")))).isTrue();
        assertThat(a.includes(KEL_1001, Optional.of(RegionCode.parse("99.71.01")))).isTrue();
        assertThat(a.includes(KEL_1001, Optional.of(KEL_1001))).isTrue();
        assertThat(a.includes(KEL_1001, Optional.of(RegionCode.parse("99.72")))).isFalse();
        assertThat(a.includes(RegionCode.parse("98.71.01.1001"), Optional.of(RegionCode.parse("99.71")))).isFalse();
        assertThat(a.includes(KEL_1001, Optional.empty())).isTrue();
        assertThat(a).hasToString("everywhere").isSameAs(Availability.everywhere());
    }

    @Test
    void villages_includes_onlyTheListedOnesWhateverTheProvider() {
        Availability a = Availability.in(List.of(KEL_1002, KEL_1001, KEL_1002));
        assertThat(((Availability.Villages) a).villages()).containsExactly(KEL_1001, KEL_1002);
        assertThat(a).hasToString("[99.71.01.1001, 99.71.01.1002]");
        assertThat(a.includes(KEL_1001, Optional.of(RegionCode.parse("99.71")))).isTrue();
        assertThat(a.includes(KEL_1002, Optional.empty())).isTrue();
        assertThat(a.includes(RegionCode.parse("99.71.01.1003"), Optional.of(RegionCode.parse("99.71")))).isFalse();
        assertThatThrownBy(() -> ((Availability.Villages) a).villages().add(KEL_1001))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void villages_emptyOrNotAVillage_isRefused() {
        refused(InvalidServiceException.class, () -> Availability.in(List.of()), "villages", "NotEmpty",
                "availability lists no village; use everywhere() for the whole region");
        refused(InvalidServiceException.class, () -> Availability.in(List.of(KEL_1001, RegionCode.parse("99.71.01"))), "villages",
                "VillageCode", "availability lists 99.71.01, which is not a Kemendagri village code; list kelurahan or desa codes");
        RegionCode bps = RegionCode.parse("99.71.01.1001", RegionCode.Scheme.BPS);
        refused(InvalidServiceException.class, () -> Availability.in(List.of(bps)), "villages", "VillageCode",
                "availability lists " + bps + ", which is not a Kemendagri village code; list kelurahan or desa codes");
    }

    @Test
    void equals_availability_bySetOfVillages() {
        new EqualsTester()
                .addEqualityGroup(Availability.everywhere(), Availability.everywhere())
                .addEqualityGroup(Availability.in(List.of(KEL_1001, KEL_1002)), Availability.in(Set.of(KEL_1002, KEL_1001)),
                        new Availability.Villages(new TreeSet<>(List.of(KEL_1001, KEL_1002))))
                .addEqualityGroup(Availability.in(List.of(KEL_1001)))
                .testEquals();
    }

    // InternalComponents

    @Test
    void internalComponents_with_addsInComponentOrderAndKeepsTheOriginal() {
        InternalComponents one = InternalComponents.none().with(StandarComponent.EVALUASI_KINERJA, "Survei SKM");
        InternalComponents two = one.with(StandarComponent.SARANA_PRASARANA, "Ruang tunggu");
        assertThat(InternalComponents.none().asMap()).isEmpty();
        assertThat(one.asMap()).containsOnlyKeys(StandarComponent.EVALUASI_KINERJA);
        assertThat(two.asMap().keySet()).containsExactly(StandarComponent.SARANA_PRASARANA, StandarComponent.EVALUASI_KINERJA);
        assertThat(two.get(StandarComponent.SARANA_PRASARANA)).contains("Ruang tunggu");
        assertThat(two.get(StandarComponent.JUMLAH_PELAKSANA)).isEmpty();
        assertThat(two.with(StandarComponent.SARANA_PRASARANA, "Ruang laktasi").get(StandarComponent.SARANA_PRASARANA))
                .contains("Ruang laktasi");
        assertThatThrownBy(() -> two.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void internalComponents_with_deliveryOrLegalBasis_isRefused(int number) {
        StandarComponent c = StandarComponent.of(number);
        refused(InvalidServiceException.class, () -> InternalComponents.none().with(c, "teks"), "internal", "InternalComponent",
                "component " + number + " (" + c.name() + ") is not one of the internal components 8..14 kept as text");
    }

    @Test
    void internalComponents_blankText_namesTheComponent() {
        refused(InvalidServiceException.class, () -> InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, ""),
                "internal[11]", "NotBlank", "component 11 text is blank");
    }

    @Test
    void internalComponents_overriddenBy_laysTheOverridesOver() {
        Map<StandarComponent, String> base = new EnumMap<>(StandarComponent.class);
        base.put(StandarComponent.SARANA_PRASARANA, "A");
        base.put(StandarComponent.JUMLAH_PELAKSANA, "3 orang");
        InternalComponents b = InternalComponents.of(base);
        InternalComponents o = InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "5 orang")
                .with(StandarComponent.EVALUASI_KINERJA, "SKM");
        assertThat(b.overriddenBy(o).asMap()).containsExactly(Map.entry(StandarComponent.SARANA_PRASARANA, "A"),
                Map.entry(StandarComponent.JUMLAH_PELAKSANA, "5 orang"), Map.entry(StandarComponent.EVALUASI_KINERJA, "SKM"));
        assertThat(b.overriddenBy(InternalComponents.none())).isEqualTo(b);
    }

    @Test
    void equals_internalComponents_byStatedTexts() {
        new EqualsTester()
                .addEqualityGroup(InternalComponents.none(), InternalComponents.of(Map.of()))
                .addEqualityGroup(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "3"),
                        InternalComponents.of(Map.of(StandarComponent.JUMLAH_PELAKSANA, "3")))
                .addEqualityGroup(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "4"))
                .testEquals();
    }

    // Share, Rollout

    @ParameterizedTest
    @CsvSource({"0, 0, 0.0, 0/0 (0.0%)", "1, 3, 33.3, 1/3 (33.3%)", "2, 3, 66.7, 2/3 (66.7%)", "3, 8, 37.5, 3/8 (37.5%)",
        "1, 8, 12.5, 1/8 (12.5%)", "5, 5, 100.0, 5/5 (100.0%)", "1, 200, 0.5, 1/200 (0.5%)"})
    void share_percent_isHalfUpToOneDecimal(int part, int total, String percent, String text) {
        Share s = new Share(part, total);
        assertThat(s.percent()).isEqualTo(new BigDecimal(percent));
        assertThat(s).hasToString(text);
        assertThat(s.isEmpty()).isEqualTo(total == 0);
    }

    @ParameterizedTest
    @CsvSource({"-1, 3", "4, 3", "0, -1", "-1, -1"})
    void share_partOutsideTotal_isRefused(int part, int total) {
        refused(InvalidCatalogException.class, () -> new Share(part, total), total < 0 ? "total" : "part", "Range",
                "a share is " + part + " of " + total + "; it needs 0 <= part <= total");
    }

    @Test
    void rollout_reachedAndNotReached_giveShareAndCompleteness() {
        Rollout pilot = new Rollout("sktm", List.of(KEL_1001), List.of(KEL_1002));
        assertThat(pilot.share()).isEqualTo(new Share(1, 2));
        assertThat(pilot.complete()).isFalse();
        assertThat(new Rollout("sktm", List.of(KEL_1001, KEL_1002), List.of()).complete()).isTrue();
        assertThat(new Rollout("sktm", List.of(), List.of()).complete()).isFalse();
        assertThat(new Rollout("sktm", List.of(), List.of()).share()).isEqualTo(new Share(0, 0));
    }

    // EvidenceMapping

    @Test
    void evidenceMapping_entriesFor_keepsOrderOfOneFramework() {
        assertThat(EvidenceMapping.builtIn().entriesFor("spbe-2020")).extracting(EvidenceMapping.Entry::indicatorCode)
                .containsExactly("42", "45", "46", "47");
        assertThat(EvidenceMapping.builtIn().entriesFor("spbe-2018")).extracting(EvidenceMapping.Entry::indicatorCode)
                .containsExactly("32", "35.1", "35.2", "35.3");
        assertThat(EvidenceMapping.builtIn().entriesFor("spbe-2018-35x1")).extracting(EvidenceMapping.Entry::indicatorCode)
                .containsExactly("32", "35");
        assertThat(EvidenceMapping.builtIn().entriesFor("pemdi-2026")).extracting(EvidenceMapping.Entry::role)
                .containsExactly(EvidenceMapping.Role.PUBLIC_SERVICE, EvidenceMapping.Role.COMPLAINT_HANDLING);
        assertThat(EvidenceMapping.builtIn().entriesFor("tidak-ada")).isEmpty();
    }

    @Test
    void evidenceMappingEntry_blankText_isRefused() {
        refused(InvalidCatalogException.class, () -> new EvidenceMapping.Entry("spbe-2020", " ", EvidenceMapping.Role.PUBLIC_SERVICE, "n"),
                "indicatorCode", "NotBlank", "indicator code is blank");
    }
}
