package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a whole number of the catalog file however JSON writes it — {@code 5000}, {@code 5000.0} or
 * {@code 5e3} — as spbe-core reads its whole numbers; {@code 1.5} is not one, and one beyond a
 * {@code long} is out of range.
 */
final class WholeNumber extends StdDeserializer<Long> {

    private static final long serialVersionUID = 1L;

    /** Creates the reader; Jackson does, for the fields that name it. */
    WholeNumber() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new InputCoercionException(p, "out of range", t, Long.class);
            }
            return p.getLongValue();
        }
        if (t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw MismatchedInputException.from(p, Long.class, "not a number");
        }
        BigDecimal d = p.getDecimalValue();
        // a whole number has no fraction; its size is known from precision and scale without arithmetic on a huge exponent
        if (d.signum() != 0 && d.precision() - d.scale() > 19) {
            throw new InputCoercionException(p, "out of range", t, Long.class);
        }
        BigDecimal whole = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw MismatchedInputException.from(p, Long.class, "not a whole number");
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw new InputCoercionException(p, "out of range", t, Long.class);
        }
    }
}
