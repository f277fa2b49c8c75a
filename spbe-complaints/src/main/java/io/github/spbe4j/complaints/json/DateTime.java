package io.github.spbe4j.complaints.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a time stamp of the complaints file: a date and time with its offset, ISO 8601, such
 * as {@code 2026-03-17T09:15:00+07:00} or {@code 2026-03-17T02:15:00Z}. Null is valid.
 */
@Documented
@Constraint(validatedBy = DateTime.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface DateTime {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.complaints.json.dateTime}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** The validator of {@link DateTime}. */
    final class Validator implements ConstraintValidator<DateTime, String> {

        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        /**
         * Reads a time stamp.
         *
         * @param text the text
         * @return the instant, or null when the text is not a date and time with its offset
         */
        static @Nullable Instant parse(String text) {
            if (text.length() > FormRules.MAX_TIME) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || parse(value) != null;
        }
    }
}
