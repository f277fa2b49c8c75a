package io.github.spbe4j.catalog.internal.forms;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * The message texts of the forms' constraints, English and Indonesian: the catalog's, read once from
 * {@code CatalogMessages.properties} and {@code CatalogMessages_id.properties} next to this class — by
 * that name, so that an application's own {@code ValidationMessages.properties} neither hides them nor
 * is read instead — and those another module adds ({@link #with}); filled in here, without the JVM's
 * default locale ever choosing a language.
 */
public final class Messages {

    /** The bundle of English messages, next to this class. */
    public static final String ENGLISH_BUNDLE = "CatalogMessages.properties";
    /** The bundle of Indonesian messages, next to this class. */
    public static final String INDONESIAN_BUNDLE = "CatalogMessages_id.properties";

    private static final Pattern BRACES = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private final Properties english;
    private final Properties indonesian;

    private Messages(Properties english, Properties indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    /**
     * Returns the catalog's messages: the constraints of Jakarta Bean Validation this project uses, the
     * text and link policies' ({@link PlainText}) and the catalog file's own.
     *
     * @return the messages
     */
    public static Messages catalog() {
        return new Messages(read(ENGLISH_BUNDLE), read(INDONESIAN_BUNDLE));
    }

    /**
     * Returns these messages with more: another module's own bundles, which may not redefine a key.
     *
     * @param moreEnglish the English texts
     * @param moreIndonesian the Indonesian texts, with the same keys
     * @return the messages
     * @throws IllegalStateException if a key is defined twice or in one language only (a bug of the bundles)
     */
    public Messages with(Properties moreEnglish, Properties moreIndonesian) {
        if (!moreEnglish.stringPropertyNames().equals(moreIndonesian.stringPropertyNames())) {
            throw new IllegalStateException("the English and Indonesian bundles have different keys");
        }
        Properties en = new Properties();
        Properties id = new Properties();
        en.putAll(english);
        id.putAll(indonesian);
        for (String key : moreEnglish.stringPropertyNames()) {
            if (en.containsKey(key)) {
                throw new IllegalStateException("the message key " + key + " is defined twice");
            }
            en.setProperty(key, moreEnglish.getProperty(key));
            id.setProperty(key, moreIndonesian.getProperty(key));
        }
        return new Messages(en, id);
    }

    /**
     * Reads a bundle next to this class.
     *
     * @param resource its name
     * @return its texts
     */
    public static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " of spbe-catalog is missing next to " + Messages.class.getName());
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Tells whether a locale asks for Indonesian: language {@code id} or the old {@code in}.
     *
     * @param locale the locale
     * @return true for Indonesian
     */
    public static boolean indonesian(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    }

    /**
     * Fills in a template: every {@code {key}} of the bundle by its text in the locale's language, then
     * every {@code {name}} by a message parameter or an attribute of the constraint; anything else is
     * left as it is.
     */
    public String interpolate(String template, Map<String, Object> parameters, Locale locale) {
        Properties p = indonesian(locale) ? indonesian : english;
        String text = replace(template, key -> p.getProperty(key));
        return replace(text, name -> parameters.containsKey(name) ? show(parameters.get(name)) : null);
    }

    private static String replace(String template, java.util.function.Function<String, String> value) {
        Matcher m = BRACES.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String show(Object value) {
        if (value.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                sb.append(i > 0 ? ", " : "").append(Array.get(value, i));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** An interpolator of the catalog's messages in one language. */
    static final class Localized implements MessageInterpolator {
        private final Messages messages;
        private final Locale locale;

        Localized(Messages messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale chosen) {
            Map<String, Object> parameters = new java.util.HashMap<>(context.getConstraintDescriptor().getAttributes());
            if (context instanceof HibernateMessageInterpolatorContext h) {
                parameters.putAll(h.getMessageParameters());
            }
            return messages.interpolate(template, parameters, chosen);
        }
    }
}
