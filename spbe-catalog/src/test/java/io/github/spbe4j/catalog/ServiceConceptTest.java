package io.github.spbe4j.catalog;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.catalog.testing.KotaContoh;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceConceptTest {

    private static final Authority KEL_SATU = Authority.of("kota-contoh", "kel-contoh-satu");

    @Test
    void instantiate_withoutOverrides_inheritsEveryFieldAndRecordsTheConcept() {
        ServiceConcept sktm = KotaContoh.sktmConcept().toBuilder()
                .internal(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "2 orang"))
                .complaintChannels(List.of(KotaContoh.LAPOR))
                .lifeEvents(List.of(KotaContoh.KELAHIRAN))
                .build();
        PublicService s = sktm.instantiate("sktm-satu", KEL_SATU).channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE)).build();
        assertThat(s.id()).isEqualTo("sktm-satu");
        assertThat(s.authority()).isEqualTo(KEL_SATU);
        assertThat(s.concept()).contains("sktm");
        assertThat(s.title()).isEqualTo(sktm.title());
        assertThat(s.description()).isEqualTo(sktm.description()).isPresent();
        assertThat(s.keywords()).isEqualTo(sktm.keywords()).isNotEmpty();
        assertThat(s.lifeEvents()).isEqualTo(sktm.lifeEvents()).isNotEmpty();
        assertThat(s.requirements()).isEqualTo(sktm.requirements()).isNotEmpty();
        assertThat(s.procedure()).isEqualTo(sktm.procedure()).isNotEmpty();
        assertThat(s.processingTime()).isEqualTo(sktm.processingTime()).contains(ProcessingTime.workingDays(1));
        assertThat(s.cost()).isEqualTo(sktm.cost()).contains(Cost.free());
        assertThat(s.output()).isEqualTo(sktm.output()).isPresent();
        assertThat(s.legalBasis()).isEqualTo(sktm.legalBasis()).isNotEmpty();
        assertThat(s.complaintChannels()).isEqualTo(sktm.complaintChannels()).containsExactly(KotaContoh.LAPOR);
        assertThat(s.internal()).isEqualTo(sktm.internal());
        assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(s.availability()).isEqualTo(Availability.everywhere());
    }

    @Test
    void instantiate_classJavadocExampleWithAChannel_buildsTheLocalService() {
        // the class Javadoc's example builds an active service without a channel, which the model refuses;
        // here it has the channel every delivered service needs
        ServiceConcept sktm = ServiceConcept.builder("sktm", "Surat Keterangan Tidak Mampu")
                .output(Output.of("Surat Keterangan Tidak Mampu", OutputType.LETTER))
                .cost(Cost.free())
                .build();
        PublicService local = sktm.instantiate("sktm-bukit-tunggal", Authority.of("kota-palangka-raya", "kel-bukit-tunggal"))
                .processingTime(ProcessingTime.workingDays(1))      // a local override
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                .build();
        assertThat(local.concept()).contains("sktm");
        assertThat(local.title()).isEqualTo("Surat Keterangan Tidak Mampu");
        assertThat(local.cost()).contains(Cost.free());
        assertThat(local.processingTime()).contains(ProcessingTime.workingDays(1));
        assertThat(local.status()).isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void instantiate_activeWithoutChannel_isRefusedLikeAnyService() {
        assertThatThrownBy(() -> KotaContoh.skuConcept().instantiate("sku-x", KEL_SATU).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("service sku-x: the service is active but has no channel; a delivered service needs at least one");
    }

    @Test
    void instantiate_localOverrides_win() {
        Output local = Output.of("SKTM Kota Contoh", OutputType.LETTER);
        PublicService s = KotaContoh.sktmConcept().instantiate("sktm-satu", KEL_SATU)
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                .processingTime(ProcessingTime.hours(2))
                .cost(Cost.fixed(5_000))
                .output(local)
                .description("Versi lokal")
                .keywords(List.of("lokal"))
                .requirements(List.of())
                .build();
        assertThat(s.processingTime()).contains(ProcessingTime.hours(2));
        assertThat(s.cost()).contains(Cost.fixed(5_000));
        assertThat(s.output()).contains(local);
        assertThat(s.description()).contains("Versi lokal");
        assertThat(s.keywords()).containsExactly("lokal");
        assertThat(s.requirements()).isEmpty();
        assertThat(s.procedure()).isEqualTo(KotaContoh.sktmConcept().procedure());
        assertThat(s.concept()).contains("sktm");
    }

    @Test
    void instantiate_conceptWithoutOptionalFields_leavesThemMissing() {
        ServiceConcept bare = ServiceConcept.builder("bare", "Layanan polos").build();
        PublicService s = bare.instantiate("bare-1", KEL_SATU).channel(Channel.of(Channel.Kind.COUNTER)).build();
        assertThat(s.missingComponents()).containsExactly(StandarComponent.values());
        assertThat(s.concept()).contains("bare");
        assertThat(s.description()).isEmpty();
    }

    @Test
    void instantiate_changingTheBuilder_leavesTheConcept() {
        ServiceConcept sktm = KotaContoh.sktmConcept();
        sktm.instantiate("x", KEL_SATU).keywords(List.of("lain")).procedure(List.of());
        assertThat(sktm).isEqualTo(KotaContoh.sktmConcept());
    }

    @Test
    void constructor_everyRuleBroken_reportsEachProblemAtOnce() {
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> ServiceConcept.builder("-sktm", "")
                .description(" ")
                .keywords(List.of("a", "a", " "))
                .procedure(List.of(""))
                .requirements(List.of(Requirement.of("r", "R", Document.of("e", "E1")), Requirement.of("r", "R2"),
                        Requirement.of("s", "S", Document.of("e", "E2"))))
                .lifeEvents(List.of(KotaContoh.MEMULAI_USAHA, KotaContoh.MEMULAI_USAHA))
                .build());
        assertThat(texts(e.problems())).containsExactly(
                "the id is \"-sktm\"; an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit",
                "the title is blank",
                "the description is blank",
                "keywords[2] is blank",
                "keywords lists \"a\" more than once",
                "procedure[0] is blank",
                "requirement id r is used more than once",
                "document id e names two different documents (\"E1\" and \"E2\"); the same id must mean the same document",
                "life event memulai-usaha is listed more than once");
        assertThat(e).hasMessageStartingWith("service concept -sktm has 9 problems: ");
    }

    @Test
    void toBuilder_fixtureConcepts_roundTrip() {
        for (ServiceConcept c : KotaContoh.concepts()) {
            assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        }
    }

    @Test
    void equals_anyFieldDiffering_notEqual() {
        ServiceConcept base = ServiceConcept.builder("sktm", "SKTM").build();
        new EqualsTester()
                .addEqualityGroup(base, ServiceConcept.builder("sktm", "SKTM").build(), base.toBuilder().build())
                .addEqualityGroup(ServiceConcept.builder("sktm2", "SKTM").build())
                .addEqualityGroup(ServiceConcept.builder("sktm", "SKTM lain").build())
                .addEqualityGroup(base.toBuilder().description("d").build())
                .addEqualityGroup(base.toBuilder().keywords(List.of("k")).build())
                .addEqualityGroup(base.toBuilder().lifeEvents(List.of(KotaContoh.KELAHIRAN)).build())
                .addEqualityGroup(base.toBuilder().requirement(Requirement.of("r", "R")).build())
                .addEqualityGroup(base.toBuilder().procedure(List.of("p")).build())
                .addEqualityGroup(base.toBuilder().processingTime(ProcessingTime.hours(1)).build())
                .addEqualityGroup(base.toBuilder().cost(Cost.free()).build())
                .addEqualityGroup(base.toBuilder().output(Output.of("o", OutputType.LETTER)).build())
                .addEqualityGroup(base.toBuilder().legalBasis(List.of(LegalReference.of("UU"))).build())
                .addEqualityGroup(base.toBuilder().complaintChannels(List.of(KotaContoh.LAPOR)).build())
                .addEqualityGroup(base.toBuilder().internal(KotaContoh.ALL_INTERNAL).build())
                .testEquals();
        assertThat(base).hasToString("ServiceConcept[sktm, SKTM]");
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester().setDefault(String.class, "sktm").setDefault(Authority.class, KEL_SATU);
        t.testAllPublicStaticMethods(ServiceConcept.class);
        t.testAllPublicInstanceMethods(KotaContoh.sktmConcept());
        t.testAllPublicInstanceMethods(ServiceConcept.builder("sktm", "SKTM"));
    }
}
