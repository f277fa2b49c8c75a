package io.github.spbe4j.attendance.qr;

import java.util.Objects;

/**
 * How a {@link QrCode} is encoded and drawn: its error-correction level, the width of the light quiet
 * zone around it in modules, and the size of one module in pixels (for PNG; SVG states the same size
 * as its width and height). Immutable and thread-safe.
 *
 * <pre>{@code
 * QrOptions options = QrOptions.defaults().withErrorCorrection(ErrorCorrection.Q).withModuleSize(10);
 * }</pre>
 *
 * @param errorCorrection the error-correction level
 * @param quietZone the quiet zone in modules, {@value #MIN_QUIET_ZONE}..{@value #MAX_QUIET_ZONE}
 * @param moduleSize one module's side in pixels, {@value #MIN_MODULE_SIZE}..{@value #MAX_MODULE_SIZE}
 * @since 0.1.0
 */
public record QrOptions(ErrorCorrection errorCorrection, int quietZone, int moduleSize) {

    /** The quiet zone the QR standard asks for, in modules; the default. */
    public static final int STANDARD_QUIET_ZONE = 4;
    /** The narrowest quiet zone accepted (for a code placed on a light background of its own). */
    public static final int MIN_QUIET_ZONE = 0;
    /** The widest quiet zone accepted. */
    public static final int MAX_QUIET_ZONE = 16;
    /** The default module size in pixels. */
    public static final int DEFAULT_MODULE_SIZE = 8;
    /** The smallest module size in pixels. */
    public static final int MIN_MODULE_SIZE = 1;
    /** The largest module size in pixels. */
    public static final int MAX_MODULE_SIZE = 32;

    private static final QrOptions DEFAULTS = new QrOptions(ErrorCorrection.M, STANDARD_QUIET_ZONE, DEFAULT_MODULE_SIZE);

    /**
     * Checks the options.
     *
     * @throws InvalidQrException if the quiet zone or the module size is out of its range
     */
    public QrOptions {
        Objects.requireNonNull(errorCorrection, "errorCorrection");
        if (quietZone < MIN_QUIET_ZONE || quietZone > MAX_QUIET_ZONE) {
            throw InvalidQrException.of("quietZone", "QuietZoneRange", "QR option quietZone is " + quietZone
                    + " modules; it must be " + MIN_QUIET_ZONE + ".." + MAX_QUIET_ZONE, Integer.toString(quietZone));
        }
        if (moduleSize < MIN_MODULE_SIZE || moduleSize > MAX_MODULE_SIZE) {
            throw InvalidQrException.of("moduleSize", "ModuleSizeRange", "QR option moduleSize is " + moduleSize
                    + " pixels; it must be " + MIN_MODULE_SIZE + ".." + MAX_MODULE_SIZE, Integer.toString(moduleSize));
        }
    }

    /**
     * Error correction M, the standard quiet zone of {@value #STANDARD_QUIET_ZONE} modules, modules of
     * {@value #DEFAULT_MODULE_SIZE} pixels.
     *
     * @return the default options
     */
    public static QrOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another error-correction level.
     *
     * @param level the level
     * @return the options
     */
    public QrOptions withErrorCorrection(ErrorCorrection level) {
        return new QrOptions(level, quietZone, moduleSize);
    }

    /**
     * These options with another quiet zone.
     *
     * @param modules the quiet zone in modules
     * @return the options
     * @throws InvalidQrException if modules is out of range
     */
    public QrOptions withQuietZone(int modules) {
        return new QrOptions(errorCorrection, modules, moduleSize);
    }

    /**
     * These options with another module size.
     *
     * @param pixels one module's side in pixels
     * @return the options
     * @throws InvalidQrException if pixels is out of range
     */
    public QrOptions withModuleSize(int pixels) {
        return new QrOptions(errorCorrection, quietZone, pixels);
    }
}
