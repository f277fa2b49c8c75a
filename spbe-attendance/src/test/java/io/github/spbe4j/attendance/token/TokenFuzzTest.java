package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.attendance.testing.TokenGenerators;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests of the token decoders and the verifier with Jazzer's JUnit integration:
 *
 * <ul>
 *   <li>{@code decode_anyBytes_fieldsOrSpbeException}: any bytes, read as the token layout and as text
 *       (ISO-8859-1, with or without the {@code AT:} prefix), give fields that write back to the same
 *       bytes, a refusal with a one-line reason, or a {@link SpbeException} — nothing else.
 *   <li>{@code verify_anyText_acceptedOrRejected}: {@link TokenVerifier#verify} answers any text with
 *       a {@link Verification} and never throws; an accepted text is its token's one text form, for the
 *       expected location, valid at the instant; a rejection's detail is one line of at most 400
 *       characters with nothing that {@code core.internal.Text} escapes, whatever the text and the
 *       expected location.
 *   <li>{@code verify_mutatedValidToken_rejectedUnlessUnchanged}: a token signed with a known key (its
 *       fields taken from the input when it is a token, else drawn from a generator seeded by it) is
 *       accepted; after byte and character mutations, any text that differs from the original is
 *       not (a token has exactly one text form, so a different text is a different or malformed token).
 *   <li>{@code base45Decode_anyText_bytesOrInvalidBase45Exception}: {@link Base45#decode} returns bytes
 *       that encode back to the same text, exactly when an independent check says the text is Base45,
 *       or throws {@link InvalidBase45Exception} with a one-line message.
 * </ul>
 *
 * <p>Input layouts, for the seeds in {@code TokenFuzzTestInputs/<method>/}: {@code decode_…} takes the
 * raw bytes. {@code verify_anyText_…} and {@code base45Decode_…} take a control byte from the end (the
 * seeds end in {@code p}, {@code q}, {@code r} …) and the bytes before it as the text: bit 0 picks the
 * decoding (0 UTF-8, 1 UTF-16BE char by char, so that lone surrogates get through); for the verifier,
 * bits 1-2 pick the instant (the rotating vectors' step, the printed vector's validity, the epoch,
 * {@link Instant#MAX}) and bit 3 an expected location with an escape sequence instead of {@code PTK-01}.
 * {@code verify_mutated…} takes its mutations from the end of the input and the rest as the token text
 * to start from: the seeds are token texts followed by a few bytes.
 *
 * <p>{@code mvn test} runs the seeds only. To fuzz one target for real, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-attendance -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='TokenFuzzTest#verify_anyText_acceptedOrRejected' -Djazzer.instrument='io.github.spbe4j.**'
 * </pre>
 *
 * <p>Add every crash to the seeds, renamed to say what it tests.
 */
class TokenFuzzTest {

    private static final TokenKey HMAC = TokenKey.hmacSha256(1, TokenGenerators.vectorSecret());
    private static final TokenKey ED25519 = ed25519();
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final TokenVerifier VERIFIER = TokenVerifier.of(KeyRing.of(HMAC, ED25519.verifyingKey()), SKEW);
    private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-02-02T02:40:10Z"),
            Instant.parse("2026-03-01T08:00:00Z"), Instant.EPOCH, Instant.MAX);
    private static final String HOSTILE_LOCATION = "PTK-01\u001b[2J\r\nok";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static TokenKey ed25519() {
        try {
            return TokenFormatVectorsTest.rfc8032Key();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "1m")
    void decode_anyBytes_fieldsOrSpbeException(byte[] data) {
        checkRead(data);
        String text = new String(data, StandardCharsets.ISO_8859_1);
        decodeText(text);
        decodeText(LocationToken.PREFIX + text);
    }

    @FuzzTest(maxDuration = "1m")
    void verify_anyText_acceptedOrRejected(FuzzedDataProvider data) {
        byte control = data.consumeByte();
        String text = text(data.consumeRemainingAsBytes(), control);
        Instant at = INSTANTS.get(control >> 1 & 3);
        String location = (control & 8) == 0 ? "PTK-01" : HOSTILE_LOCATION;
        Verification v = VERIFIER.verify(text, location, at);
        assertThat(v).isNotNull();
        if (v instanceof Verification.Accepted accepted) {
            LocationToken token = accepted.token();
            assertThat(token.text()).as("an accepted text is its token's text form").isEqualTo(text);
            assertThat(token.body().locationId()).isEqualTo(location);
            assertThat(at).isAfterOrEqualTo(token.body().validity().from().minus(SKEW))
                    .isBefore(token.body().validity().until().plus(SKEW));
        } else if (v instanceof Verification.Rejected rejected) {
            assertOneSafeLine(rejected.detail());
        }
    }

    @FuzzTest(maxDuration = "1m")
    void verify_mutatedValidToken_rejectedUnlessUnchanged(FuzzedDataProvider data) {
        int mutations = data.consumeInt(1, 4);
        int[][] program = new int[mutations][];
        for (int i = 0; i < mutations; i++) {
            program[i] = new int[] {data.consumeInt(0, 7), data.consumeInt(0, 255), data.consumeInt(0, 0xFFFF)};
        }
        byte[] start = data.consumeRemainingAsBytes();
        TokenBody body = bodyFrom(start);
        TokenKey key = body.keyId() == ED25519.id() ? ED25519 : HMAC;
        LocationToken original = TokenIssuer.of(key, Clock.systemUTC()).sign(body);
        String location = body.locationId();
        Instant at = body.validity().from();
        assertThat(VERIFIER.verify(original.text(), location, at)).isEqualTo(new Verification.Accepted(original));

        String text = original.text();
        for (int[] op : program) {
            text = mutate(text, op[0], op[1], op[2]);
        }
        Verification v = VERIFIER.verify(text, location, at);
        if (!text.equals(original.text())) {
            assertThat(v.accepted()).as("altered token %s (from %s)", text, original.text()).isFalse();
        } else {
            assertThat(v).isEqualTo(new Verification.Accepted(original));
        }
    }

    @FuzzTest(maxDuration = "1m")
    void base45Decode_anyText_bytesOrInvalidBase45Exception(FuzzedDataProvider data) {
        byte control = data.consumeByte();
        String text = text(data.consumeRemainingAsBytes(), control);
        boolean valid = isBase45(text);
        byte[] bytes;
        try {
            bytes = Base45.decode(text);
        } catch (InvalidBase45Exception e) {
            assertThat(valid).as("refused %s, which the independent check reads", text).isFalse();
            assertOneSafeLine(e.getMessage());
            return;
        }
        assertThat(valid).as("decoded %s, which the independent check refuses", text).isTrue();
        assertThat(bytes).hasSize(text.length() / 3 * 2 + (text.length() % 3 == 2 ? 1 : 0));
        assertThat(Base45.encode(bytes)).isEqualTo(text);
    }

    /** Guards the seed corpus: a fuzz test renamed away from its inputs would test nothing but the empty input. */
    @Test
    void everyFuzzTest_hasItsSeedCorpus_withAtLeastFiveInputs() throws IOException, URISyntaxException {
        List<Method> fuzzTests = Arrays.stream(TokenFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
        assertThat(fuzzTests).hasSize(4);
        for (Method m : fuzzTests) {
            String resource = TokenFuzzTest.class.getSimpleName() + "Inputs/" + m.getName();
            URL url = TokenFuzzTest.class.getResource(resource);
            assertThat(url).as("seed corpus %s", resource).isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                assertThat(files.count()).as("seeds of %s", m.getName()).isGreaterThanOrEqualTo(5);
            }
        }
    }

    /** Reads token bytes as the verifier does: fields that write back to the same bytes, or a reason. */
    private static TokenCodec.@Nullable Read checkRead(byte[] bytes) {
        String[] why = new String[1];
        TokenCodec.Read read = TokenCodec.read(bytes, why);
        if (read == null) {
            assertOneSafeLine(why[0]);
            return null;
        }
        assertThat(read.signatureOffset()).isBetween(3, bytes.length);
        byte[] written = TokenCodec.write(read.body(), bytes.length - read.signatureOffset());
        assertThat(Arrays.copyOf(written, read.signatureOffset())).as("fields written back")
                .isEqualTo(Arrays.copyOf(bytes, read.signatureOffset()));
        return read;
    }

    /** Decodes token text without its signature check; only SpbeException may come out of it. */
    private static void decodeText(String text) {
        String base45 = text.startsWith(LocationToken.PREFIX) ? text.substring(LocationToken.PREFIX.length()) : text;
        byte[] bytes;
        try {
            bytes = Base45.decode(base45);
        } catch (SpbeException e) {
            assertOneSafeLine(e.getMessage());
            return;
        }
        checkRead(bytes);
    }

    /** The fields of the input when it is a token's text or bytes (key id set to a known key), else generated from it. */
    private static TokenBody bodyFrom(byte[] start) {
        String text = new String(start, StandardCharsets.ISO_8859_1);
        TokenCodec.Read read = null;
        if (text.startsWith(LocationToken.PREFIX)) {
            try {
                read = TokenCodec.read(Base45.decode(text.substring(LocationToken.PREFIX.length())), new String[1]);
            } catch (InvalidBase45Exception e) {
                read = null;
            }
        }
        if (read == null) {
            read = TokenCodec.read(start, new String[1]);
        }
        if (read != null) {
            TokenBody b = read.body();
            int keyId = b.keyId() == ED25519.id() ? ED25519.id() : HMAC.id();
            return new TokenBody(keyId, b.locationId(), b.displayId(), b.validity(), b.nonce());
        }
        Random random = new Random(Arrays.hashCode(start));
        return TokenGenerators.body(random.nextInt(4) == 0 ? ED25519.id() : HMAC.id(), random);
    }

    /**
     * One mutation of token text: on its bytes when the text decodes (flip a bit, set, insert or delete a
     * byte, cut the bytes short), else and otherwise on its characters (replace, insert, delete, lower-case
     * one, append).
     */
    private static String mutate(String text, int op, int small, int large) {
        if (op <= 4 && text.startsWith(LocationToken.PREFIX)) {
            byte[] bytes;
            try {
                bytes = Base45.decode(text.substring(LocationToken.PREFIX.length()));
            } catch (InvalidBase45Exception e) {
                bytes = null;
            }
            if (bytes != null && bytes.length > 0) {
                int at = large % bytes.length;
                byte[] out;
                switch (op) {
                    case 0 -> {
                        out = bytes.clone();
                        out[at] ^= (byte) (1 << (small & 7));
                    }
                    case 1 -> {
                        out = bytes.clone();
                        out[at] = (byte) small;
                    }
                    case 2 -> {
                        out = new byte[bytes.length + 1];
                        System.arraycopy(bytes, 0, out, 0, at);
                        out[at] = (byte) small;
                        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                    }
                    case 3 -> {
                        out = new byte[bytes.length - 1];
                        System.arraycopy(bytes, 0, out, 0, at);
                        System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
                    }
                    default -> out = Arrays.copyOf(bytes, at);
                }
                return LocationToken.PREFIX + Base45.encode(out);
            }
        }
        int at = text.isEmpty() ? 0 : large % text.length();
        char c = small < ALPHABET.length() ? ALPHABET.charAt(small) : (char) (small * 257);
        return switch (op % 4) {
            case 0 -> text.isEmpty() ? String.valueOf(c) : text.substring(0, at) + c + text.substring(at + 1);
            case 1 -> text.substring(0, at) + c + text.substring(at);
            case 2 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            default -> small % 2 == 0 && !text.isEmpty()
                    ? text.substring(0, at) + text.substring(at, at + 1).toLowerCase(Locale.ROOT) + text.substring(at + 1)
                    : text + c;
        };
    }

    /** Whether text is Base45, checked without the decoder: the alphabet, the length and each group's range. */
    private static boolean isBase45(String text) {
        if (text.length() % 3 == 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i += 3) {
            int width = Math.min(3, text.length() - i);
            long value = 0;
            long weight = 1;
            for (int j = 0; j < width; j++) {
                int d = ALPHABET.indexOf(text.charAt(i + j));
                if (d < 0) {
                    return false;
                }
                value += d * weight;
                weight *= 45;
            }
            if (value >= (width == 3 ? 1 << 16 : 1 << 8)) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] bytes, byte control) {
        if ((control & 1) == 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }

    /**
     * A message or detail as docs/security.md wants it: one line of at most 400 characters, with none of
     * the characters {@code core.internal.Text} escapes (line breaks and other controls, bidirectional
     * controls, the invisible characters of the text policy, lone surrogates).
     */
    private static void assertOneSafeLine(@Nullable String message) {
        assertThat(message).isNotNull().isNotBlank();
        assertThat(message.length()).as(message).isLessThanOrEqualTo(400);
        assertThat(message.chars().noneMatch(ch -> Text.breaksLine((char) ch) || TextPolicy.isBidiControl((char) ch)
                || TextPolicy.isInvisible((char) ch) || Character.isSurrogate((char) ch)))
                .as("one line without control, bidirectional or invisible characters: %s", message).isTrue();
    }
}
