package io.github.spbe4j.catalog.json;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
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
 * A constraint on a text: it is a Kemendagri village-level region code (a kelurahan, desa or desa adat), such as {@code "99.71.01.1001"}; null is valid.
 */
@Documented
@Constraint(validatedBy = VillageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface VillageCode {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.VillageCode.message}";

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

    /** The validator of {@link VillageCode}. */
    final class Validator implements ConstraintValidator<VillageCode, String> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                RegionCode code = RegionCode.parse(value);
                return code.level() == RegionCode.Level.VILLAGE && code.scheme() == RegionCode.Scheme.KEMENDAGRI;
            } catch (SpbeException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
