package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.core.SpbeException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a text: it reads as a {@link io.github.spbe4j.catalog.ProcessingTime}, a whole number and a unit such as {@code "5 hari kerja"}; null is valid.
 */
@Documented
@Constraint(validatedBy = ProcessingTimeText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface ProcessingTimeText {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.ProcessingTimeText.message}";

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

    /** The validator of {@link ProcessingTimeText}. */
    final class Validator implements ConstraintValidator<ProcessingTimeText, String> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ProcessingTime.parse(value);
                return true;
            } catch (SpbeException e) {
                return false;
            }
        }
    }
}
