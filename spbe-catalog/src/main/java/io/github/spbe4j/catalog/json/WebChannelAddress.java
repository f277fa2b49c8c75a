package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.Validators;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.internal.InputRules;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.TextPolicy;
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
 * A constraint on a {@link ChannelForm}: a web channel has an address, and it is written as an http or
 * https link. (Whether such a link is allowed is {@link PlainText}'s check of the address; this one only
 * reports what that check cannot see: a web channel without an address, or with plain text for one.)
 */
@Documented
@Constraint(validatedBy = WebChannelAddress.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface WebChannelAddress {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.WebChannelAddress.message}";

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

    /** The validator of {@link WebChannelAddress}. */
    final class Validator implements ConstraintValidator<WebChannelAddress, ChannelForm> {
        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public boolean isValid(@Nullable ChannelForm form, ConstraintValidatorContext context) {
            if (form == null || Names.parse(Channel.Kind.class, form.kind()) != Channel.Kind.WEB) {
                return true;
            }
            String address = form.address();
            String template;
            if (address == null) {
                template = context.getDefaultConstraintMessageTemplate();
            } else if (!address.isBlank() && !InputRules.isLink(address) && TextPolicy.LINE.allows(address)) {
                template = "{io.github.spbe4j.catalog.json.Link.webAddress}";
            } else {
                return true; // a link, blank or refused text: the address's own constraints report it
            }
            HibernateConstraintValidatorContext c = Validators.hibernate(context);
            c.disableDefaultConstraintViolation();
            c.withDynamicPayload(LinkPolicy.RULE);
            Validators.at(c, template, "address");
            return false;
        }
    }
}
