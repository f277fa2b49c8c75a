package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.Validators;
import io.github.spbe4j.catalog.DigitalLevel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a {@link ServiceForm}: a digital level of interaksi (2) or above comes with an online channel (web or mobile app).
 */
@Documented
@Constraint(validatedBy = OnlineChannelForLevel.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OnlineChannelForLevel {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.OnlineChannelForLevel.message}";

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

    /** The validator of {@link OnlineChannelForLevel}. */
    final class Validator implements ConstraintValidator<OnlineChannelForLevel, ServiceForm> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable ServiceForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            DigitalLevel level = form.level().orElse(null);
            if (level == null || level.level() < DigitalLevel.INTERAKSI.level() || form.hasOnlineChannel()) {
                return true;
            }
            HibernateConstraintValidatorContext c = Validators.hibernate(context);
            c.addMessageParameter("level", Names.of(level) + " (" + level.level() + ")");
            c.disableDefaultConstraintViolation();
            Validators.at(c, c.getDefaultConstraintMessageTemplate(), "digitalLevel");
            return false;
        }
    }
}
