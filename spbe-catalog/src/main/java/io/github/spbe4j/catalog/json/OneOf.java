package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.Validators;
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
 * A constraint on a text: it is the kebab name ({@code "mal-pelayanan-publik"}) of one of an enumeration's constants; null is valid.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface OneOf {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.OneOf.message}";

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

    /**
     * Returns the enumeration whose kebab names are allowed.
     *
     * @return the enumeration
     */
    Class<? extends Enum<?>> value();

    /** The validator of {@link OneOf}. */
    final class Validator implements ConstraintValidator<OneOf, String> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        private Class<? extends Enum<?>> type = CostForm.Kind.class;

        @Override
        public void initialize(OneOf annotation) {
            type = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (Enum<?> e : type.getEnumConstants()) {
                if (Names.of(e).equals(value)) {
                    return true;
                }
            }
            Validators.hibernate(context).addMessageParameter("allowed", Names.allowed(type));
            return false;
        }
    }
}
