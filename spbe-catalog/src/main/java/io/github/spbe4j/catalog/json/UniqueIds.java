package io.github.spbe4j.catalog.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a {@link CatalogFileForm}: no two concepts and no two services share an id.
 */
@Documented
@Constraint(validatedBy = UniqueIds.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface UniqueIds {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.UniqueIds.message}";

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

    /** The validator of {@link UniqueIds}. */
    final class Validator implements ConstraintValidator<UniqueIds, CatalogFileForm> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable CatalogFileForm file, ConstraintValidatorContext context) {
            if (file == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean concepts = unique(context, "concepts", file.concepts(), ConceptForm::id);
            boolean services = unique(context, "services", file.services(), ServiceForm::id);
            return concepts && services;
        }

        private static <T> boolean unique(ConstraintValidatorContext context, String list, @Nullable List<@Nullable T> items,
                Function<T, @Nullable String> id) {
            if (items == null) {
                return true;
            }
            Set<String> seen = new HashSet<>();
            boolean valid = true;
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String key = item == null ? null : id.apply(item);
                if (key != null && !seen.add(key)) {
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(list).addPropertyNode("id").inIterable().atIndex(i).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
