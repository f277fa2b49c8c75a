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
 * A constraint on a {@link ServiceForm}: it has a title unless it names a concept, whose title it then inherits.
 */
@Documented
@Constraint(validatedBy = TitleOrConcept.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface TitleOrConcept {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.TitleOrConcept.message}";

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

    /** The validator of {@link TitleOrConcept}. */
    final class Validator implements ConstraintValidator<TitleOrConcept, ServiceForm> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable ServiceForm form, ConstraintValidatorContext context) {
            if (form == null || form.title() != null || form.concept() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Validators.at(context, context.getDefaultConstraintMessageTemplate(), "title");
            return false;
        }
    }
}
