package io.github.spbe4j.catalog.form;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message texts of the form constraints, English and Indonesian, read once from
 * {@code ValidationMessages.properties} and {@code ValidationMessages_id.properties} of this module
 * — without the JVM's default locale ever choosing a language.
 */
final class Messages {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private final Properties english;
    private final Properties indonesian;

    private Messages(Properties english, Properties indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    static Messages load() {
        Properties en = read("/ValidationMessages.properties");
        Properties id = read("/ValidationMessages_id.properties");
        return new Messages(en, id);
    }

    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " of spbe-catalog is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static boolean indonesian(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    }

    /** Replaces every {@code {key}} of a bundle in the template by its text in the locale's language. */
    String resolve(String template, Locale locale) {
        Properties p = indonesian(locale) ? indonesian : english;
        Matcher m = KEY.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String text = p.getProperty(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(text != null ? text : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An interpolator that resolves our keys in one language, then lets Hibernate Validator fill in parameters. */
    static final class Localized implements MessageInterpolator {
        private final Messages messages;
        private final MessageInterpolator parameters;
        private final Locale locale;

        Localized(Messages messages, MessageInterpolator parameters, Locale locale) {
            this.messages = messages;
            this.parameters = parameters;
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale chosen) {
            return parameters.interpolate(messages.resolve(template, chosen), context, chosen);
        }
    }
}
