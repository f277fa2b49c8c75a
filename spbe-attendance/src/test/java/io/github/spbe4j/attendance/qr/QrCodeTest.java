package io.github.spbe4j.attendance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import io.github.spbe4j.attendance.testing.TokenGenerators;
import io.github.spbe4j.attendance.token.KeyRing;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenIssuer;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.attendance.token.Verification;
import io.github.spbe4j.core.SpbeException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrCodeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T00:30:10Z");
    private static final TokenKey HMAC = TokenGenerators.hmacKey(1, new Random(1));
    /** A fixed Ed25519 key, so that every run renders the same codes (a random key made the decoding flaky). */
    private static final TokenKey ED25519 = fixedEd25519(200);

    private static TokenKey fixedEd25519(int id) {
        try {
            java.security.SecureRandom seeded = java.security.SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(2026L);
            java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("Ed25519");
            g.initialize(255, seeded);
            return TokenKey.ed25519(id, g.generateKeyPair());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
    private static final TokenVerifier VERIFIER = TokenVerifier.of(KeyRing.of(HMAC, ED25519.verifyingKey()), Duration.ofSeconds(5));

    private static TokenIssuer issuer(TokenKey key) {
        return TokenIssuer.of(key, Clock.fixed(NOW, ZoneOffset.UTC), new Random(7));
    }

    static Stream<Arguments> tokens() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (TokenKey key : new TokenKey[] {HMAC, ED25519}) {
            for (ErrorCorrection level : ErrorCorrection.values()) {
                b.add(Arguments.of(issuer(key).rotating("PTK-01", 3, Duration.ofSeconds(30)), level));
                b.add(Arguments.of(issuer(key).printed("KANTOR-DINAS.KOMINFO_7", 41, Duration.ofDays(180)), level));
            }
        }
        return b.build();
    }

    private static Result decode(byte[] png) throws IOException, NotFoundException, ChecksumException, FormatException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the PNG back").isNotNull();
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        // the image is exactly a rendered code with its quiet zone: read it as such, not by searching for finder patterns
        hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("tokens")
    void toPng_issuedToken_decodesToTheTokenAndVerifiesAccepted(LocationToken token, ErrorCorrection level) throws Exception {
        QrCode qr = QrCode.of(token, QrOptions.defaults().withErrorCorrection(level));

        Result result = decode(qr.toPng());

        assertThat(result.getText()).isEqualTo(token.text());
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo(level.name());
        Verification v = VERIFIER.verify(result.getText(), token.body().locationId(), NOW);
        assertThat(v).isEqualTo(new Verification.Accepted(token));
    }

    @ParameterizedTest(name = "quiet zone {0}, module size {1}")
    @MethodSource("geometry")
    void toPng_anyGeometry_pixelsAreTheMatrixOfAnIndependentEncoder(int quiet, int scale) throws Exception {
        LocationToken token = issuer(HMAC).rotating("PTK-01", 3, Duration.ofSeconds(30));
        QrCode qr = QrCode.of(token, QrOptions.defaults().withQuietZone(quiet).withModuleSize(scale));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.toPng()));

        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        BitMatrix oracle = new QRCodeWriter().encode(token.text(), BarcodeFormat.QR_CODE, 0, 0, hints);

        int side = (qr.size() + 2 * quiet) * scale;
        assertThat(image.getWidth()).isEqualTo(side);
        assertThat(image.getHeight()).isEqualTo(side);
        assertThat(oracle.getWidth()).isEqualTo(qr.size());
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int mx = px / scale - quiet;
                int my = py / scale - quiet;
                boolean inside = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size();
                boolean dark = (image.getRGB(px, py) & 0xFFFFFF) == 0;
                assertThat(dark).as("pixel %d,%d", px, py).isEqualTo(inside && oracle.get(mx, my));
                if (inside) {
                    assertThat(qr.isDark(mx, my)).isEqualTo(oracle.get(mx, my));
                }
            }
        }
    }

    static Stream<Arguments> geometry() {
        return Stream.of(Arguments.of(0, 1), Arguments.of(4, 1), Arguments.of(4, 8), Arguments.of(16, 3), Arguments.of(1, 32));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void of_hmacRotatingTokenWithShortLocation_fitsVersion4AtM(long seed) {
        Random random = new Random(seed);
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
        for (int i = 0; i < 200; i++) {
            TokenKey key = TokenGenerators.hmacKey(random.nextInt(256), random);
            StringBuilder location = new StringBuilder();
            for (int n = 1 + random.nextInt(9); n > 0; n--) {
                location.append(chars.charAt(random.nextInt(chars.length())));
            }
            Instant at = Instant.ofEpochSecond(random.nextLong() & 0xFFFF_FFFFL);
            LocationToken token = TokenIssuer.of(key, Clock.fixed(at, ZoneOffset.UTC), random)
                    .rotating(location.toString(), random.nextInt(0x10000), Duration.ofSeconds(1 + random.nextInt(0xFFFF)));

            QrCode qr = QrCode.of(token);

            assertThat(token.text().length()).as(token.text()).isLessThanOrEqualTo(60);
            assertThat(qr.errorCorrection()).isEqualTo(ErrorCorrection.M);
            assertThat(qr.version()).as(token.text()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void of_strongerErrorCorrection_neverASmallerVersion() {
        LocationToken token = issuer(ED25519).printed("KANTOR-DINAS.KOMINFO_7", 41, Duration.ofDays(180));
        int previous = 0;
        for (ErrorCorrection level : ErrorCorrection.values()) {
            QrCode qr = QrCode.of(token, QrOptions.defaults().withErrorCorrection(level));
            assertThat(qr.version()).isGreaterThanOrEqualTo(previous).isBetween(1, 40);
            assertThat(qr.size()).isEqualTo(17 + 4 * qr.version());
            previous = qr.version();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ErrorCorrection.class)
    void toSvg_anyLevel_wellFormedOnePathWhoseModulesAreTheMatrix(ErrorCorrection level) throws Exception {
        LocationToken token = issuer(ED25519).rotating("PTK-01", 3, Duration.ofSeconds(30));
        QrCode qr = QrCode.of(token, QrOptions.defaults().withErrorCorrection(level).withQuietZone(2).withModuleSize(5));
        String svg = qr.toSvg();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();

        int box = qr.size() + 4;
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + box + " " + box);
        assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(box * 5));
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(1);
        assertThat(svg).doesNotContain("href").doesNotContain("<script").doesNotContain("url(")
                .doesNotContain("<!DOCTYPE");

        boolean[][] drawn = new boolean[box][box];
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d"));
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).as("path commands follow one another").isEqualTo(end);
            end = m.end();
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int run = Integer.parseInt(m.group(3));
            assertThat(m.group(4)).isEqualTo(m.group(3));
            for (int i = 0; i < run; i++) {
                assertThat(drawn[y][x + i]).as("module %d,%d drawn once", x + i, y).isFalse();
                drawn[y][x + i] = true;
            }
        }
        int dark = 0;
        for (int y = 0; y < box; y++) {
            for (int x = 0; x < box; x++) {
                boolean inside = x >= 2 && y >= 2 && x < qr.size() + 2 && y < qr.size() + 2;
                boolean expected = inside && qr.isDark(x - 2, y - 2);
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(expected);
                dark += expected ? 1 : 0;
            }
        }
        assertThat(dark).isPositive();
    }

    @Test
    void ofText_tokenText_sameCodeAsFromTheToken() {
        LocationToken token = issuer(HMAC).rotating("PTK-01", 3, Duration.ofSeconds(30));
        QrOptions options = QrOptions.defaults().withErrorCorrection(ErrorCorrection.Q);

        QrCode fromText = QrCode.ofText(token.text(), options);

        assertThat(fromText).isEqualTo(QrCode.of(token, options)).hasSameHashCodeAs(QrCode.of(token, options));
        assertThat(fromText.text()).isEqualTo(token.text());
        assertThat(fromText.toString()).contains("version " + fromText.version()).contains("Q");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "AT:", "XY:ABC", "at:ABC", "AT:abc", "AT:AB\nC", "AT:AB#C"})
    void ofText_notATokenText_invalidQrNamingText(String text) {
        assertThatThrownBy(() -> QrCode.ofText(text, QrOptions.defaults()))
                .isInstanceOf(InvalidQrException.class)
                .satisfies(e -> assertThat(((SpbeException) e).problems().get(0).path()).isEqualTo("text"))
                .hasMessageContaining("token's text")
                .hasMessageNotContaining("\n");
    }

    @Test
    void ofText_tooLong_invalidQrNamingTheLength() {
        String text = "AT:" + "A".repeat(TokenVerifier.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> QrCode.ofText(text, QrOptions.defaults()))
                .isInstanceOf(InvalidQrException.class)
                .hasMessageContaining("at most " + TokenVerifier.MAX_TEXT_LENGTH)
                .hasMessageContaining("has " + text.length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 17, Integer.MIN_VALUE})
    void withQuietZone_outOfRange_invalidQrNamingOptionAndValue(int modules) {
        assertThatThrownBy(() -> QrOptions.defaults().withQuietZone(modules))
                .isInstanceOf(InvalidQrException.class)
                .hasMessage("QR option quietZone is " + modules + " modules; it must be 0..16")
                .satisfies(e -> assertThat(((SpbeException) e).problems().get(0).path()).isEqualTo("quietZone"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -3, 33})
    void withModuleSize_outOfRange_invalidQrNamingOptionAndValue(int pixels) {
        assertThatThrownBy(() -> QrOptions.defaults().withModuleSize(pixels))
                .isInstanceOf(InvalidQrException.class)
                .hasMessage("QR option moduleSize is " + pixels + " pixels; it must be 1..32")
                .satisfies(e -> assertThat(((SpbeException) e).problems().get(0).rejectedValue()).contains(Integer.toString(pixels)));
    }

    @Test
    void defaults_areMStandardQuietZoneEightPixels() {
        assertThat(QrOptions.defaults()).isEqualTo(new QrOptions(ErrorCorrection.M, 4, 8));
        assertThat(QrOptions.defaults().withQuietZone(0).withModuleSize(32).withErrorCorrection(ErrorCorrection.H))
                .isEqualTo(new QrOptions(ErrorCorrection.H, 0, 32));
    }

    @Test
    void isDark_outsideTheMatrix_indexOutOfBounds() {
        QrCode qr = QrCode.of(issuer(HMAC).rotating("PTK-01", 3, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> qr.isDark(qr.size(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> qr.isDark(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        // the three finder patterns: dark corners
        assertThat(qr.isDark(0, 0)).isTrue();
        assertThat(qr.isDark(qr.size() - 1, 0)).isTrue();
        assertThat(qr.isDark(0, qr.size() - 1)).isTrue();
    }
}
