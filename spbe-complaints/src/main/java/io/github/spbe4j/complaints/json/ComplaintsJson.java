package io.github.spbe4j.complaints.json;

import com.fasterxml.jackson.core.JacksonException;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.complaints.privacy.PublicComplaint;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The codec of complaints files ({@code spbe-complaints/1}, see docs/complaints-format.md): reads a
 * {@link ComplaintRegister} — the agency, its topic tree and its complaints, each replayed event by
 * event through its lifecycle — and writes one.
 *
 * <p>Reading is strict and all-or-nothing: unknown fields, duplicate keys, trailing content and values
 * of the wrong type are refused, and a file with any problem gives one {@link InvalidComplaintException}
 * naming every problem, each with its path, rule and value, such as
 * {@code complaints[2].events[1]: cannot follow-up a complaint that is submitted; allowed now for
 * liaison: nothing}; constraint messages are English, or Indonesian for a locale of language
 * {@code id}. Writing is canonical: indented, fields in a fixed order, times in the agency's zone;
 * reading what was written gives an equal register.
 *
 * <pre>{@code
 * ComplaintRegister register = ComplaintsJson.read(Path.of("examples/data/kota-contoh-complaints.json"));
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintsJson {

    private ComplaintsJson() {
    }

    /**
     * Reads a complaints file, with messages in English, its complaints following the SP4N-LAPOR! table.
     *
     * @param file the file
     * @return the register
     * @throws InvalidComplaintException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static ComplaintRegister read(Path file) {
        return read(file, Locale.ENGLISH, TransitionTable.sp4nLapor());
    }

    /**
     * Reads a complaints file, with messages in a language, its complaints following a table.
     *
     * @param file the file
     * @param locale the language of constraint messages: Indonesian for language {@code id}, English otherwise
     * @param table the transition table the complaints follow, e.g. a deployment's tightened one
     * @return the register
     * @throws InvalidComplaintException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static ComplaintRegister read(Path file, Locale locale, TransitionTable table) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(table, "table");
        return StrictJson.readFile(file, "complaints file", (in, name) -> read(in, name, locale, table));
    }

    /**
     * Reads a complaints file from a stream, which is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @param locale the language of constraint messages
     * @param table the transition table the complaints follow
     * @return the register
     * @throws InvalidComplaintException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static ComplaintRegister read(InputStream in, String source, Locale locale, TransitionTable table) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(table, "table");
        String subject = "complaints file " + Text.oneLine(Objects.requireNonNull(source, "source"));
        return new ComplaintsReader(locale, table).read(StrictJson.readTree(ComplaintsFiles.MAPPER, in, subject,
                InvalidComplaintException::new), subject);
    }

    /**
     * Reads a complaints file's text, with messages in English, its complaints following the SP4N-LAPOR! table.
     *
     * @param json the text
     * @return the register
     * @throws InvalidComplaintException listing every problem
     */
    public static ComplaintRegister parse(String json) {
        return parse(json, Locale.ENGLISH);
    }

    /**
     * Reads a complaints file's text, with messages in a language.
     *
     * @param json the text
     * @param locale the language of constraint messages
     * @return the register
     * @throws InvalidComplaintException listing every problem
     */
    public static ComplaintRegister parse(String json, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String subject = "complaints file (JSON text)";
        return new ComplaintsReader(locale, TransitionTable.sp4nLapor()).read(StrictJson.readTree(ComplaintsFiles.MAPPER, json, subject,
                InvalidComplaintException::new), subject);
    }

    /**
     * Writes a register as a complaints file.
     *
     * @param register the register
     * @return the file's text, ending in a line break
     */
    public static String write(ComplaintRegister register) {
        try {
            return ComplaintsFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    ComplaintsWriter.tree(Objects.requireNonNull(register, "register"))) + "\n";
        } catch (JacksonException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the public view of complaints as a JSON array for a portal, times in a zone.
     *
     * @param complaints the public complaints, e.g. from {@code PublicProjection.standard().project(register.complaints())}
     * @param zone the zone of the times, e.g. the agency's
     * @return the array's text, ending in a line break
     */
    public static String writePublic(Collection<PublicComplaint> complaints, ZoneId zone) {
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(zone, "zone");
        try {
            return ComplaintsFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(PublicWriter.tree(complaints, zone)) + "\n";
        } catch (JacksonException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }
}
