package io.github.spbe4j.attendance.qr;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.core.internal.Text;
import java.util.Objects;

/**
 * The QR code of a location token: its text in alphanumeric mode (the token's Base45 text is made of
 * exactly that character set), the smallest version that holds it at the chosen error correction, and
 * the matrix of dark and light modules, written as PNG or SVG. Immutable and thread-safe.
 *
 * <pre>{@code
 * QrCode qr = QrCode.of(issuer.rotating("PTK-01", 1, Duration.ofSeconds(30)));
 * byte[] png = qr.toPng();        // 8 pixels a module, quiet zone of 4, error correction M
 * String svg = qr.toSvg();        // one path, no external references
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QrCode {

    /** The characters of QR alphanumeric mode, which are those of Base45. */
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private final String text;
    private final QrOptions options;
    private final int version;
    private final int size;
    private final boolean[] dark;

    private QrCode(String text, QrOptions options) {
        this.text = text;
        this.options = options;
        com.google.zxing.qrcode.encoder.QRCode code;
        try {
            code = Encoder.encode(text, options.errorCorrection().level());
        } catch (WriterException e) {
            // unreachable for texts of at most TokenVerifier.MAX_TEXT_LENGTH characters
            throw InvalidQrException.of("text", "QrCapacity", "a QR code cannot hold " + text.length()
                    + " characters at error correction " + options.errorCorrection(), Integer.toString(text.length()));
        }
        this.version = code.getVersion().getVersionNumber();
        ByteMatrix matrix = code.getMatrix();
        this.size = matrix.getWidth();
        this.dark = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark[y * size + x] = matrix.get(x, y) == 1;
            }
        }
    }

    /**
     * The QR code of a token with the default options (error correction M).
     *
     * @param token the token
     * @return its QR code
     */
    public static QrCode of(LocationToken token) {
        return of(token, QrOptions.defaults());
    }

    /**
     * The QR code of a token.
     *
     * @param token the token
     * @param options how to encode and draw it
     * @return its QR code
     */
    public static QrCode of(LocationToken token, QrOptions options) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        return new QrCode(token.text(), options);
    }

    /**
     * The QR code of a token's text, as a display receives it from the server: {@value
     * LocationToken#PREFIX} and Base45, at most {@link TokenVerifier#MAX_TEXT_LENGTH} characters. The
     * text is not verified; a scanner's verifier does that.
     *
     * @param text a token's text
     * @param options how to encode and draw it
     * @return its QR code
     * @throws InvalidQrException if the text is not of a token's text form
     */
    public static QrCode ofText(CharSequence text, QrOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        if (text.length() > TokenVerifier.MAX_TEXT_LENGTH) {
            throw InvalidQrException.of("text", "TokenTextLength", "a token's text has at most " + TokenVerifier.MAX_TEXT_LENGTH
                    + " characters; this one has " + text.length(), Text.quote(text));
        }
        String s = text.toString();
        if (!s.startsWith(LocationToken.PREFIX) || s.length() == LocationToken.PREFIX.length()) {
            throw InvalidQrException.of("text", "TokenTextForm", "a token's text is " + LocationToken.PREFIX
                    + " followed by Base45; " + Text.quote(s) + " is not", Text.quote(s));
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHANUMERIC.indexOf(s.charAt(i)) < 0) {
                throw InvalidQrException.of("text", "TokenTextForm", "a token's text is made of QR alphanumeric characters"
                        + " (0-9 A-Z space $ % * + - . / :); " + Text.quote(s) + " has " + Text.quote(String.valueOf(s.charAt(i)))
                        + " at index " + i, Text.quote(s));
            }
        }
        return new QrCode(s, options);
    }

    /**
     * The encoded text.
     *
     * @return the token's text
     */
    public String text() {
        return text;
    }

    /**
     * The options it was made with.
     *
     * @return the options
     */
    public QrOptions options() {
        return options;
    }

    /**
     * The error-correction level.
     *
     * @return the level of the options
     */
    public ErrorCorrection errorCorrection() {
        return options.errorCorrection();
    }

    /**
     * The QR version, the smallest that holds the text at this error correction.
     *
     * @return 1..40
     */
    public int version() {
        return version;
    }

    /**
     * The number of modules on a side, without the quiet zone: {@code 17 + 4 * version()}.
     *
     * @return the side in modules
     */
    public int size() {
        return size;
    }

    /**
     * Whether a module is dark.
     *
     * @param x the column, 0 at the left, without the quiet zone
     * @param y the row, 0 at the top
     * @return true for a dark module
     * @throws IndexOutOfBoundsException if x or y is outside 0..size()-1
     */
    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return dark[y * size + x];
    }

    /**
     * The code as a PNG image: black modules of {@link QrOptions#moduleSize()} pixels on white, with
     * the quiet zone, one bit a pixel.
     *
     * @return the PNG bytes
     */
    public byte[] toPng() {
        return QrImages.png(this);
    }

    /**
     * The code as a standalone SVG document: a white background and one black path, in a view box
     * counted in modules (quiet zone included), sized {@link QrOptions#moduleSize()} pixels a module.
     * It has no DOCTYPE, no script and no external reference.
     *
     * @return the SVG text
     */
    public String toSvg() {
        return QrImages.svg(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QrCode q && text.equals(q.text) && options.equals(q.options);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + options.hashCode();
    }

    /** A summary: version, error correction, size and the length of the text. */
    @Override
    public String toString() {
        return "QrCode[version " + version + ", " + options.errorCorrection() + ", " + size + "x" + size + " modules, "
                + text.length() + " characters]";
    }
}
