package io.github.spbe4j.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation of a government: its region, its OPD and the units below them. Codes are fictional (province 99). */
class InstansiTest {

    private static final RegionCode KOTA = RegionCode.parse("99.71");

    private static Instansi kotaContoh() {
        return Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, KOTA, List.of(
                Unit.of("setda", "Sekretariat Daerah", UnitKind.SEKRETARIAT),
                Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS)
                        .with(Unit.of("bidang-dafduk", "Bidang Pelayanan Pendaftaran Penduduk", UnitKind.BIDANG)),
                Unit.of("kec-contoh-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
                        .with(Unit.of("kel-contoh-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1001")),
                                Unit.of("kel-contoh-dua", "Kelurahan Contoh Dua", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1002")))));
    }

    @Test
    void javadocExample_listsTheKelurahan() {
        Instansi kota = Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY,
                RegionCode.parse("99.71"), List.of(
                        Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS),
                        Unit.of("kec-contoh-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
                                .with(Unit.of("kel-contoh-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN,
                                        RegionCode.parse("99.71.01.1001")))));
        assertThat(kota.kelurahan()).extracting(Unit::name).containsExactly("Kelurahan Contoh Satu");
    }

    @Test
    void queries_findUnitsOpdKelurahanAndParents() {
        Instansi kota = kotaContoh();

        assertThat(kota.allUnits()).extracting(Unit::id).containsExactly("setda", "disdukcapil", "bidang-dafduk",
                "kec-contoh-utara", "kel-contoh-satu", "kel-contoh-dua");
        assertThat(kota.opd()).extracting(Unit::id).containsExactly("setda", "disdukcapil", "kec-contoh-utara");
        assertThat(kota.kelurahan()).extracting(Unit::id).containsExactly("kel-contoh-satu", "kel-contoh-dua");
        assertThat(kota.parentOf("kel-contoh-dua")).map(Unit::id).contains("kec-contoh-utara");
        assertThat(kota.parentOf("setda")).isEmpty();
        assertThat(kota.unit("bidang-dafduk")).map(Unit::kind).contains(UnitKind.BIDANG);
        assertThat(kota.unit("nope")).isEmpty();
        assertThat(kota.unitServing(RegionCode.parse("99.71.01.1002"))).map(Unit::id).contains("kel-contoh-dua");
        assertThat(kota.unitServing(RegionCode.parse("99.71.01.1003"))).isEmpty();
        assertThat(kota.asAgency()).isEqualTo(Agency.of("Pemerintah Kota Contoh", "99.71"));
        assertThat(kota.unit("disdukcapil").orElseThrow().asAgency())
                .isEqualTo(Agency.of("Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil"));
        assertThat(kota.toString()).isEqualTo("Pemerintah Kota Contoh [kota-contoh, 99.71]");
        assertThat(kota.region()).contains(KOTA);
    }

    @Test
    void of_brokenOrganisation_listsEveryProblem() {
        assertThatThrownBy(() -> Instansi.of("kab-contoh", "Pemerintah Kabupaten Contoh", GovernmentKind.REGENCY, KOTA, List.of(
                Unit.of("dinkes", "Dinas Kesehatan", UnitKind.DINAS),
                Unit.of("dinkes", "Dinas Kesehatan (dua kali)", UnitKind.DINAS),
                Unit.of("kec-a", "Kecamatan A", UnitKind.KECAMATAN),
                Unit.of("kec-b", "Kecamatan B", UnitKind.KECAMATAN, RegionCode.parse("99.72.01"))
                        .with(Unit.of("desa-x", "Desa X", UnitKind.DESA, RegionCode.parse("99.71.01.1001")),
                                Unit.of("kel-y", "Kelurahan Y", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.2001"))))))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("instansi kab-contoh has 8 problems: region code 99.71 is a kota code; a regency government has a"
                        + " kabupaten code; unit id dinkes is used more than once; unit kec-a (kecamatan) needs a region code of"
                        + " level DISTRICT; unit kec-b (kecamatan) has region code 99.72.01, outside the instansi's region 99.71;"
                        + " unit desa-x (desa) has region code 99.71.01.1001, which is a kelurahan code; a desa has a desa or desa"
                        + " adat code; unit desa-x (desa) has region code 99.71.01.1001, outside the region 99.72.01 of unit kec-b;"
                        + " unit kel-y (kelurahan) has region code 99.71.01.2001, which is a desa code; a kelurahan has a kelurahan"
                        + " code; unit kel-y (kelurahan) has region code 99.71.01.2001, outside the region 99.72.01 of unit kec-b");
    }

    @Test
    void of_governmentRegionRules() {
        assertThatThrownBy(() -> Instansi.of("kemenpanrb", "Kementerian PANRB", GovernmentKind.CENTRAL, KOTA, List.of()))
                .hasMessage("instansi kemenpanrb: a central agency has no region code, but 99.71 is given");
        assertThatThrownBy(() -> Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, null, List.of()))
                .hasMessage("instansi kota-contoh: a city government needs a region code");
        assertThatThrownBy(() -> Instansi.of("prov-contoh", "Pemerintah Provinsi Contoh", GovernmentKind.PROVINCE, KOTA, List.of()))
                .hasMessage("instansi prov-contoh: region code 99.71 is of level REGENCY_CITY; a province government has one of level PROVINCE");
        assertThat(Instansi.of("kemenpanrb", "Kementerian PANRB", GovernmentKind.CENTRAL, null, List.of()).asAgency())
                .isEqualTo(Agency.of("Kementerian PANRB", "kemenpanrb"));
        assertThat(Instansi.of("prov-contoh", "Pemerintah Provinsi Contoh", GovernmentKind.PROVINCE, RegionCode.parse("99"), List.of())
                .region()).contains(RegionCode.parse("99"));
    }

    @Test
    void equality_byValue() {
        new EqualsTester()
                .addEqualityGroup(kotaContoh(), kotaContoh())
                .addEqualityGroup(Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, KOTA, List.of()))
                .testEquals();
        assertThatThrownBy(() -> Unit.of(" ", "x", UnitKind.DINAS)).hasMessage("unit id is blank; a unit needs an id");
        assertThatThrownBy(() -> Unit.of("x", " ", UnitKind.DINAS)).hasMessage("unit x has a blank name");
    }
}
