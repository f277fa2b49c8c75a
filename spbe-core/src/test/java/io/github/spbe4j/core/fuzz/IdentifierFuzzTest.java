package io.github.spbe4j.core.fuzz;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.Kbli;
import io.github.spbe4j.core.identifier.Nib;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.identifier.Npwp;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.identifier.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the identifier parsers of {@code io.github.spbe4j.core.identifier}: for every text,
 * {@code parse} returns a value or throws an {@link InvalidIdentifierException} with a one-line message,
 * a value's {@code toString()} parses back equal, {@code check} never throws and is {@code Valid} exactly
 * when the lenient form (whitespace, dots and dashes removed) parses strictly, and the accessors of a
 * value never throw unexpectedly.
 *
 * <p>Input layout, for the seeds in {@code IdentifierFuzzTestInputs/<method>/}: the <em>last</em> byte
 * is a control byte, the bytes before it the text. Bit 0 of the control byte picks the decoding of the
 * text: 0 UTF-8 (malformed bytes become U+FFFD), 1 UTF-16BE taken char by char (so lone surrogates get
 * through). Bits 1-2 pick the NIK region list: 0 knows every code, 1 none, 2 the provinces below 50, 3
 * the codes with an even digit sum. The seeds use {@code 'p'} (UTF-8, every code known), {@code 'r'}
 * (UTF-8, none known), {@code 't'}, {@code 'v'} and {@code 'q'} (UTF-16BE).
 *
 * <p>{@code mvn test} runs the seeds only. To fuzz one test for its {@code maxDuration} (2 minutes), as
 * the package documentation describes:
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-core test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='IdentifierFuzzTest#nik_anyText_nikOrInvalidIdentifierException' -Djazzer.instrument='io.github.spbe4j.**'
 * </pre>
 */
class IdentifierFuzzTest {

