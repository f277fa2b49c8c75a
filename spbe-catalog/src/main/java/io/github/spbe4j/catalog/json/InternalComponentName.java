package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.Validators;
import io.github.spbe4j.catalog.StandarComponent;
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
 * A constraint on a text: it is the kebab name of one of the internal standar components 8..14, such as {@code "sarana-prasarana"}; null is valid.
 */
@Documented
@Constraint(validatedBy = InternalComponentName.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface InternalComponentName {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.InternalComponentName.message}";

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

    /** The validator of {@link InternalComponentName}. */
    final class Validator implements ConstraintValidator<InternalComponentName, String> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            StandarComponent c = Names.parse(StandarComponent.class, value);
            if (c != null && c.number() >= StandarComponent.SARANA_PRASARANA.number()) {
                return true;
            }
            Validators.hibernate(context).addMessageParameter("allowed", Names.internalComponents());
            return false;
        }
    }
}
