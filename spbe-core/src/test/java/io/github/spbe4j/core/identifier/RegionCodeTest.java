package io.github.spbe4j.core.identifier;

import static io.github.spbe4j.core.testing.Checks.invalidTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.spbe4j.core.identifier.RegionCode.Kind;
import io.github.spbe4j.core.identifier.RegionCode.Level;
import io.github.spbe4j.core.identifier.RegionCode.Scheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region codes: levels, kinds, parents, dotted and undotted forms, and schemes kept apart. */
class RegionCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "11|11|11|PROVINCE|-",
        "1101|11.01|1101|REGENCY_CITY|KABUPATEN",
        "11.69|11.69|1169|REGENCY_CITY|KABUPATEN",
        "3171|31.71|3171|REGENCY_CITY|KOTA",
        "31.99|31.99|3199|REGENCY_CITY|KOTA",
        "110101|11.01.01|110101|DISTRICT|-",
        "11.01.01.1001|11.01.01.1001|1101011001|VILLAGE|KELURAHAN",
        "1101012001|11.01.01.2001|1101012001|VILLAGE|DESA",
        "11.01.01.3999|11.01.01.3999|1101013999|VILLAGE|DESA_ADAT",
    })
    void parse_kemendagriCode_hasLevelKindAndBothForms(String text, String dotted, String undotted, Level level, Kind kind) {
        RegionCode code = RegionCode.parse(text);
        assertThat(code.scheme()).isEqualTo(Scheme.KEMENDAGRI);
        assertThat(code).hasToString(dotted);
        assertThat(code.undotted()).isEqualTo(undotted).hasSize(level.digits());
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.kind()).isEqualTo(Optional.ofNullable(kind));
        assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
        assertThat(RegionCode.parse(code.undotted())).isEqualTo(code);
    }

    @Test
    void parent_walksUpToTheProvince() {
        RegionCode village = RegionCode.parse("11.01.01.2001");
        assertThat(village.parent()).contains(RegionCode.parse("11.01.01"));
        assertThat(village.parent().flatMap(RegionCode::parent)).contains(RegionCode.parse("11.01"));
        assertThat(village.parent().flatMap(RegionCode::parent).flatMap(RegionCode::parent)).contains(RegionCode.parse("11"));
        assertThat(RegionCode.parse("11").parent()).isEmpty();
        assertThat(RegionCode.parse("BPS:11.01").parent()).contains(RegionCode.parse("11", Scheme.BPS));
    }

    @Test
    void isAncestorOf_strictPrefixInTheSameScheme() {
        RegionCode province = RegionCode.parse("11");
        RegionCode village = RegionCode.parse("1101012001");
        assertThat(province.isAncestorOf(village)).isTrue();
        assertThat(RegionCode.parse("11.01.01").isAncestorOf(village)).isTrue();
        assertThat(village.isAncestorOf(village)).isFalse();
        assertThat(village.isAncestorOf(province)).isFalse();
        assertThat(RegionCode.parse("12").isAncestorOf(village)).isFalse();
        assertThat(RegionCode.parse("11", Scheme.BPS).isAncestorOf(village)).isFalse();
        assertThat(province.isAncestorOf(RegionCode.parse("1101012001", Scheme.BPS))).isFalse();
    }

    @Test
    void schemes_sameDigits_areNotEqual() {
        new EqualsTester()
                .addEqualityGroup(RegionCode.parse("11.01.01.2001"), RegionCode.parse("1101012001"),
                        RegionCode.parse("1101012001", Scheme.KEMENDAGRI))
                .addEqualityGroup(RegionCode.parse("1101012001", Scheme.BPS), RegionCode.parse("BPS:11.01.01.2001"),
                        RegionCode.parse("BPS:1101012001", Scheme.BPS))
                .addEqualityGroup(RegionCode.parse("110101"))
                .addEqualityGroup(RegionCode.parse("110101", Scheme.BPS))
                .testEquals();
        assertThat(RegionCode.parse("99", Scheme.BPS)).isGreaterThan(RegionCode.parse("11"));
        assertThat(RegionCode.parse("11")).isLessThan(RegionCode.parse("11.01")).isLessThan(RegionCode.parse("12"));
    }

    @Test
    void bpsCode_hasNoKindRules() {
        RegionCode code = RegionCode.parse("11.70.01.9001", Scheme.BPS);
        assertThat(code.kind()).isEmpty();
        assertThat(code.level()).isEqualTo(Level.VILLAGE);
        assertThat(code).hasToString("BPS:11.70.01.9001");
        assertThat(code.undotted()).isEqualTo("1170019001");
        assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
        assertThat(RegionCode.parse("BPS:1100", Scheme.BPS).kind()).isEmpty();
    }

    @Test
    void parse_bpsPrefixUnderKemendagri_isRejected() {
        assertThatThrownBy(() -> RegionCode.parse("BPS:11.01", Scheme.KEMENDAGRI)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Kemendagri region code \"BPS:11.01\" carries the BPS: prefix; BPS and Kemendagri codes are different schemes");
        assertThat(invalidTexts(RegionCode.check("BPS:11.01", Scheme.KEMENDAGRI))).containsExactly(
                "Kemendagri region code \"BPS:11.01\" carries the BPS: prefix; BPS and Kemendagri codes are different schemes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1100|Kemendagri region code 11.00 has regency/city digits 00; they run 01..69 (kabupaten) and 71..99 (kota)",
        "11.70|Kemendagri region code 11.70 has regency/city digits 70; they run 01..69 (kabupaten) and 71..99 (kota)",
        "11.70.01|Kemendagri region code 11.70.01 has regency/city digits 70; they run 01..69 (kabupaten) and 71..99 (kota)",
        "11.01.01.0001|Kemendagri region code 11.01.01.0001 has village type digit 0; it is 1 (kelurahan), 2 (desa) or 3 (desa adat)",
        "1101014001|Kemendagri region code 11.01.01.4001 has village type digit 4; it is 1 (kelurahan), 2 (desa) or 3 (desa adat)",
        "1|Kemendagri region code \"1\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
        "11010|Kemendagri region code \"11010\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
        "1101.01|Kemendagri region code \"1101.01\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
        "11.01.01.20|Kemendagri region code \"11.01.01.20\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
        "11-01|Kemendagri region code \"11-01\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
        "11.01.|Kemendagri region code \"11.01.\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
    })
    void parse_brokenRule_throwsOneSentenceNamingTypeRuleAndValue(String text, String message) {
        assertThatThrownBy(() -> RegionCode.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
    }

    @Test
    void parse_brokenRuleOfBpsShape_namesTheScheme() {
        assertThatThrownBy(() -> RegionCode.parse("BPS:110")).hasMessage(
                "BPS region code \"BPS:110\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001");
        assertThat(RegionCode.parse("BPS:1100").undotted()).isEqualTo("1100");
    }

    @Test
    void check_separators_areRemoved() {
        assertThat(RegionCode.check(" 11 01 01 2001 ")).isEqualTo(new IdentifierCheck.Valid<>(RegionCode.parse("1101012001"), List.of()));
        assertThat(RegionCode.check("11-01")).isEqualTo(new IdentifierCheck.Valid<>(RegionCode.parse("1101"), List.of()));
        assertThat(RegionCode.check("BPS:11.70", Scheme.BPS)).isEqualTo(new IdentifierCheck.Valid<>(RegionCode.parse("BPS:1170"), List.of()));
        assertThat(RegionCode.check("BPS:11.70")).isEqualTo(new IdentifierCheck.Valid<>(RegionCode.parse("BPS:1170"), List.of()));
        assertThat(invalidTexts(RegionCode.check("11.70"))).containsExactly(
                "Kemendagri region code 11.70 has regency/city digits 70; they run 01..69 (kabupaten) and 71..99 (kota)");
        assertThat(invalidTexts(RegionCode.check("11/01"))).containsExactly(
                "Kemendagri region code \"11/01\" is not 2, 4, 6 or 10 digits after removing whitespace, dots and dashes");
    }

    @Test
    void parse_everyRegencyCityCode_exhaustively() {
        int kabupaten = 0;
        int kota = 0;
        for (int p = 0; p < 100; p++) {
            for (int r = 0; r < 100; r++) {
                String s = String.format("%02d%02d", p, r);
                if (r == 0 || r == 70) {
                    assertThat(RegionCode.check(s).isValid()).as(s).isFalse();
                    assertThat(RegionCode.parse(s, Scheme.BPS).kind()).isEmpty();
                    continue;
                }
                RegionCode code = RegionCode.parse(s);
                if (code.kind().orElseThrow() == Kind.KABUPATEN) {
                    kabupaten++;
                    assertThat(r).isBetween(1, 69);
                } else {
                    kota++;
                    assertThat(r).isBetween(71, 99);
                }
                assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
                assertThat(code.toString()).isEqualTo(s.substring(0, 2) + "." + s.substring(2));
                assertThat(code.parent().orElseThrow().undotted()).isEqualTo(s.substring(0, 2));
            }
        }
        assertThat(kabupaten).isEqualTo(100 * 69);
        assertThat(kota).isEqualTo(100 * 29);
    }

    @Test
    void parse_seededRandomVillages_roundTripAndSortParentsFirst() {
        Random random = new Random(83762L);
        List<RegionCode> codes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String s = String.format("%02d%02d%02d%d%03d", random.nextInt(100), random.nextInt(100), random.nextInt(100),
                    random.nextInt(10), random.nextInt(1000));
            boolean valid = !s.substring(2, 4).equals("00") && !s.substring(2, 4).equals("70") && "123".indexOf(s.charAt(6)) >= 0;
            assertThat(RegionCode.check(s).isValid()).as(s).isEqualTo(valid);
            RegionCode bps = RegionCode.parse(s, Scheme.BPS);
            assertThat(RegionCode.parse(bps.toString())).isEqualTo(bps);
            codes.add(bps);
            if (valid) {
                RegionCode code = RegionCode.parse(s);
                assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
                assertThat(code).isNotEqualTo(bps);
                for (RegionCode a = code.parent().orElseThrow(); ; a = a.parent().orElseThrow()) {
                    assertThat(a.isAncestorOf(code)).isTrue();
                    assertThat(a).isLessThan(code);
                    codes.add(a);
                    if (a.level() == Level.PROVINCE) {
                        break;
                    }
                }
            }
        }
        List<RegionCode> sorted = new ArrayList<>(codes);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).compareTo(sorted.get(i))).isLessThanOrEqualTo(0);
            assertThat(sorted.get(i).isAncestorOf(sorted.get(i - 1))).isFalse();
        }
    }
}
