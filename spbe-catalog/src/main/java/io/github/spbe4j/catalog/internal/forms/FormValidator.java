package io.github.spbe4j.catalog.internal.forms;

import io.github.spbe4j.core.internal.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * The validator of the forms of spbe4j's files (the catalog file, the complaints file): checks a form's Jakarta Bean Validation constraints
 * (Hibernate Validator, without Jakarta EL) and returns every violation with its field path, rule,
 * message in the language asked for, and value.
 *
 * <p>Messages are English, or Indonesian for a locale of language {@code id}; the JVM's default
 * locale plays no part. Build it once and share it: it is immutable and thread-safe.
 */
public final class FormValidator {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Validator english;
    private final Validator indonesian;
    private final Messages messages;
    private final Set<Class<? extends Annotation>> classLevel;

    private FormValidator(Validator english, Validator indonesian, Messages messages, Set<Class<? extends Annotation>> classLevel) {
        this.english = english;
        this.indonesian = indonesian;
        this.messages = messages;
        this.classLevel = Set.copyOf(classLevel);
    }

    /**
     * Returns a new validator. Building one takes a while (Hibernate Validator bootstraps); keep it.
     *
     * @param messages the message texts, e.g. {@link Messages#catalog()}
     * @param classLevel the constraints placed on a form as a whole whose violation reports the value at
     *     its property path rather than the form (e.g. the catalog's {@code ValidCost})
     * @return the validator
     */
    public static FormValidator create(Messages messages, Set<Class<? extends Annotation>> classLevel) {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new Messages.Localized(messages, ENGLISH))
                .buildValidatorFactory();
        return new FormValidator(factory.getValidator(),
                factory.usingContext().messageInterpolator(new Messages.Localized(messages, INDONESIAN)).getValidator(), messages,
                classLevel);
    }

    /**
     * Returns a message of the catalog's bundles in a language, its parameters filled in: for the
     * problems the reader finds itself, such as ids used more than once.
     *
     * @param template the template, e.g. {@code {io.github.spbe4j.catalog.json.UniqueIds.services}}
     * @param parameters the values of the template's parameters
     * @param locale the language: Indonesian for language {@code id}, English otherwise
     * @return the message, one line
     */
    public String message(String template, Map<String, Object> parameters, Locale locale) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(locale, "locale");
        return Text.oneLine(messages.interpolate(template, parameters, locale));
    }

    /**
     * Returns every violation of a form's constraints, in document order (by path, array indexes by their
     * value: {@code services[2]} before {@code services[10]}).
     *
     * @param form the form, e.g. the catalog file's {@code ServiceForm}
     * @param locale the language of the messages: Indonesian for language {@code id}, English otherwise
     * @return the violations, empty when the form is valid
     */
    public List<FormViolation> validate(Object form, Locale locale) {
        Objects.requireNonNull(form, "form");
        Validator validator = Messages.indonesian(Objects.requireNonNull(locale, "locale")) ? indonesian : english;
        Set<FormViolation> found = new LinkedHashSet<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            found.add(violation(v));
        }
        List<FormViolation> list = new ArrayList<>(found);
        list.sort(null);
        return List.copyOf(list);
    }

    private FormViolation violation(ConstraintViolation<Object> v) {
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        Object value = classLevel.contains(constraint.annotationType()) ? walk(v.getRootBean(), v.getPropertyPath()) : v.getInvalidValue();
        String rule = dynamicRule(v);
        return new FormViolation(path(v.getPropertyPath()), rule != null ? rule : constraint.annotationType().getSimpleName(),
                Text.cut(Text.oneLine(v.getMessage()), 500), show(value));
    }

    /** Returns the rule a constraint named for its violation (the text and link policies' own), if it named one. */
    @SuppressWarnings("unchecked")
    private static @Nullable String dynamicRule(ConstraintViolation<Object> v) {
        HibernateConstraintViolation<Object> h = v.unwrap(HibernateConstraintViolation.class);
        return h.getDynamicPayload(String.class);
    }

    /** Shows a rejected value: a text quoted, a number as written, a list or map by its size, a form as an object. */
    private static String show(@Nullable Object value) {
        return value instanceof Record ? "an object" : Text.show(value);
    }

    /** Returns a path as JSON names it: {@code services[2].cost.rupiah}, {@code internal[jumlah-pelaksana]}. */
    public static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object key = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (key != null) {
                    sb.append('[').append(Text.clean(String.valueOf(key))).append(']');
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(n.getName());
            }
        }
        return sb.toString();
    }

    /** Returns the value at a path below a form, following record components, list indexes and map keys. */
    private static @Nullable Object walk(Object root, Path path) {
        Object current = root;
        for (Path.Node n : path) {
            if (current == null) {
                return null;
            }
            if (n.isInIterable()) {
                if (current instanceof List<?> list && n.getIndex() != null) {
                    int i = n.getIndex();
                    current = i < list.size() ? list.get(i) : null;
                } else if (current instanceof Map<?, ?> map) {
                    current = map.get(n.getKey());
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null && current != null) {
                current = component(current, n.getName());
            }
        }
        return current;
    }

    private static @Nullable Object component(Object record, String name) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                if (c.getName().equals(name)) {
                    try {
                        java.lang.reflect.Method accessor = c.getAccessor();
                        // forms are package-private records of the module that reads a file; it opens their package to this one
                        accessor.setAccessible(true);
                        return accessor.invoke(record);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
