package io.github.spbe4j.catalog.internal.forms;

import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.internal.InputRules;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
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
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a text of the catalog file: the characters its kind of field may hold, by spbe-core's
 * text policy, and, for fields with a form of their own, that form — a link by spbe-core's link policy,
 * a processing time, a village code. Null is valid; blankness and length are other constraints' job.
 *
 * <p>One constraint for every free-text field, so that the file's forms, the model and the CPSV-AP
 * import refuse the same texts. The rule a violation reports is the policy's ({@code Text} or
 * {@code Link}) or the form's ({@code ProcessingTimeText}, {@code VillageCode}).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /**
     * Returns the kind of field.
     *
     * @return the kind
     */
    Kind value();

    /**
     * Returns the message template; each kind of violation has its own.
     *
     * @return the template
     */
    String message() default "{io.github.spbe4j.catalog.json.PlainText.message}";

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

    /** The kinds of text field. */
    public enum Kind {
        /** An id, a code or a name (of an instansi or a unit): {@link TextPolicy#NAME}. */
        NAME,
        /** One line of text — a title, a keyword, a unit of cost: {@link TextPolicy#LINE}. */
        LINE,
        /** Text over several lines — a description, a procedure step: {@link TextPolicy#MULTI_LINE}. */
        MULTI_LINE,
        /** A web address or a document's address: {@link LinkPolicy#WEB}. */
        WEB_LINK,
        /** A complaint channel's contact: a line of text, or a link by {@link LinkPolicy#CONTACT}. */
        CONTACT,
        /** A channel's address: a line of text, or a link by {@link LinkPolicy#WEB}. */
        ADDRESS,
        /** A processing time, {@code "5 hari kerja"}: one line that {@link ProcessingTime#parse} reads. */
        PROCESSING_TIME,
        /** A Kemendagri village code, {@code "99.71.01.1001"}. */
        VILLAGE_CODE
    }

    /** The prefix of this constraint's message keys. */
    String KEYS = "io.github.spbe4j.catalog.json.";

    /** The validator of {@link PlainText}. */
    final class Validator implements ConstraintValidator<PlainText, String> {

        /** The schemes of each link policy, to say which scheme was refused; the policy itself decides. */
        private static final java.util.Set<String> WEB_SCHEMES = java.util.Set.of("http", "https");
        private static final java.util.Set<String> CONTACT_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

        private Kind kind = Kind.LINE;

        /** Creates the validator; Hibernate Validator does. */
        public Validator() {
        }

        @Override
        public void initialize(PlainText annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            HibernateConstraintValidatorContext c = Validators.hibernate(context);
            return switch (kind) {
                case NAME -> text(c, TextPolicy.NAME, value);
                case LINE -> text(c, TextPolicy.LINE, value);
                case MULTI_LINE -> text(c, TextPolicy.MULTI_LINE, value);
                case WEB_LINK -> link(c, LinkPolicy.WEB, value);
                case CONTACT -> InputRules.isLink(value) ? link(c, LinkPolicy.CONTACT, value) : text(c, TextPolicy.LINE, value);
                case ADDRESS -> InputRules.isLink(value) ? link(c, LinkPolicy.WEB, value) : text(c, TextPolicy.LINE, value);
                case PROCESSING_TIME -> text(c, TextPolicy.LINE, value) && reads(c, value, "ProcessingTimeText", v -> ProcessingTime.parse(v) != null);
                case VILLAGE_CODE -> text(c, TextPolicy.NAME, value) && reads(c, value, "VillageCode", PlainText.Validator::village);
            };
        }

        private static boolean village(String value) {
            RegionCode code = RegionCode.parse(value);
            return code.level() == RegionCode.Level.VILLAGE && code.scheme() == RegionCode.Scheme.KEMENDAGRI;
        }

        private static boolean reads(HibernateConstraintValidatorContext c, String value, String rule,
                java.util.function.Predicate<String> reads) {
            boolean ok;
            try {
                ok = reads.test(value);
            } catch (SpbeException | IllegalArgumentException e) {
                ok = false;
            }
            if (!ok) {
                violation(c, rule, "{" + KEYS + rule + ".message}");
            }
            return ok;
        }

        private static boolean text(HibernateConstraintValidatorContext c, TextPolicy policy, String value) {
            Optional<TextPolicy.Violation> found = policy.find(value);
            found.ifPresent(v -> {
                c.addMessageParameter("code", v.code()).addMessageParameter("position", v.position());
                violation(c, TextPolicy.RULE, "{" + KEYS + "Text." + key(policy, v.reason()) + "}");
            });
            return found.isEmpty();
        }

        /** The message key of what a policy refused: {@code control}, {@code lineBreakMultiLine}, {@code bidi} … */
        private static String key(TextPolicy policy, TextPolicy.Reason reason) {
            String multi = policy == TextPolicy.MULTI_LINE ? "MultiLine" : "";
            return switch (reason) {
                case CONTROL -> "control" + multi;
                case LINE_BREAK -> "lineBreak" + multi;
                case SURROGATE -> "surrogate";
                case BIDI -> "bidi";
                case INVISIBLE -> "invisible";
                case NONCHARACTER -> "noncharacter";
            };
        }

        private static boolean link(HibernateConstraintValidatorContext c, LinkPolicy policy, String value) {
            Optional<String> reason = policy.violation(value);
            if (reason.isEmpty()) {
                return true;
            }
            String which = policy == LinkPolicy.WEB ? "web" : "contact";
            Optional<String> scheme = InputRules.scheme(value);
            if (scheme.isPresent() && !(policy == LinkPolicy.WEB ? WEB_SCHEMES : CONTACT_SCHEMES)
                    .contains(scheme.get().toLowerCase(Locale.ROOT))) {
                c.addMessageParameter("scheme", io.github.spbe4j.core.internal.Text.clean(scheme.get()));
                violation(c, LinkPolicy.RULE, "{" + KEYS + "Link.scheme." + which + "}");
            } else {
                c.addMessageParameter("reason", reason.get());
                violation(c, LinkPolicy.RULE, "{" + KEYS + "Link.invalid." + which + "}");
            }
            return false;
        }

        private static void violation(HibernateConstraintValidatorContext c, String rule, String template) {
            c.disableDefaultConstraintViolation();
            c.withDynamicPayload(rule);
            c.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        }
    }
}
