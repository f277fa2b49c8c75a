package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.ServiceConcept;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link ServiceConcept}: a national concept of a public service, with what every
 * instansi delivering it has in common.
 *
 * @param id the concept's id, e.g. {@code "sktm"}
 * @param title its name
 * @param description a description, or null
 * @param keywords search keywords, or null
 * @param lifeEvents the life events it belongs to, or null
 * @param requirements the requirements (component 1), or null
 * @param procedure the procedure's steps (component 2), or null
 * @param processingTime the usual processing time as text (component 3), e.g. {@code "5 hari kerja"}, or null
 * @param cost the usual cost (component 4), or null
 * @param output the output (component 5), or null
 * @param complaintChannels the complaint channels (component 6), or null
 * @param legalBasis the legal basis (component 7), or null
 * @param internal the internal components 8..14 keyed by kebab name ({@code "sarana-prasarana"} …), or null
 */
record ConceptForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @NotBlank @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 10_000) @PlainText(PlainText.Kind.MULTI_LINE)
        @Nullable String description,
        @Size(max = 100) @Nullable List<@NotBlank @Size(max = 200) @PlainText(PlainText.Kind.LINE) String> keywords,
        @Size(max = 100) @Nullable List<@NotNull @Valid LifeEventForm> lifeEvents,
        @Size(max = 200) @Nullable List<@NotNull @Valid RequirementForm> requirements,
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 5000) @PlainText(PlainText.Kind.MULTI_LINE) String> procedure,
        @PlainText(PlainText.Kind.PROCESSING_TIME) @Nullable String processingTime,
        @Valid @Nullable CostForm cost,
        @Valid @Nullable OutputForm output,
        @Size(max = 100) @Nullable List<@NotNull @Valid ComplaintChannelForm> complaintChannels,
        @Size(max = 200) @Nullable List<@NotNull @Valid LegalReferenceForm> legalBasis,
        @Nullable Map<@NotNull @InternalComponentName String, @NotBlank @Size(max = 10_000) @PlainText(PlainText.Kind.MULTI_LINE) String> internal) {

    /**
     * Returns the form of a concept; empty lists and absent values are left out (null).
     *
     * @param concept the concept
     * @return its form
     */
    static ConceptForm from(ServiceConcept concept) {
        return new ConceptForm(concept.id(), concept.title(), concept.description().orElse(null),
                Names.emptyToNull(concept.keywords()),
                Names.emptyToNull(concept.lifeEvents().stream().map(LifeEventForm::from).toList()),
                Names.emptyToNull(concept.requirements().stream().map(RequirementForm::from).toList()),
                Names.emptyToNull(concept.procedure()),
                concept.processingTime().map(ProcessingTime::toString).orElse(null),
                concept.cost().map(CostForm::from).orElse(null),
                concept.output().map(OutputForm::from).orElse(null),
                Names.emptyToNull(concept.complaintChannels().stream().map(ComplaintChannelForm::from).toList()),
                Names.emptyToNull(concept.legalBasis().stream().map(LegalReferenceForm::from).toList()),
                InternalForms.from(concept.internal()));
    }

    /**
     * Returns the concept this valid form describes.
     *
     * @return the concept
     * @throws io.github.spbe4j.catalog.InvalidServiceException listing every rule of the model broken
     * @throws io.github.spbe4j.catalog.InvalidServiceException if a part of the form breaks a rule of the model
     */
    ServiceConcept toDomain() {
        ServiceConcept.Builder b = ServiceConcept.builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"));
        if (description != null) {
            b.description(description);
        }
        b.keywords(keywords == null ? List.of() : keywords)
                .lifeEvents(LifeEventForm.toDomain(lifeEvents))
                .requirements(RequirementForm.toDomain(requirements))
                .procedure(procedure == null ? List.of() : procedure)
                .complaintChannels(ComplaintChannelForm.toDomain(complaintChannels))
                .legalBasis(legalBasis == null ? List.of() : legalBasis.stream().map(LegalReferenceForm::toDomain).toList())
                .internal(InternalForms.toDomain(internal));
        if (processingTime != null) {
            b.processingTime(ProcessingTime.parse(processingTime));
        }
        if (cost != null) {
            b.cost(cost.toDomain());
        }
        if (output != null) {
            b.output(output.toDomain());
        }
        return b.build();
    }

    static List<LegalReference> legal(@Nullable List<LegalReferenceForm> forms) {
        return forms == null ? List.of() : forms.stream().map(LegalReferenceForm::toDomain).toList();
    }
}
