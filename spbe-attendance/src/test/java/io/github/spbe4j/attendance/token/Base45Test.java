package io.github.spbe4j.attendance.token;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Base45Test {

    /** The examples of RFC 9285, section 4.3 and 4.4. */
    static Stream<Arguments> rfc9285Examples() {
        return Stream.of(
                Arguments.of("AB".getBytes(US_ASCII), "BB8"),
                Arguments.of("Hello!!".getBytes(US_ASCII), "%69 VD92EX0"),
                Arguments.of("base-45".getBytes(US_ASCII), "UJCLQE7W581"),
                Arguments.of("ietf!".getBytes(US_ASCII), "QED8WEX0"));
    }

    @ParameterizedTest
    @MethodSource("rfc9285Examples")
    void encode_rfcExamples_matchTheRfc(byte[] data, String text) {
        assertThat(Base45.encode(data)).isEqualTo(text);
        assertThat(Base45.decode(text)).isEqualTo(data);
    }

    static Stream<byte[]> randomBytes() {
        Random random = new Random(9285);
        return IntStream.range(0, 300).mapToObj(i -> {
            byte[] b = new byte[random.nextInt(70)];
            random.nextBytes(b);
            return b;
        });
    }

    @ParameterizedTest
    @MethodSource("randomBytes")
    void decode_ofEncode_returnsTheBytesAndUsesOnlyTheQrAlphanumericSet(byte[] data) {
        String text = Base45.encode(data);
        assertThat(text).hasSize(data.length / 2 * 3 + data.length % 2 * 2).matches("[0-9A-Z $%*+\\-./:]*");
        assertThat(Base45.decode(text)).isEqualTo(data);
    }

    @Test
    void decode_everyTwoByteValue_roundTrips() {
        for (int n = 0; n <= 0xffff; n++) {
            byte[] data = {(byte) (n >> 8), (byte) n};
            assertThat(Base45.decode(Base45.encode(data))).isEqualTo(data);
        }
    }

    @Test
    void decode_badInput_namesTheRule() {
        assertThatThrownBy(() -> Base45.decode("GGW")).hasMessage("Base45 triple at position 0 encodes 65535 + 1; at most 65535".replace("65535 + 1", "65536"));
        assertThatThrownBy(() -> Base45.decode("ABCD")).hasMessage("Base45 text has length 4; a length of 3k+1 is never valid");
        assertThatThrownBy(() -> Base45.decode("AB" + "a")).isInstanceOf(InvalidBase45Exception.class)
                .hasMessageContaining("\"a\" at position 2");
        assertThatThrownBy(() -> Base45.decode("ABCD")).isInstanceOf(SpbeException.class)
                .satisfies(e -> assertThat(((SpbeException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.rule()).isEqualTo("Base45Length")));
        assertThatThrownBy(() -> Base45.decode("::")).hasMessage("Base45 pair at position 0 encodes 2024; at most 255");
        assertThat(Base45.decode("")).isEmpty();
        assertThat(new String(Base45.decode(Base45.encode("Kota Contoh".getBytes(UTF_8))), UTF_8)).isEqualTo("Kota Contoh");
    }

    /**
     * Exhaustive over the groups of two and three characters of the alphabet, and the same behind a
     * prefix: a text decodes exactly when its number fits the group's bytes, and a text that decodes is
     * the encoding of its bytes (so the verifier need not encode again to check that text is canonical);
     * the verifier's decoder without exceptions agrees with {@code decode}.
     */
    @Test
    void decode_everyGroupOfTwoOrThree_decodesExactlyInRangeAndIsTheEncodingOfItsBytes() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        int decoded = 0;
        for (int a = 0; a < 45; a++) {
            for (int b = 0; b < 45; b++) {
                for (int c = -1; c < 45; c++) {
                    String group = "" + alphabet.charAt(a) + alphabet.charAt(b) + (c < 0 ? "" : String.valueOf(alphabet.charAt(c)));
                    int value = a + b * 45 + Math.max(c, 0) * 2025;
                    boolean inRange = value <= (c < 0 ? 0xFF : 0xFFFF);
                    byte[] viaVerifier = Base45.decodeOrNull("AT:" + group, 3);
                    assertThat(viaVerifier != null).as(group).isEqualTo(inRange);
                    if (inRange) {
                        decoded++;
                        assertThat(Base45.decode(group)).isEqualTo(viaVerifier);
                        assertThat(Base45.encode(viaVerifier)).isEqualTo(group);
                    } else {
                        assertThatThrownBy(() -> Base45.decode(group)).isInstanceOf(InvalidBase45Exception.class);
                    }
                }
            }
        }
        assertThat(decoded).isEqualTo(256 + 65536);
        assertThat(Base45.decodeOrNull("AT:BB8a", 3)).isNull();
        assertThat(Base45.decodeOrNull("AT:BB8A", 3)).isNull();
        assertThat(Base45.decodeOrNull("AT:", 3)).isEmpty();
    }
}
