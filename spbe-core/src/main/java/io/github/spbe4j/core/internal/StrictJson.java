package io.github.spbe4j.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The strict JSON of spbe4j's files: one mapper configuration, one way to read a tree, and one wording
 * of what went wrong — malformed JSON with its line and column, a file that cannot be read with the
 * reason — as {@link Problem}s of the caller's exception type.
 */
public final class StrictJson {

    /** The rule of a problem about the JSON text itself. */
    public static final String JSON_RULE = "Json";

    private StrictJson() {
    }

    /**
     * Returns a mapper builder configured strictly: duplicate keys, unknown properties and trailing
     * tokens refused; a stream read is left open for its caller to close; floating-point numbers read as exact decimals; no coercion between numbers, texts
     * and booleans, and no fractional number taken as a whole one; decimals written plainly, null
     * properties left out, output indented.
     *
     * @return a new builder; add modules before building
     */
    public static JsonMapper.Builder mapperBuilder() {
        // interning every field name costs more per name the more distinct names a file has
        return JsonMapper.builder(JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a stream handed to a reader is the caller's to close: standard input above all
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Reads one JSON document from a stream, which is not closed.
     *
     * @param mapper the mapper
     * @param in the stream
     * @param subject what is read, for messages, e.g. {@code "assessment kota.json"}
     * @param error makes the caller's exception from the subject and the problems
     * @return the document's root, never missing
     * @throws SpbeException of the caller's type when the text is not one JSON document, or a plain
     *     {@code SpbeException} when the stream cannot be read
     */
    public static JsonNode readTree(ObjectMapper mapper, InputStream in, String subject,
            BiFunction<String, List<Problem>, ? extends SpbeException> error) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            throw error.apply(subject, List.of(malformed(e)));
        } catch (NumberFormatException e) {
            // Jackson lets this through for a number no BigDecimal holds, such as 1e2147483648
            throw error.apply(subject, List.of(outOfRange()));
        } catch (CharConversionException e) {
            // Jackson's UTF-32 reader reports bad characters so
            throw error.apply(subject, List.of(Problem.of("", JSON_RULE,
                    "not valid JSON: the text is not valid UTF-8, UTF-16 or UTF-32", null)));
        } catch (IOException e) {
            throw new SpbeException("cannot read " + subject + ": " + reason(e));
        }
        return present(root, subject, error);
    }

    /**
     * Reads one JSON document from text.
     *
     * @param mapper the mapper
     * @param json the text
     * @param subject what is read, for messages
     * @param error makes the caller's exception from the subject and the problems
     * @return the document's root, never missing
     * @throws SpbeException of the caller's type when the text is not one JSON document
     */
    public static JsonNode readTree(ObjectMapper mapper, String json, String subject,
            BiFunction<String, List<Problem>, ? extends SpbeException> error) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw error.apply(subject, List.of(malformed(e)));
        } catch (NumberFormatException e) {
            throw error.apply(subject, List.of(outOfRange()));
        }
        return present(root, subject, error);
    }

    /**
     * Opens a file and reads it; a file that cannot be opened or read ends in one {@link SpbeException}
     * saying why ({@code "cannot read catalog file x.json: no such file"}).
     *
     * @param <T> what is read
     * @param file the file
     * @param what what the file holds, for messages, e.g. {@code "catalog file"}
     * @param reader reads the opened stream, given a one-line name of the file
     * @return what was read
     */
    public static <T> T readFile(Path file, String what, BiFunction<InputStream, String, T> reader) {
        Objects.requireNonNull(file, "file");
        String name = Text.oneLine(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new SpbeException("cannot read " + what + " " + name + ": " + reason(e));
        } catch (UncheckedIOException e) {
            throw new SpbeException("cannot read " + what + " " + name + ": " + reason(e.getCause()));
        }
    }

    /**
     * Returns why a file or stream could not be read, in words: {@code no such file},
     * {@code permission denied}, {@code it is a directory}, or the first line of the message.
     *
     * @param e the exception
     * @return the reason
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message != null && message.contains("Is a directory")) {
            return "it is a directory";
        }
        return Text.firstLine(message);
    }

    /**
     * Returns the path of the value a parser is at, as messages name it: {@code services[2].cost},
     * empty at the document's root. At the first token of an object or an array the parser's context is
     * the value's own, so its parents name where it lies; a scalar's context is its container's.
     *
     * @param p the parser, at the value's first token
     * @return the path
     */
    public static String pathOf(JsonParser p) {
        Deque<String> parts = new ArrayDeque<>();
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        JsonStreamContext start = token != null && token.isStructStart() ? context.getParent() : context;
        for (JsonStreamContext at = start; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + Text.clean(at.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * Returns the problem of text that is not valid JSON, with its line and column when known.
     *
     * @param e Jackson's exception
     * @return the problem
     */
    public static Problem malformed(JacksonException e) {
        JsonLocation at = e.getLocation();
        String message = JsonWords.of(e);
        return Problem.of("", JSON_RULE, at == null || at.getLineNr() < 0 ? "not valid JSON: " + message
                : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message, null);
    }

    private static Problem outOfRange() {
        return Problem.of("", JSON_RULE, "not valid JSON: a number is out of range", null);
    }

    private static JsonNode present(JsonNode root, String subject, BiFunction<String, List<Problem>, ? extends SpbeException> error) {
        if (root == null || root.isMissingNode()) {
            throw error.apply(subject, List.of(Problem.of("", JSON_RULE, "the document is empty; expected a JSON object", null)));
        }
        return root;
    }
}
