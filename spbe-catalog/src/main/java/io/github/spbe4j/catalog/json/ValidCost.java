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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a {@link CostForm}: its amounts fit its kind — free has none, fixed a positive {@code rupiah}, range a {@code minimum} below its {@code maximum}, per-unit a positive {@code rupiah} and a {@code unit}; free has no tariff either.
 */
@Documented
@Constraint(validatedBy = ValidCost.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidCost {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.ValidCost.message}";

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

    /** The validator of {@link ValidCost}: which amounts a kind of cost has. */
    final class Validator implements ConstraintValidator<ValidCost, CostForm> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        private static final String REQUIRED = "{io.github.spbe4j.catalog.json.cost.required}";
        private static final String FORBIDDEN = "{io.github.spbe4j.catalog.json.cost.forbidden}";
        private static final String POSITIVE = "{io.github.spbe4j.catalog.json.cost.positive}";
        private static final String RANGE = "{io.github.spbe4j.catalog.json.cost.range}";

        @Override
        public boolean isValid(@Nullable CostForm cost, ConstraintValidatorContext context) {
            if (cost == null) {
                return true;
            }
            CostForm.Kind kind = Names.parse(CostForm.Kind.class, cost.kind());
            if (kind == null) {
                return true; // OneOf or NotNull reports it
            }
            HibernateConstraintValidatorContext c = Validators.hibernate(context);
            c.addMessageParameter("kind", Names.of(kind));
            c.disableDefaultConstraintViolation();
            boolean valid = true;
            boolean amount = kind == CostForm.Kind.FIXED || kind == CostForm.Kind.PER_UNIT;
            valid &= presence(c, "rupiah", cost.rupiah(), amount);
            valid &= presence(c, "minimum", cost.minimum(), kind == CostForm.Kind.RANGE);
            valid &= presence(c, "maximum", cost.maximum(), kind == CostForm.Kind.RANGE);
            valid &= presence(c, "unit", cost.unit(), kind == CostForm.Kind.PER_UNIT);
            if (kind == CostForm.Kind.FREE && cost.tariff() != null) {
                Validators.at(c, FORBIDDEN, "tariff");
                valid = false;
            }
            Long rupiah = cost.rupiah();
            if (amount && rupiah != null && rupiah == 0) {
                Validators.at(c, POSITIVE, "rupiah");
                valid = false;
            }
            Long min = cost.minimum();
            Long max = cost.maximum();
            if (kind == CostForm.Kind.RANGE && min != null && max != null && max <= min) {
                c.addMessageParameter("minimum", min);
                Validators.at(c, RANGE, "maximum");
                valid = false;
            }
            return valid;
        }

        private static boolean presence(ConstraintValidatorContext c, String field, @Nullable Object value, boolean wanted) {
            if (wanted && value == null) {
                Validators.at(c, REQUIRED, field);
                return false;
            }
            if (!wanted && value != null) {
                Validators.at(c, FORBIDDEN, field);
                return false;
            }
            return true;
        }
    }
}