    /** The days a NIK's birth date is computed on, besides the days around the birth date itself. */
    private static final List<LocalDate> TODAYS = List.of(LocalDate.MIN, LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1),
            LocalDate.of(1900, 2, 28), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 29),
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 11, 27), LocalDate.of(2099, 12, 31), LocalDate.of(2100, 3, 1),
            LocalDate.MAX);

    @FuzzTest(maxDuration = "2m")
    void nik_anyText_nikOrInvalidIdentifierException(FuzzedDataProvider data) {
        byte control = data.consumeByte();
        String text = text(data, control);
        Predicate<RegionCode> known = regionList(control);
        Nik any = parsed(() -> Nik.parse(text), text);
        Nik listed = parsed(() -> Nik.parse(text, known), text);
        if (any == null) {
            assertThat(listed).as("NIK %s parsed with a region list but not without", text).isNull();
        } else {
            assertThat(listed != null).as("NIK %s parses with the region list exactly when it knows its region", text)
                    .isEqualTo(known.test(any.regionCode()));
            if (listed != null) {
                assertThat(listed).isEqualTo(any);
            }
            assertThat(Nik.parse(any.toString())).as("NIK %s read back from its text", any).isEqualTo(any);
            nikAccessors(any);
        }
        String lenient = lenient(text);
        Nik strict = parsed(() -> Nik.parse(lenient), text);
        IdentifierCheck<Nik> checked = Nik.check(text);
        checkMatches(checked, strict, "NIK", text, any);
        if (checked instanceof IdentifierCheck.Valid<Nik> v) {
            assertThat(texts(v.warnings())).as("warnings of NIK check %s without a region list", text).isEmpty();
        }
        IdentifierCheck<Nik> checkedListed = Nik.check(text, known);
        checkMatches(checkedListed, strict, "NIK", text, any);
        if (checkedListed instanceof IdentifierCheck.Valid<Nik> v) {
            assertThat(v.warnings().isEmpty()).as("NIK check %s warns exactly when the region list does not know its region", text)
                    .isEqualTo(known.test(v.value().regionCode()));
            assertThat(parsed(() -> Nik.parse(lenient, known), text) != null)
                    .as("NIK %s parses with the region list exactly when its check has no warning", lenient)
                    .isEqualTo(v.warnings().isEmpty());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void nip_anyText_nipOrInvalidIdentifierException(FuzzedDataProvider data) {
        String text = text(data, data.consumeByte());
        Nip nip = parsed(() -> Nip.parse(text), text);
        if (nip != null) {
            assertThat(Nip.parse(nip.toString())).as("NIP %s read back from its text", nip).isEqualTo(nip);
            nipAccessors(nip);
        }
        checkMatches(Nip.check(text), parsed(() -> Nip.parse(lenient(text)), text), "NIP", text, nip);
    }

    @FuzzTest(maxDuration = "2m")
    void npwp_anyText_npwpOrInvalidIdentifierException(FuzzedDataProvider data) {
        String text = text(data, data.consumeByte());
        Npwp npwp = parsed(() -> Npwp.parse(text), text);
        if (npwp != null) {
            assertThat(Npwp.parse(npwp.toString())).as("NPWP %s read back from its text", npwp).isEqualTo(npwp);
            assertThat(Npwp.parse(npwp.format())).as("NPWP %s read back from its display form", npwp).isEqualTo(npwp);
            assertThat(npwp.toString()).as("digits of NPWP %s", text).matches("\\d{15}|\\d{16}");
            assertThat(npwp.isNikBased()).as("NIK-based NPWP %s", npwp).isEqualTo(npwp.toString().length() == 16);
            assertThat(lenient(text)).as("digits of the NPWP display form %s", text).isEqualTo(npwp.toString());
        }
        // the lenient form is digits only, so it parses strictly exactly when it is 15 or 16 digits
        checkMatches(Npwp.check(text), parsed(() -> Npwp.parse(lenient(text)), text), "NPWP", text, npwp);
    }

    @FuzzTest(maxDuration = "2m")
    void nib_anyText_nibOrInvalidIdentifierException(FuzzedDataProvider data) {
        String text = text(data, data.consumeByte());
        Nib nib = parsed(() -> Nib.parse(text), text);
        if (nib != null) {
            assertThat(Nib.parse(nib.toString())).as("NIB %s read back from its text", nib).isEqualTo(nib);
            assertThat(nib.toString()).as("NIB %s", text).isEqualTo(text);
        }
        checkMatches(Nib.check(text), parsed(() -> Nib.parse(lenient(text)), text), "NIB", text, nib);
    }

    @FuzzTest(maxDuration = "2m")
    void kbli_anyText_kbliOrInvalidIdentifierException(FuzzedDataProvider data) {
        String text = text(data, data.consumeByte());
        Kbli kbli = parsed(() -> Kbli.parse(text), text);
        if (kbli != null) {
            assertThat(Kbli.parse(kbli.toString())).as("KBLI %s read back from its text", kbli).isEqualTo(kbli);
            assertThat(kbli.toString()).as("KBLI %s", text).isEqualTo(text);
        }
        checkMatches(Kbli.check(text), parsed(() -> Kbli.parse(lenient(text)), text), "KBLI", text, kbli);
    }

    /**
     * Region codes. {@code parse(text)} is {@code parse(text, BPS)} when the text starts with
     * {@code "BPS:"}, else {@code parse(text, KEMENDAGRI)}. {@code check(text, scheme)} strips the text,
     * refuses a {@code "BPS:"} prefix for Kemendagri and drops it for BPS, and is then Valid exactly when
     * the lenient form of the rest is plain digits ({@code "BPS:"} given once only) that parse strictly
     * in the scheme; {@code check(text)} is {@code check(text, BPS)} when the stripped text starts with
     * {@code "BPS:"}, else {@code check(text, KEMENDAGRI)}.
     */
    @FuzzTest(maxDuration = "2m")
    void regionCode_anyText_codeOrInvalidIdentifierException(FuzzedDataProvider data) {
        String text = text(data, data.consumeByte());
        RegionCode any = parsed(() -> RegionCode.parse(text), text);
        RegionCode kemendagri = parsed(() -> RegionCode.parse(text, RegionCode.Scheme.KEMENDAGRI), text);
        RegionCode bps = parsed(() -> RegionCode.parse(text, RegionCode.Scheme.BPS), text);
        assertThat(any).as("region code %s read without a scheme", text).isEqualTo(text.startsWith("BPS:") ? bps : kemendagri);
        if (kemendagri != null) {
            assertThat(text).as("Kemendagri region code").doesNotStartWith("BPS:");
        }
        for (RegionCode code : new RegionCode[] {kemendagri, bps}) {
            if (code != null) {
                regionAccessors(code);
            }
        }
        if (kemendagri != null && bps != null) {
            assertThat(kemendagri).as("region code %s in both schemes", text).isNotEqualTo(bps);
            assertThat(kemendagri.undotted()).isEqualTo(bps.undotted());
            assertThat(kemendagri.compareTo(bps)).isNegative();
        }

        String stripped = text.strip();
        IdentifierCheck<RegionCode> checkedAny = RegionCode.check(text);
        for (RegionCode.Scheme scheme : RegionCode.Scheme.values()) {
            IdentifierCheck<RegionCode> checked = RegionCode.check(text, scheme);
            String rest = stripped;
            RegionCode strict = null;
            boolean prefixed = stripped.startsWith("BPS:");
            if (prefixed) {
                rest = stripped.substring(4);
            }
            String l = lenient(rest);
            if (!(prefixed && scheme == RegionCode.Scheme.KEMENDAGRI) && l.chars().allMatch(c -> c >= '0' && c <= '9')) {
                strict = parsed(() -> RegionCode.parse(l, scheme), text);
            }
            checkMatches(checked, strict, scheme + " region code", text, scheme == RegionCode.Scheme.KEMENDAGRI ? kemendagri : bps);
            if (prefixed == (scheme == RegionCode.Scheme.BPS)) {
                // the problems may differ in the text they quote: check(text) quotes it stripped
                assertThat(checkedAny.isValid()).as("region code check %s without a scheme", text).isEqualTo(checked.isValid());
                if (checked instanceof IdentifierCheck.Valid<RegionCode> v) {
                    assertThat(checkedAny).as("region code check %s without a scheme", text).isEqualTo(v);
                }
                if (any != null) {
                    assertThat(checkedAny).as("region code check %s", text).isInstanceOf(IdentifierCheck.Valid.class);
                }
            }
        }
    }

    // ---- the contracts -------------------------------------------------------------------------------------

    /** Runs a parse and returns its value, or null when it threw an {@link InvalidIdentifierException}. */
    private static <T> @Nullable T parsed(Supplier<T> parse, String text) {
        try {
            return Objects.requireNonNull(parse.get(), "parse returned null");
        } catch (InvalidIdentifierException e) {
            FuzzChecks.checkMessage(e);
            checkSurrogates(e.getMessage(), text);
            return null;
        }
    }

    /**
     * Checks a lenient check against the strict parse of the lenient form ({@code strict}, null when
     * refused) and against the strict parse of the text itself ({@code parsed}).
     */
    private static <T> void checkMatches(IdentifierCheck<T> checked, @Nullable T strict, String type, String text, @Nullable T parsed) {
        assertThat(checked).as("%s check of '%s'", type, text).isNotNull();
        if (strict == null) {
            assertThat(checked).as("%s check of '%s', whose lenient form does not parse", type, text)
                    .isInstanceOf(IdentifierCheck.Invalid.class);
        } else {
            assertThat(checked).as("%s check of '%s', whose lenient form parses", type, text).isInstanceOf(IdentifierCheck.Valid.class);
        }
        if (checked instanceof IdentifierCheck.Valid<T> v) {
            assertThat(v.value()).as("%s checked from '%s'", type, text).isEqualTo(strict);
            v.warnings().forEach(w -> line(w.toString(), type + " check warning", text));
        } else if (checked instanceof IdentifierCheck.Invalid<T> i) {
            assertThat(texts(i.problems())).as("problems of %s check '%s'", type, text).isNotEmpty();
            i.problems().forEach(p -> line(p.toString(), type + " check problem", text));
        }
        if (parsed != null) {
            assertThat(checked).as("%s check of '%s', which parses strictly", type, text).isInstanceOf(IdentifierCheck.Valid.class);
            assertThat(((IdentifierCheck.Valid<T>) checked).value()).isEqualTo(parsed);
        }
    }

    private static void line(String s, String what, String text) {
        assertThat(s).as("%s for '%s'", what, text).isNotBlank();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(what + " has a line break (U+" + String.format("%04X", (int) c) + ") at " + i + ": "
                        + s.replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        checkSurrogates(s, text);
    }

    /** A message may quote a lone surrogate of the text, but must not make one by cutting a pair. */
    private static void checkSurrogates(String message, String text) {
        if (lonelySurrogates(text) == 0) {
            assertThat(lonelySurrogates(message)).as("lone surrogates in message %s", message).isZero();
        }
    }

    private static int lonelySurrogates(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    private static void nikAccessors(Nik nik) {
        String d = nik.toString();
        assertThat(d).as("NIK digits").matches("\\d{16}");
        RegionCode region = nik.regionCode();
        assertThat(region.undotted()).as("region of NIK %s", nik).isEqualTo(d.substring(0, 6));
        assertThat(region.level()).isEqualTo(RegionCode.Level.DISTRICT);
        assertThat(region.scheme()).isEqualTo(RegionCode.Scheme.KEMENDAGRI);
        regionAccessors(region);
        int day = Integer.parseInt(d.substring(6, 8));
        assertThat(nik.female()).as("NIK %s female", nik).isEqualTo(day > 40);
        assertThat(nik.sex()).isEqualTo(day > 40 ? Sex.FEMALE : Sex.MALE);
        MonthDay md = nik.birthMonthDay();
        assertThat(md.getDayOfMonth()).as("birth day of NIK %s", nik).isEqualTo(day > 40 ? day - 40 : day);
        assertThat(md.getMonthValue()).isEqualTo(Integer.parseInt(d.substring(8, 10)));
        int yy = nik.birthYearOfCentury();
        assertThat(yy).isEqualTo(Integer.parseInt(d.substring(10, 12)));
        assertThat(nik.serial()).as("serial of NIK %s", nik).isBetween(1, 9999);
        List<LocalDate> todays = new ArrayList<>(TODAYS);
        for (int year : new int[] {1900 + yy, 2000 + yy}) {
            if (md.isValidYear(year)) {
                LocalDate born = md.atYear(year);
                todays.add(born);
                todays.add(born.minusDays(1));
                todays.add(born.plusDays(1));
            }
        }
        for (LocalDate today : todays) {
            LocalDate expected = null;
            for (int year : new int[] {2000 + yy, 1900 + yy}) {
                if (md.isValidYear(year) && !md.atYear(year).isAfter(today)) {
                    expected = md.atYear(year);
                    break;
                }
            }
            LocalDate born = parsed(() -> nik.birthDate(today), nik.toString());
            assertThat(born).as("birth date of NIK %s on %s", nik, today).isEqualTo(expected);
        }
    }

    private static void nipAccessors(Nip nip) {
        String d = nip.toString();
        assertThat(d).as("NIP digits").matches("\\d{18}");
        LocalDate born = nip.birthDate();
        assertThat(born.getYear()).as("birth year of NIP %s", nip).isEqualTo(Integer.parseInt(d.substring(0, 4)));
        assertThat(nip.startYear().getValue()).isEqualTo(Integer.parseInt(d.substring(8, 12)));
        Nip.Kind kind = nip.kind();
        assertThat(kind).as("kind of NIP %s", nip).isEqualTo(d.charAt(12) == '2' ? Nip.Kind.PPPK : Nip.Kind.PNS);
        assertThat(nip.serviceStart().isPresent()).as("start of service of NIP %s", nip).isEqualTo(kind == Nip.Kind.PNS);
        nip.serviceStart().ifPresent(ym -> assertThat(ym.getMonthValue()).isEqualTo(Integer.parseInt(d.substring(12, 14))));
        assertThat(nip.period().isPresent()).as("period of NIP %s", nip).isEqualTo(kind == Nip.Kind.PPPK);
        nip.period().ifPresent(p -> assertThat(p).isBetween(1, 9));
        assertThat(nip.sex()).as("sex of NIP %s", nip).isEqualTo(d.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE);
        assertThat(nip.serial()).as("serial of NIP %s", nip).isBetween(1, 999);
    }

    private static void regionAccessors(RegionCode code) {
        assertThat(RegionCode.parse(code.toString())).as("region code %s read back from its text", code).isEqualTo(code);
        assertThat(RegionCode.parse(code.undotted(), code.scheme())).as("region code %s read back from its digits", code).isEqualTo(code);
        assertThat(RegionCode.check(code.toString())).as("check of region code %s", code)
                .isEqualTo(new IdentifierCheck.Valid<>(code, List.of()));
        assertThat(code.undotted()).hasSize(code.level().digits()).matches("\\d+");
        Optional<RegionCode.Kind> kind = code.kind();
        if (code.scheme() == RegionCode.Scheme.BPS) {
            assertThat(kind).as("kind of BPS code %s", code).isEmpty();
        }
        RegionCode child = code;
        for (Optional<RegionCode> p = code.parent(); p.isPresent(); p = p.get().parent()) {
            RegionCode parent = p.get();
            assertThat(parent.isAncestorOf(child)).as("%s encloses %s", parent, child).isTrue();
            assertThat(parent.isAncestorOf(code)).as("%s encloses %s", parent, code).isTrue();
            assertThat(code.isAncestorOf(parent)).isFalse();
            assertThat(parent.compareTo(code)).isNegative();
            assertThat(parent.scheme()).isEqualTo(code.scheme());
            assertThat(parent.level().digits()).isLessThan(child.level().digits());
            assertThat(RegionCode.parse(parent.toString())).as("parent %s of %s read back", parent, code).isEqualTo(parent);
            parent.kind();
            child = parent;
        }
        assertThat(child.level()).as("root of %s", code).isEqualTo(RegionCode.Level.PROVINCE);
        assertThat(code.compareTo(code)).isZero();
        assertThat(code.isAncestorOf(code)).isFalse();
    }

    // ---- the input -------------------------------------------------------------------------------------------

    /** Decodes the text from the remaining bytes as bit 0 of the control byte says. */
    private static String text(FuzzedDataProvider data, byte control) {
        byte[] bytes = data.consumeRemainingAsBytes();
        if ((control & 1) == 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }

    /** The region list bits 1-2 of the control byte pick. */
    private static Predicate<RegionCode> regionList(byte control) {
        return switch ((control >> 1) & 3) {
            case 0 -> r -> true;
            case 1 -> r -> false;
            case 2 -> r -> r.undotted().compareTo("50") < 0;
            default -> r -> r.undotted().chars().map(c -> c - '0').sum() % 2 == 0;
        };
    }

    /** The lenient form the checks read: the text without whitespace, space characters, dots and dashes. */
    private static String lenient(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '.' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
