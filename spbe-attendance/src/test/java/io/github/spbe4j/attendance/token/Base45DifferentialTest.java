package io.github.spbe4j.attendance.token;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares {@link Base45} with an independent implementation, commons-codec's (strict by default):
 * both encode alike, both decode alike, and both refuse the same texts.
 */
class Base45DifferentialTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final org.apache.commons.codec.binary.Base45 COMMONS = new org.apache.commons.codec.binary.Base45();

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 45, 9285);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void encode_randomBytes_isWhatCommonsCodecWrites_andBothReadItBack(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            byte[] data = new byte[random.nextInt(200)];
            random.nextBytes(data);
            String ours = Base45.encode(data);
            assertThat(ours).isEqualTo(COMMONS.encodeToString(data));
            assertThat(Base45.decode(ours)).isEqualTo(data);
            assertThat(COMMONS.decode(ours)).isEqualTo(data);
        }
    }

    /** Random texts over the alphabet, most of them with a triple or pair out of range. */
    @ParameterizedTest
    @MethodSource("seeds")
    void decode_randomAlphabetTexts_acceptsAndRefusesAsCommonsCodecDoes(long seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            int length = random.nextInt(12);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < length; j++) {
                sb.append(ALPHABET.charAt(random.nextInt(45)));
            }
            String text = sb.toString();
            byte[] theirs = commonsOrNull(text);
            if (theirs == null) {
                assertThatThrownBy(() -> Base45.decode(text)).as("%s", text).isInstanceOf(InvalidBase45Exception.class);
            } else {
                assertThat(Base45.decode(text)).as("%s", text).isEqualTo(theirs);
                accepted++;
            }
        }
        assertThat(accepted).as("both outcomes are exercised").isBetween(200, 4_800);
    }

    @ParameterizedTest
    @CsvSource({"AB, BB8", "'Hello!!', '%69 VD92EX0'", "base-45, UJCLQE7W581", "'ietf!', QED8WEX0"})
    void encode_rfc9285Examples_bothWriteTheRfcText(String data, String text) {
        byte[] bytes = data.getBytes(US_ASCII);
        assertThat(Base45.encode(bytes)).isEqualTo(text);
        assertThat(COMMONS.encodeToString(bytes)).isEqualTo(text);
        assertThat(Base45.decode(text)).isEqualTo(bytes);
        assertThat(COMMONS.decode(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bb8",          // lowercase
        "%69 vd92EX0",  // lowercase inside
        "BB#",          // outside the alphabet
        "QED8WEX_",     // outside the alphabet, in the final pair
        "BB\u00e9",     // not ASCII
        "GGW",          // a triple of 65536
        ":::",          // a triple of 91124, the largest
        "GG",           // a final pair of 736
        "A",            // a dangling single character
        "BB8C",         // a dangling single character after a triple
        "BB8 "          // a dangling space
    })
    void decode_invalidText_isRefusedByBoth(String text) {
        assertThat(commonsOrNull(text)).as("commons-codec refuses %s", text).isNull();
        assertThatThrownBy(() -> Base45.decode(text)).isInstanceOf(InvalidBase45Exception.class);
    }

    @Test
    void decode_largestValidTripleAndPair_acceptedByBoth() {
        // 65535 = 15 + 16 × 45 + 32 × 2025: "FGW"; 255 = 30 + 5 × 45: "U5"
        assertThat(Base45.decode("FGW")).containsExactly(0xff, 0xff);
        assertThat(COMMONS.decode("FGW")).containsExactly(0xff, 0xff);
        assertThat(Base45.decode("U5")).containsExactly(0xff);
        assertThat(COMMONS.decode("U5")).containsExactly(0xff);
    }

    /** commons-codec's decoding, or null when it refuses the text. */
    private static byte[] commonsOrNull(String text) {
        try {
            return COMMONS.decode(text.getBytes(UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
