package io.github.spbe4j.wilayah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.identifier.RegionCode.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionListTest {

    private static final RegionList LIST = RegionList.kemendagri2025();

    private static Region region(String code) {
        return LIST.find(code).orElseThrow();
    }

    @Test
    void kemendagri2025_hasTheCountsOfTheDecree() {
        assertThat(LIST.count(Level.PROVINCE)).isEqualTo(38);
        assertThat(LIST.count(Level.REGENCY_CITY)).isEqualTo(514);
        assertThat(LIST.count(Level.DISTRICT)).isEqualTo(7_285);
        assertThat(LIST.count(Level.VILLAGE)).isEqualTo(83_762);
        assertThat(LIST.size()).isEqualTo(38 + 514 + 7_285 + 83_762);
        assertThat(LIST.provinces()).hasSize(38);
        assertThat(LIST.regions()).hasSize(LIST.size());
        assertThat(LIST.toString()).contains("38 provinces", "83762 villages");
    }

    @Test
    void kemendagri2025_isASingleton() {
        assertThat(RegionList.kemendagri2025()).isSameAs(LIST);
    }

    @Test
    void regions_areSortedByCodeAndAllKemendagri() {
        List<Region> all = LIST.regions();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).code()).isLessThan(all.get(i).code());
        }
        assertThat(all).allMatch(r -> r.code().scheme() == RegionCode.Scheme.KEMENDAGRI);
        assertThat(all).allMatch(r -> !r.name().isBlank() && r.name().equals(r.name().strip()));
    }

    @Test
    void palangkaRaya_byCode() {
        Region city = LIST.find(RegionCode.parse("62.71")).orElseThrow();
        assertThat(city.name()).isEqualTo("Kota Palangkaraya");
        assertThat(city.level()).isEqualTo(Level.REGENCY_CITY);
        assertThat(city.code().kind()).contains(RegionCode.Kind.KOTA);
        assertThat(LIST.find("6271")).contains(city);
        assertThat(LIST.find("62.71")).contains(city);
        assertThat(LIST.find(" 62-71 ")).contains(city);
        assertThat(city).hasToString("62.71 Kota Palangkaraya");
        assertThat(LIST.parent(city).map(Region::name)).contains("Kalimantan Tengah");
    }

    @Test
    void palangkaRaya_byBothSpellings_isTheFirstMatch() {
        Region city = region("62.71");
        for (String q : List.of("Kota Palangkaraya", "Palangka Raya", "palangkaraya", "KOTA PALANGKA RAYA", "Kota Palangka-Raya")) {
            assertThat(LIST.search(q)).as(q).first().isEqualTo(city);
            assertThat(LIST.search(q, Level.REGENCY_CITY)).as(q).containsExactly(city);
        }
    }

    @Test
    void find_missesAndMalformedCodes_areEmpty() {
        assertThat(LIST.find("62.99")).isEmpty();
        assertThat(LIST.find("not a code")).isEmpty();
        assertThat(LIST.find("62.00")).isEmpty();
        assertThat(LIST.find(RegionCode.parse("BPS:62.71"))).isEmpty();
        assertThat(LIST.contains(RegionCode.parse("BPS:62.71"))).isFalse();
        assertThat(LIST.contains(RegionCode.parse("62.71.03"))).isTrue();
    }

    @Test
    void bukitTunggal_isAKelurahanOfPalangkaRaya() {
        List<Region> found = LIST.search("Kelurahan Bukit Tunggal", Level.VILLAGE);
        assertThat(found).isNotEmpty();
        Region village = found.get(0);
        assertThat(village.code()).isEqualTo(RegionCode.parse("62.71.03.1003"));
        assertThat(village.name()).isEqualTo("Bukit Tunggal");
        assertThat(village.code().kind()).contains(RegionCode.Kind.KELURAHAN);
        Region district = LIST.parent(village).orElseThrow();
        assertThat(district.code()).isEqualTo(RegionCode.parse("62.71.03"));
        assertThat(LIST.parent(district)).contains(region("62.71"));
        assertThat(LIST.children(district)).contains(village);
        assertThat(LIST.search("bukit tunggal")).first().isEqualTo(village);
    }

    @Test
    void search_ignoresCaseAccentsSpacesAndPunctuation() {
        Region aceh = region("11");
        assertThat(LIST.search("ÁCÉH")).first().isEqualTo(aceh);
        assertThat(LIST.search("Provinsi Aceh")).first().isEqualTo(aceh);
        assertThat(LIST.search("  a.c-e h ")).first().isEqualTo(aceh);
        assertThat(LIST.search("Kab. Aceh Selatan")).first().isEqualTo(region("11.01"));
        assertThat(LIST.search("kabupaten acèh selatan")).first().isEqualTo(region("11.01"));
        assertThat(LIST.search("Jakarta Pusat", Level.REGENCY_CITY)).containsExactly(region("31.71"));
        assertThat(LIST.search("Kota Jakarta Pusat")).first().isEqualTo(region("31.71"));
    }

    @Test
    void search_ranksExactBeforePrefixBeforeContaining() {
        List<Region> found = LIST.search("Aceh");
        assertThat(found.get(0)).isEqualTo(region("11"));
        int selatan = found.indexOf(region("11.01"));
        assertThat(selatan).isPositive();
        assertThat(found).doesNotHaveDuplicates();
        for (int i = 0; i < found.size(); i++) {
            assertThat(RegionList.key(found.get(i).name())).contains("aceh");
        }
        // "Sumatera" is a prefix of province names; "utara" only inside them
        List<Region> utara = LIST.search("utara", Level.PROVINCE);
        assertThat(utara).extracting(Region::name).contains("Sumatera Utara", "Sulawesi Utara", "Maluku Utara");
    }

    @Test
    void search_blankOrPunctuationOnly_isEmpty() {
        assertThat(LIST.search("")).isEmpty();
        assertThat(LIST.search(" .-, ")).isEmpty();
        assertThat(LIST.search("zzzqqqxxx")).isEmpty();
    }

    @Test
    void normalisation_keys() {
        assertThat(RegionList.key("Kota Palangkaraya")).isEqualTo("palangkaraya");
        assertThat(RegionList.key("Palangka Raya")).isEqualTo("palangkaraya");
        assertThat(RegionList.key("Kota Administrasi Jakarta Pusat")).isEqualTo("jakartapusat");
        assertThat(RegionList.key("Kab.Bogor")).isEqualTo("bogor");
        assertThat(RegionList.key("Kotawaringin Barat")).isEqualTo("kotawaringinbarat");
        assertThat(RegionList.key("Desa")).isEqualTo("desa");
        assertThat(RegionList.key("Regapu’u")).isEqualTo("regapuu");
        assertThat(RegionList.fullKey("Kota Palangkaraya")).isEqualTo("kotapalangkaraya");
    }

    @Test
    void everyNonProvince_hasItsParentInTheList() {
        for (Region r : LIST.regions()) {
            if (r.level() == Level.PROVINCE) {
                assertThat(LIST.parent(r)).isEmpty();
            } else {
                Region parent = LIST.parent(r).orElseThrow(() -> new AssertionError("no parent for " + r));
                assertThat(parent.code().isAncestorOf(r.code())).isTrue();
            }
        }
    }

    @Test
    void childrenOfProvinces_sumToTheRegencyCount_andSoOnDown() {
        int regencies = 0;
        int districts = 0;
        for (Region province : LIST.provinces()) {
            List<Region> kids = LIST.children(province);
            assertThat(kids).isNotEmpty().allMatch(k -> k.level() == Level.REGENCY_CITY);
            regencies += kids.size();
            for (Region regency : kids) {
                assertThat(LIST.parent(regency)).contains(province);
                districts += LIST.children(regency).size();
            }
        }
        assertThat(regencies).isEqualTo(514);
        assertThat(districts).isEqualTo(7_285);
        int villages = 0;
        for (Region district : LIST.regions(Level.DISTRICT)) {
            villages += LIST.children(district).size();
        }
        assertThat(villages).isEqualTo(83_762);
        assertThat(LIST.regions(Level.VILLAGE)).allMatch(v -> LIST.children(v).isEmpty());
    }

    @Test
    void children_areSortedAndUnmodifiable() {
        List<Region> kids = LIST.children(region("62.71"));
        assertThat(kids).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
        assertThatThrownBy(() -> kids.add(region("11"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LIST.regions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sampledVillages_areFoundByTheirOwnNameAndCode() {
        Random random = new Random(20251127L);
        List<Region> villages = LIST.regions(Level.VILLAGE);
        for (int i = 0; i < 300; i++) {
            Region v = villages.get(random.nextInt(villages.size()));
            assertThat(LIST.find(v.code())).contains(v);
            assertThat(LIST.find(v.code().undotted())).contains(v);
            List<Region> found = LIST.search(v.name(), Level.VILLAGE);
            assertThat(found).as(v.toString()).contains(v);
            // every region ranked before it has the same normalised name
            for (Region r : found.subList(0, found.indexOf(v))) {
                assertThat(RegionList.key(r.name())).isEqualTo(RegionList.key(v.name()));
            }
        }
    }

    @Test
    void nikCheck_withTheList_warnsOnAnUnknownDistrict() {
        // 62.71.03 exists (Palangka Raya); 62.71.99 does not
        IdentifierCheck<Nik> known = Nik.check("6271034101900001", LIST::contains);
        assertThat(known).isInstanceOf(IdentifierCheck.Valid.class);
        assertThat(((IdentifierCheck.Valid<Nik>) known).warnings()).isEmpty();
        IdentifierCheck<Nik> unknown = Nik.check("6271994101900001", LIST::contains);
        assertThat(unknown).isInstanceOf(IdentifierCheck.Valid.class);
        assertThat(((IdentifierCheck.Valid<Nik>) unknown).warnings()).singleElement().asString().contains("62.71.99");
        assertThatThrownBy(() -> Nik.parse("6271994101900001", LIST::contains)).isInstanceOf(RuntimeException.class);
        assertThat(Nik.parse("6271034101900001", LIST::contains)).isNotNull();
    }

    @Test
    void of_buildsAListAndRejectsDuplicates() {
        Region a = new Region(RegionCode.parse("62"), "Kalimantan Tengah");
        Region b = new Region(RegionCode.parse("62.71"), "Kota Palangkaraya");
        RegionList small = RegionList.of(new ArrayList<>(List.of(b, a)));
        assertThat(small.regions()).containsExactly(a, b);
        assertThat(small.children(a)).containsExactly(b);
        assertThat(small.search("palangka raya")).containsExactly(b);
        assertThat(RegionList.of(List.of(b)).parent(b)).isEmpty();
        assertThatThrownBy(() -> RegionList.of(List.of(a, a))).isInstanceOf(InvalidRegionException.class).hasMessageContaining("occurs twice");
        assertThatThrownBy(() -> new Region(RegionCode.parse("62"), " ")).isInstanceOf(InvalidRegionException.class);
    }

    @Test
    void search_nameThatStartsWithAPrefixWord_isFoundWithAPrefixOfItsOwn() {
        RegionList list = RegionList.kemendagri2025();
        Region village = list.find("16.04.12.2007").orElseThrow();
        assertThat(village.name()).isEqualTo("Kota Raya Lembak");

        assertThat(list.search("Desa Kota Raya Lembak")).first().isEqualTo(village);
        assertThat(list.search("Kota Raya Lembak")).first().isEqualTo(village);
    }

    @Test
    void region_nameWithControlBidiOrInvisibleCharacters_isRefusedNamingTheCode() {
        RegionCode pontianak = RegionCode.parse("61.71");
        for (String name : List.of("Kota\u001b[2J Pontianak", "Kota \u202ePontianak", "Kota\u200b Pontianak", "Kota\ud800")) {
            assertThatThrownBy(() -> new Region(pontianak, name)).isInstanceOf(InvalidRegionException.class)
                    .hasMessageStartingWith("61.71 \"Kota").satisfies(e -> assertThat(((InvalidRegionException) e).problems())
                            .singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("Text")));
        }
        assertThat(RegionList.kemendagri2025().find("61.71")).get().extracting(Region::name).isEqualTo("Kota Pontianak");
    }

    @Test
    void everyProvinceOfTheList_hasATimeZone() {
        assertThat(RegionList.kemendagri2025().provinces()).hasSize(38).allSatisfy(province ->
                assertThat(io.github.spbe4j.core.calendar.IndonesiaTimeZone.of(province.code())).as(province.name()).isPresent());
    }
}
