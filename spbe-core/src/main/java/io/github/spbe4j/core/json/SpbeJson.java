package io.github.spbe4j.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes spbe-core's JSON forms: assessments, score cards and instansi (a government with
 * its organisation of units). The other values of spbe-core have JSON forms in {@link SpbeCoreModule}. A framework's JSON form belongs to the framework itself:
 * {@link io.github.spbe4j.core.framework.Framework#read(Path)}.
 *
 * <p>Reading never fails with a Jackson stack trace: malformed JSON, a field of the wrong type, an
 * unknown field or a broken rule all end in one {@link SpbeException} (an
 * {@link InvalidAssessmentException} or {@link InvalidAgencyException}) that lists every
 * {@link io.github.spbe4j.core.Problem}, naming the field, the rule and the value. Numbers are read as
 * exact decimals.
 *
 * <pre>{@code
 * Assessment a = SpbeJson.readAssessment(Path.of("examples/data/kota-contoh-2025-spbe-2020.json"));
 * String json = SpbeJson.write(Scorer.score(a, FrameworkRegistry.builtIn()));
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class SpbeJson {

    private static final ObjectMapper MAPPER = newMapper();

    private SpbeJson() {
    }

    /**
     * Returns a new mapper configured as spbe4j reads and writes: {@link SpbeCoreModule}, exact
     * decimals, duplicate keys, unknown properties and trailing tokens refused, no coercion between
     * numbers, texts and booleans, decimals written plainly, null properties left out, indented.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return StrictJson.mapperBuilder().addModule(new SpbeCoreModule()).build();
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
        return StrictJson.readFile(file, "assessment file", SpbeJson::readAssessment);
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
        return AssessmentCodec.read(StrictJson.readTree(MAPPER, in, "assessment " + Text.oneLine(source), InvalidAssessmentException::new),
                source);
    }

    /**
     * Reads an assessment from JSON text.
     *
     * @param json the text
     * @return the assessment
     * @throws InvalidAssessmentException listing every problem
     */
    public static Assessment readAssessment(String json) {
        return AssessmentCodec.read(StrictJson.readTree(MAPPER, json, "assessment (JSON text)", InvalidAssessmentException::new),
                "(JSON text)");
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
        return StrictJson.readFile(file, "instansi file", SpbeJson::readInstansi);
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
        String subject = "instansi " + Text.oneLine(source);
        return AgencyCodec.readInstansi(StrictJson.readTree(MAPPER, in, subject, InvalidAgencyException::new), "", subject);
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
        return AgencyCodec.readInstansi(StrictJson.readTree(MAPPER, json, subject, InvalidAgencyException::new), "", subject);
    }

    /**
     * Reads a score card from a file: its assessment is scored again with its framework, looked up in
     * the registry, and the recorded options, and every number the card records must equal the number
     * scoring gives.
     *
     * @param file the file
     * @param registry the frameworks to look the card's framework up in
     * @return the card, equal to the one written
     * @throws InvalidAssessmentException listing every problem, each with its JSON path: a malformed
     *     card, an unknown framework, an assessment that does not fit it, or a recorded number that
     *     scoring no longer gives (a changed framework or an edited card)
     * @throws SpbeException if the file cannot be read
     */
    public static ScoreCard readScoreCard(Path file, FrameworkRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return StrictJson.readFile(file, "score card file", (in, source) -> readScoreCard(in, source, registry));
    }

    /**
     * Reads a score card from a stream, which is not closed; see {@link #readScoreCard(Path, FrameworkRegistry)}.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @param registry the frameworks to look the card's framework up in
     * @return the card, equal to the one written
     * @throws InvalidAssessmentException listing every problem, each with its JSON path
     */
    public static ScoreCard readScoreCard(InputStream in, String source, FrameworkRegistry registry) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(registry, "registry");
        String subject = "score card " + Text.oneLine(source);
        return ScoreCardCodec.read(StrictJson.readTree(MAPPER, in, subject, InvalidAssessmentException::new), source, registry);
    }

    /**
     * Reads a score card from JSON text; see {@link #readScoreCard(Path, FrameworkRegistry)}.
     *
     * <pre>{@code
     * String json = SpbeJson.write(card);
     * ScoreCard back = SpbeJson.readScoreCard(json, FrameworkRegistry.builtIn()); // equals card
     * }</pre>
     *
     * @param json the text
     * @param registry the frameworks to look the card's framework up in
     * @return the card, equal to the one written
     * @throws InvalidAssessmentException listing every problem, each with its JSON path
     */
    public static ScoreCard readScoreCard(String json, FrameworkRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return ScoreCardCodec.read(StrictJson.readTree(MAPPER, json, "score card (JSON text)", InvalidAssessmentException::new),
                "(JSON text)", registry);
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
        return text(AgencyCodec.write(Objects.requireNonNull(instansi, "instansi")));
    }

    /**
     * Writes a score card in its JSON form: {@code index} (unrounded), {@code indexRounded},
     * {@code predikat}, the options, {@code nodes} and {@code indicators} keyed by code, and the
     * {@code assessment} scored, which {@link #readScoreCard(String, FrameworkRegistry)} reads back to
     * an equal card.
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
}
