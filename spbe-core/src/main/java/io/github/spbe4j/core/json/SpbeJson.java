package io.github.spbe4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes spbe-core's JSON forms: frameworks, assessments, score cards and instansi (a
 * government with its organisation of units).
 *
 * <p>Reading never fails with a Jackson stack trace: malformed JSON, a field of the wrong type, an
 * unknown field or a broken rule all end in one {@link SpbeException} (an
 * {@link InvalidFrameworkException}, {@link InvalidAssessmentException} or
 * {@link InvalidAgencyException}) that lists every problem, naming the field, the rule and the value.
 * Numbers are read as exact decimals.
 *
 * <pre>{@code
 * Assessment a = SpbeJson.readAssessment(Path.of("examples/data/kota-contoh-2025-spbe-2020.json"));
 * String json = SpbeJson.write(Scorer.of(framework).score(a));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SpbeJson {

    private static final ObjectMapper MAPPER = newMapper();

    private SpbeJson() {
    }

    /**
     * Returns a new mapper configured as spbe4j reads and writes: {@link SpbeCoreModule}, exact
     * decimals, duplicate keys and trailing tokens refused, decimals written plainly, indented.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new SpbeCoreModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * Reads a framework from a file.
     *
     * @param file the file
     * @return the framework, valid
     * @throws InvalidFrameworkException listing every problem
     * @throws SpbeException if the file cannot be read
     */
    public static Framework readFramework(Path file) {
        return fromFile(file, "framework", FrameworkCodec::read, InvalidFrameworkException::new);
    }

    /**
     * Reads a framework from a stream, which is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @return the framework, valid
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework readFramework(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        return FrameworkCodec.read(tree(in, "framework file " + Fields.oneLine(source), InvalidFrameworkException::new), source);
    }

    /**
     * Reads a framework from JSON text.
     *
     * @param json the text
     * @return the framework, valid
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework readFramework(String json) {
        return FrameworkCodec.read(tree(json, "framework (JSON text)", InvalidFrameworkException::new), "(JSON text)");
    }

    /**
     * Reads an assessment from a file.
     *
     * @param file the file
     * @return the assessment
     * @throws InvalidAssessmentException listing every problem
     * @throws SpbeException if the file cannot be read
     */
    public static Assessment readAssessment(Path file) {
        return fromFile(file, "assessment", AssessmentCodec::read, InvalidAssessmentException::new);
    }

    /**
     * Reads an assessment from a stream, which is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages
     * @return the assessment
     * @throws InvalidAssessmentException listing every problem
     */
    public static Assessment readAssessment(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        return AssessmentCodec.read(tree(in, "assessment " + Fields.oneLine(source), InvalidAssessmentException::new), source);
    }

    /**
     * Reads an assessment from JSON text.
     *
     * @param json the text
     * @return the assessment
     * @throws InvalidAssessmentException listing every problem
     */
    public static Assessment readAssessment(String json) {
        return AssessmentCodec.read(tree(json, "assessment (JSON text)", InvalidAssessmentException::new), "(JSON text)");
    }

    /**
     * Reads an instansi from a file; see docs/agency-format.md for its JSON form.
     *
     * @param file the file
     * @return the instansi, valid
     * @throws InvalidAgencyException listing every problem, each with its JSON path
     * @throws SpbeException if the file cannot be read
     */
    public static Instansi readInstansi(Path file) {
        return fromFile(file, "instansi", (node, source) -> AgencyCodec.readInstansi(node, "", "instansi " + Fields.oneLine(source)),
                InvalidAgencyException::new);
    }

    /**
     * Reads an instansi from a stream, which is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @return the instansi, valid
     * @throws InvalidAgencyException listing every problem, each with its JSON path
     */
    public static Instansi readInstansi(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        String subject = "instansi " + Fields.oneLine(source);
        return AgencyCodec.readInstansi(tree(in, subject, InvalidAgencyException::new), "", subject);
    }

    /**
     * Reads an instansi from JSON text.
     *
     * @param json the text
     * @return the instansi, valid
     * @throws InvalidAgencyException listing every problem, each with its JSON path
     */
    public static Instansi readInstansi(String json) {
        String subject = "instansi (JSON text)";
        return AgencyCodec.readInstansi(tree(json, subject, InvalidAgencyException::new), "", subject);
    }

    /**
     * Reads an instansi from a part of a larger JSON document, such as one entry of a service catalog's
     * {@code agencies} array, so that every problem names its path in that document.
     *
     * <pre>{@code
     * JsonNode catalog = SpbeJson.newMapper().readTree(file);
     * Instansi first = SpbeJson.readInstansi(catalog.get("agencies").get(0), "agencies[0]");
     * // a problem reads e.g. "agencies[0].units[2].region is missing; a kecamatan has a district code (6 digits, e.g. 62.71.03)"
     * }</pre>
     *
     * <p>Each of the exception's {@link InvalidAgencyException#problems() problems} starts with its full
     * path, so a caller reading a larger document can gather them into its own report as they are.
     *
     * @param node the instansi's JSON object
     * @param path the JSON path of the node in its document, e.g. {@code "agencies[0]"}; empty for a
     *     document's root
     * @return the instansi, valid
     * @throws InvalidAgencyException listing every problem, each with its JSON path, about the subject
     *     {@code "instansi at <path>"} ({@code "instansi (JSON tree)"} for the empty path)
     */
    public static Instansi readInstansi(JsonNode node, String path) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(path, "path");
        String clean = Fields.oneLine(path);
        return AgencyCodec.readInstansi(node, clean, clean.isEmpty() ? "instansi (JSON tree)" : "instansi at " + clean);
    }

    /**
     * Returns an instansi's JSON form as a tree, to embed in a larger document; {@link #readInstansi(JsonNode, String)}
     * reads it back.
     *
     * @param instansi the instansi
     * @return a new JSON object
     */
    public static ObjectNode toTree(Instansi instansi) {
        return AgencyCodec.write(Objects.requireNonNull(instansi, "instansi"));
    }

    /**
     * Writes a framework in its JSON form, which {@link #readFramework(String)} reads back.
     *
     * @param framework the framework
     * @return indented JSON
     */
    public static String write(Framework framework) {
        return text(FrameworkCodec.write(Objects.requireNonNull(framework, "framework")));
    }

    /**
     * Writes an assessment in its JSON form, which {@link #readAssessment(String)} reads back.
     *
     * @param assessment the assessment
     * @return indented JSON
     */
    public static String write(Assessment assessment) {
        return text(AssessmentCodec.write(Objects.requireNonNull(assessment, "assessment")));
    }

    /**
     * Writes an instansi in its JSON form, which {@link #readInstansi(String)} reads back; see
     * docs/agency-format.md.
     *
     * @param instansi the instansi
     * @return indented JSON
     */
    public static String write(Instansi instansi) {
        return text(toTree(instansi));
    }

    /**
     * Writes a score card in its JSON form: {@code index} (unrounded), {@code indexRounded},
     * {@code predikat}, {@code nodes} and {@code indicators} keyed by code.
     *
     * @param card the score card
     * @return indented JSON
     */
    public static String write(ScoreCard card) {
        return text(ScoreCardCodec.write(Objects.requireNonNull(card, "card")));
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fromFile(Path file, String what, BiFunction<JsonNode, String, T> codec,
            BiFunction<String, List<String>, SpbeException> error) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return codec.apply(tree(in, what + " file " + Fields.oneLine(file.toString()), error), file.toString());
        } catch (NoSuchFileException e) {
            throw new SpbeException("cannot read " + what + " file " + Fields.oneLine(file.toString()) + ": no such file");
        } catch (IOException e) {
            throw new SpbeException("cannot read " + what + " file " + Fields.oneLine(file.toString()) + ": " + firstLine(e.getMessage(), e));
        }
    }

    private static JsonNode tree(InputStream in, String subject, BiFunction<String, List<String>, SpbeException> error) {
        Objects.requireNonNull(in, "in");
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw error.apply(subject, List.of("the document is empty; expected a JSON object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw error.apply(subject, List.of(describe(e)));
        } catch (NumberFormatException e) {
            // Jackson lets this through for a number no BigDecimal holds, such as 1e2147483648
            throw error.apply(subject, List.of(describe(e)));
        } catch (IOException e) {
            throw new SpbeException("cannot read " + subject + ": " + firstLine(e.getMessage(), e));
        }
    }

    private static JsonNode tree(String json, String subject, BiFunction<String, List<String>, SpbeException> error) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw error.apply(subject, List.of("the document is empty; expected a JSON object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw error.apply(subject, List.of(describe(e)));
        } catch (NumberFormatException e) {
            throw error.apply(subject, List.of(describe(e)));
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                        ? "there is more after the end of the document; a file holds one JSON object"
                        : firstLine(e.getOriginalMessage(), e);
        return at == null ? "not valid JSON: " + message
                : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
    }

    private static String describe(NumberFormatException e) {
        return "not valid JSON: a number is out of range: " + firstLine(e.getMessage(), e);
    }

    /** Returns the first line of an exception's message, other line breaks escaped; its class when there is none. */
    private static String firstLine(@Nullable String message, Exception e) {
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return Fields.oneLine(newline >= 0 ? message.substring(0, newline) : message);
    }
}
