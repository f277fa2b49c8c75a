package io.github.spbe4j.attendance.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The error-correction level of a QR code (ISO/IEC 18004): how much of the symbol may be damaged or
 * hidden and still be read, traded against size. M is the default for attendance codes.
 *
 * @since 0.1.0
 */
public enum ErrorCorrection {
    /** About 7% of the codewords may be restored. */
    L(ErrorCorrectionLevel.L),
    /** About 15% of the codewords may be restored; the default. */
    M(ErrorCorrectionLevel.M),
    /** About 25% of the codewords may be restored. */
    Q(ErrorCorrectionLevel.Q),
    /** About 30% of the codewords may be restored. */
    H(ErrorCorrectionLevel.H);

    private final ErrorCorrectionLevel level;

    ErrorCorrection(ErrorCorrectionLevel level) {
        this.level = level;
    }

    ErrorCorrectionLevel level() {
        return level;
    }
}
