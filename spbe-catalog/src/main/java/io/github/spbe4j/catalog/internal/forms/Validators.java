package io.github.spbe4j.catalog.internal.forms;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** The validators of the form package's own constraints. */
public final class Validators {

    private Validators() {
    }

    /** Adds a violation of a template at a property of the validated bean. */
    public static void at(ConstraintValidatorContext context, String template, String property) {
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
    }

    public static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
        return context.unwrap(HibernateConstraintValidatorContext.class);
    }
}
