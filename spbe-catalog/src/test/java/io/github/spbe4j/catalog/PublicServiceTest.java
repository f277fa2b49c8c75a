package io.github.spbe4j.catalog;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.catalog.testing.KotaContoh;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicServiceTest {

    /** The address of a web channel; a web channel needs one. */
    private static final String WEB_ADDRESS = "https://layanan.example.go.id/sktm";

    private static final Authority DINSOS = Authority.of("kota-contoh", "dinsos");
    private static final String ID_RULE = "; an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit";

    private static PublicService.Builder counter(String id) {
        return PublicService.builder(id, "Layanan " + id, DINSOS).channel(Channel.of(Channel.Kind.COUNTER));
    }

    @Test
    void builder_defaults_activeEverywhereAndEveryComponentMissing() {
        PublicService s = counter("bansos").build();
        assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(s.availability()).isSameAs(Availability.everywhere());
        assertThat(s.concept()).isEmpty();
        assertThat(s.description()).isEmpty();
        assertThat(s.digitalLevel()).isEmpty();
        assertThat(s.processingTime()).isEmpty();
        assertThat(s.cost()).isEmpty();
        assertThat(s.output()).isEmpty();
        assertThat(s.internal()).isEqualTo(InternalComponents.none());
        assertThat(s.missingComponents()).containsExactly(StandarComponent.values());
        assertThat(s.online()).isFalse();
        assertThat(s).hasToString("PublicService[bansos, Layanan bansos, kota-contoh/dinsos, ACTIVE]");
    }

    @Test
    void builder_classJavadocExample_buildsAsDocumented() {
        PublicService sktm = PublicService.builder("sktm-bukit-tunggal", "Surat Keterangan Tidak Mampu",
                        Authority.of("kota-palangka-raya", "kel-bukit-tunggal"))
                .channel(Channel.of(Channel.Kind.WEB, "https://layanan.example.go.id/sktm"))
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .cost(Cost.free())
                .processingTime(ProcessingTime.workingDays(1))
                .status(ServiceStatus.PILOT)
                .availability(Availability.in(Set.of(RegionCode.parse("62.71.03.1003"))))
                .build();
        assertThat(sktm.online()).isTrue();
        assertThat(sktm.missingComponents()).startsWith(StandarComponent.PERSYARATAN, StandarComponent.PROSEDUR,
                StandarComponent.PRODUK, StandarComponent.PENGADUAN, StandarComponent.DASAR_HUKUM,
                StandarComponent.SARANA_PRASARANA).hasSize(12);
    }

    @Test
    void constructor_everyRuleBroken_reportsEachProblemAtOnce() {
        Requirement domisili = Requirement.of("domisili", "Domisili", Document.of("kk", "Fotokopi KK"));
        Requirement conflicting = Requirement.of("alamat", "Alamat", Document.of("kk", "Kartu Keluarga asli"));
        Channel kiosk = Channel.of(Channel.Kind.KIOSK).withRequirements(List.of(Requirement.of("domisili", "Domisili lagi")));
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> PublicService.builder("sktm pilot", " ", DINSOS)
                .concept("sktm/1")
                .description("")
                .executingUnits(List.of("kel-a", " ", "kel-a"))
                .keywords(List.of("", "sktm", "sktm"))
                .procedure(List.of("Daftar", "\t", "Daftar"))
                .requirement(domisili).requirement(domisili).requirement(conflicting)
                .channels(List.of(kiosk))
                .lifeEvents(List.of(KotaContoh.KELAHIRAN, KotaContoh.KELAHIRAN))
                .digitalLevel(DigitalLevel.INTERAKSI)
                .build());
        assertThat(e).isInstanceOf(SpbeException.class);
        assertThat(texts(e.problems())).containsExactly(
                "the id is \"sktm pilot\"" + ID_RULE,
                "the concept id is \"sktm/1\"" + ID_RULE,
                "the title is blank",
                "the description is blank",
                "executing units[1] is blank",
                "executing units lists \"kel-a\" more than once",
                "keywords[0] is blank",
                "keywords lists \"sktm\" more than once",
                "procedure[1] is blank",
                "procedure lists \"Daftar\" more than once",
                "requirement id domisili is used more than once",
                "channel KIOSK requirement domisili has the id of one of the service's requirements",
                "document id kk names two different documents (\"Fotokopi KK\" and \"Kartu Keluarga asli\");"
                        + " the same id must mean the same document",
                "life event kelahiran is listed more than once",
                "the digital level is Interaksi (2) but no channel is online; levels from Interaksi (2) need a web or app channel");
        assertThat(e).hasMessageStartingWith("service sktm pilot has 15 problems: the id is \"sktm pilot\"");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "concept", "title", "description",
                "executingUnits[1]", "executingUnits", "keywords[0]", "keywords", "procedure[1]", "procedure", "requirements",
                "channels[0].requirements", "requirements[2].documents", "lifeEvents", "digitalLevel");
        assertThat(e.problems()).extracting(Problem::rule).containsExactly("Id", "Id", "NotBlank", "NotBlank", "NotBlank",
                "UniqueIds", "NotBlank", "UniqueIds", "NotBlank", "UniqueIds", "UniqueIds", "UniqueIds", "SameDocument", "UniqueIds",
                "OnlineChannelForLevel");
        assertThat(e.problems().get(0).rejectedValue()).contains("\"sktm pilot\"");
    }

    @Test
    void constructor_oneProblem_messageNamesServiceAndProblem() {
        assertThatThrownBy(() -> PublicService.builder("kk", "Kartu Keluarga", DINSOS).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("service kk: the service is active but has no channel; a delivered service needs at least one");
        assertThatThrownBy(() -> PublicService.builder("kk", "Kartu Keluarga", DINSOS).status(ServiceStatus.PILOT).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("service kk: the service is pilot but has no channel; a delivered service needs at least one");
    }

    @ParameterizedTest
    @EnumSource(value = ServiceStatus.class, names = {"PLANNED", "RETIRED"})
    void constructor_undeliveredWithoutChannel_isAccepted(ServiceStatus status) {
        assertThat(PublicService.builder("kk", "Kartu Keluarga", DINSOS).status(status).build().channels()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DigitalLevel.class)
    void constructor_levelWithoutOnlineChannel_isRefusedFromInteraksi(DigitalLevel level) {
        PublicService.Builder b = counter("kk").channel(Channel.of(Channel.Kind.KIOSK)).digitalLevel(level);
        if (level == DigitalLevel.INFORMASI) {
            assertThat(b.build().digitalLevel()).contains(level);
        } else {
            assertThatThrownBy(b::build).isInstanceOf(InvalidServiceException.class)
                    .hasMessage("service kk: the digital level is " + level.displayName() + " (" + level.level()
                            + ") but no channel is online; levels from Interaksi (2) need a web or app channel");
            assertThat(b.channel(Channel.of(Channel.Kind.MOBILE_APP, "Contoh Mobile")).build().digitalLevel()).contains(level);
        }
    }

    @Test
    void constructor_sameEvidenceUnderTwoRequirementsOrChannels_isAccepted() {
        Document kk = Document.of("kk", "Fotokopi KK");
        PublicService s = counter("sktm").requirement(Requirement.of("domisili", "Domisili", kk))
                .channel(Channel.of(Channel.Kind.WEB, WEB_ADDRESS).withRequirements(List.of(Requirement.of("alamat", "Alamat", kk))))
                .build();
        assertThat(s.requirements()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(DigitalLevel.class)
    void online_byLevel_onlyFromTransaksi(DigitalLevel level) {
        PublicService s = counter("kk").channel(Channel.of(Channel.Kind.WEB, WEB_ADDRESS)).digitalLevel(level).build();
        assertThat(s.online()).isEqualTo(level.level() >= 3);
    }

    @Test
    void builder_listSetters_replaceAndSingularAdders_add() {
        Requirement a = Requirement.of("a", "A");
        Requirement b = Requirement.of("b", "B");
        Requirement c = Requirement.of("c", "C");
        PublicService s = counter("kk")
                .requirement(a).requirements(List.of(b)).requirement(c)
                .channels(List.of(Channel.of(Channel.Kind.WEB, WEB_ADDRESS))).channel(Channel.of(Channel.Kind.KIOSK))
                .complaintChannel(KotaContoh.LAPOR)
                .complaintChannels(List.of(ComplaintChannel.of(ComplaintChannel.Kind.EMAIL, "x@y.example")))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "112"))
                .executingUnits(List.of("kel-a")).executingUnits(List.of("kel-b", "kel-c"))
                .keywords(List.of("x")).keywords(List.of("y"))
                .procedure(List.of("1")).procedure(List.of("2", "3"))
                .legalBasis(List.of(LegalReference.of("A"))).legalBasis(List.of(LegalReference.of("B")))
                .lifeEvents(List.of(KotaContoh.KELAHIRAN)).lifeEvents(List.of(KotaContoh.MEMULAI_USAHA))
                .processingTime(ProcessingTime.hours(1)).processingTime(ProcessingTime.hours(2))
                .build();
        assertThat(s.requirements()).containsExactly(b, c);
        assertThat(s.channels()).extracting(Channel::kind).containsExactly(Channel.Kind.WEB, Channel.Kind.KIOSK);
        assertThat(s.complaintChannels()).extracting(ComplaintChannel::kind)
                .containsExactly(ComplaintChannel.Kind.EMAIL, ComplaintChannel.Kind.PHONE);
        assertThat(s.executingUnits()).containsExactly("kel-b", "kel-c");
        assertThat(s.keywords()).containsExactly("y");
        assertThat(s.procedure()).containsExactly("2", "3");
        assertThat(s.legalBasis()).containsExactly(LegalReference.of("B"));
        assertThat(s.lifeEvents()).containsExactly(KotaContoh.MEMULAI_USAHA);
        assertThat(s.processingTime()).contains(ProcessingTime.hours(2));
    }

    @Test
    void builder_listsGiven_areCopiedAndServiceListsUnmodifiable() {
        List<String> units = new ArrayList<>(List.of("kel-a"));
        PublicService.Builder b = counter("kk").executingUnits(units);
        units.add("kel-b");
        PublicService s = b.build();
        assertThat(s.executingUnits()).containsExactly("kel-a");
        assertThatThrownBy(() -> s.channels().add(Channel.of(Channel.Kind.WEB, WEB_ADDRESS))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.missingComponents().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_nullInList_isRefusedNamingTheList() {
        assertThatThrownBy(() -> counter("kk").keywords(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("keywords holds null");
    }

    @Test
    void toBuilder_everyFixtureService_roundTripsToAnEqualService() {
        for (PublicService s : KotaContoh.services()) {
            PublicService copy = s.toBuilder().build();
            assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s).isNotSameAs(s);
            assertThat(copy.missingComponents()).isEqualTo(s.missingComponents());
        }
    }

    @Test
    void toBuilder_changingTheCopy_leavesTheOriginal() {
        PublicService s = KotaContoh.services().get(1);
        PublicService changed = s.toBuilder().status(ServiceStatus.RETIRED).keywords(List.of("kk")).build();
        assertThat(changed.status()).isEqualTo(ServiceStatus.RETIRED);
        assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(s.keywords()).isEmpty();
        assertThat(changed).isNotEqualTo(s);
    }

    @Test
    void equals_anyFieldDiffering_notEqual() {
        PublicService base = counter("kk").build();
        new EqualsTester()
                .addEqualityGroup(base, counter("kk").build(), base.toBuilder().build())
                .addEqualityGroup(counter("kk2").build())
                .addEqualityGroup(PublicService.builder("kk", "Lain", DINSOS).channel(Channel.of(Channel.Kind.COUNTER)).build())
                .addEqualityGroup(PublicService.builder("kk", "Layanan kk", Authority.of("kota-contoh", "dukcapil"))
                        .channel(Channel.of(Channel.Kind.COUNTER)).build())
                .addEqualityGroup(base.toBuilder().concept("kk").build())
                .addEqualityGroup(base.toBuilder().description("d").build())
                .addEqualityGroup(base.toBuilder().executingUnits(List.of("kel-a")).build())
                .addEqualityGroup(base.toBuilder().channel(Channel.of(Channel.Kind.KIOSK)).build())
                .addEqualityGroup(base.toBuilder().digitalLevel(DigitalLevel.INFORMASI).build())
                .addEqualityGroup(base.toBuilder().requirement(Requirement.of("r", "R")).build())
                .addEqualityGroup(base.toBuilder().procedure(List.of("p")).build())
                .addEqualityGroup(base.toBuilder().processingTime(ProcessingTime.hours(1)).build())
                .addEqualityGroup(base.toBuilder().cost(Cost.free()).build())
                .addEqualityGroup(base.toBuilder().output(Output.of("KK", OutputType.CARD)).build())
                .addEqualityGroup(base.toBuilder().complaintChannel(KotaContoh.LAPOR).build())
                .addEqualityGroup(base.toBuilder().legalBasis(List.of(LegalReference.of("UU"))).build())
                .addEqualityGroup(base.toBuilder().internal(KotaContoh.ALL_INTERNAL).build())
                .addEqualityGroup(base.toBuilder().lifeEvents(List.of(KotaContoh.KELAHIRAN)).build())
                .addEqualityGroup(base.toBuilder().keywords(List.of("k")).build())
                .addEqualityGroup(base.toBuilder().status(ServiceStatus.PILOT).build())
                .addEqualityGroup(base.toBuilder().availability(Availability.in(Set.of(KotaContoh.KEL_SATU))).build())
                .testEquals();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester().setDefault(String.class, "kk").setDefault(Authority.class, DINSOS)
                .setDefault(Channel.class, Channel.of(Channel.Kind.COUNTER))
                .setDefault(RegionCode.class, KotaContoh.KEL_SATU);
        t.testAllPublicStaticMethods(PublicService.class);
        t.testAllPublicInstanceMethods(KotaContoh.services().get(5));
        t.testAllPublicInstanceMethods(counter("kk"));
    }

    @Test
    void missingComponents_eachDeliveryComponentStated_isNoLongerMissing() {
        PublicService s = counter("kk").requirement(Requirement.of("r", "R")).procedure(List.of("p"))
                .processingTime(ProcessingTime.hours(1)).cost(Cost.free()).output(Output.of("KK", OutputType.CARD))
                .complaintChannel(KotaContoh.LAPOR).legalBasis(List.of(LegalReference.of("UU")))
                .internal(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "3 orang")).build();
        EnumSet<StandarComponent> expected = EnumSet.range(StandarComponent.SARANA_PRASARANA, StandarComponent.EVALUASI_KINERJA);
        expected.remove(StandarComponent.JUMLAH_PELAKSANA);
        assertThat(s.missingComponents()).containsExactlyElementsOf(expected);
        assertThat(s.toBuilder().internal(KotaContoh.ALL_INTERNAL).build().missingComponents()).isEmpty();
    }

    @Test
    void missingComponents_fixtureServices_exactly() {
        List<PublicService> all = KotaContoh.services();
        EnumSet<StandarComponent> internal = EnumSet.range(StandarComponent.SARANA_PRASARANA, StandarComponent.EVALUASI_KINERJA);
        assertThat(all.get(0).missingComponents()).isEmpty();
        assertThat(all.get(1).missingComponents()).containsExactlyElementsOf(internal);
        EnumSet<StandarComponent> akta = EnumSet.of(StandarComponent.PROSEDUR, StandarComponent.JANGKA_WAKTU);
        akta.addAll(internal);
        assertThat(all.get(2).missingComponents()).containsExactlyElementsOf(akta);
        EnumSet<StandarComponent> sku = EnumSet.of(StandarComponent.PENGADUAN, StandarComponent.DASAR_HUKUM);
        sku.addAll(internal);
        assertThat(all.get(7).missingComponents()).containsExactlyElementsOf(sku);
        assertThat(all.get(11).missingComponents()).containsExactly(StandarComponent.values());
    }

    @Test
    void requirementsAndProcessingTime_byChannel_fallBackToTheService() {
        PublicService pilot = KotaContoh.services().get(5);
        Channel web = pilot.channels().get(0);
        Channel office = pilot.channels().get(1);
        assertThat(pilot.processingTime(web)).contains(ProcessingTime.hours(2));
        assertThat(pilot.processingTime(office)).contains(ProcessingTime.workingDays(1));
        assertThat(pilot.requirements(office)).isEqualTo(pilot.requirements());
        assertThat(pilot.requirements(web)).extracting(Requirement::id).containsExactly("domisili", "pindaian-ktp");
        assertThatThrownBy(() -> pilot.requirements(web).clear()).isInstanceOf(UnsupportedOperationException.class);
        PublicService noTime = counter("x").build();
        assertThat(noTime.processingTime(noTime.channels().get(0))).isEmpty();
        assertThat(noTime.processingTime(Channel.of(Channel.Kind.WEB, WEB_ADDRESS).withProcessingTime(ProcessingTime.minutes(5))))
                .contains(ProcessingTime.minutes(5));
    }

    @Test
    void availableIn_everywhereOrListedVillages_byRegion() {
        List<PublicService> all = KotaContoh.services();
        PublicService pilot = all.get(5);
        PublicService sktm = all.get(6);
        RegionCode elsewhere = RegionCode.parse("99.72.01.1001");
        Optional<RegionCode> region = Optional.of(KotaContoh.REGION);
        assertThat(pilot.availableIn(KotaContoh.KEL_SATU, region)).isTrue();
        assertThat(pilot.availableIn(KotaContoh.KEL_DUA, region)).isFalse();
        assertThat(sktm.availableIn(KotaContoh.KEL_DUA, region)).isTrue();
        assertThat(sktm.availableIn(elsewhere, region)).isFalse();
        assertThat(sktm.availableIn(elsewhere, Optional.empty())).isTrue();
    }

    @Test
    void builderClear_eachComponent_isMissingAfterwards() {
        for (PublicService service : KotaContoh.services()) {
            for (StandarComponent c : StandarComponent.values()) {
                PublicService cleared = service.toBuilder().clear(c).build();
                assertThat(cleared.missingComponents()).as("%s without %s", service.id(), c)
                        .contains(c)
                        .containsAll(service.missingComponents());
                java.util.Set<StandarComponent> others = java.util.EnumSet.copyOf(cleared.missingComponents());
                others.remove(c);
                assertThat(others).isSubsetOf(service.missingComponents());
            }
        }
    }

    @Test
    void builderTitle_replacesTheInheritedName() {
        PublicService s = KotaContoh.services().get(0);
        assertThat(s.toBuilder().title("Nama Lokal").build().title()).isEqualTo("Nama Lokal");
    }
}
