package io.github.spbe4j.complaints.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Channel;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The forms' word lists are the model's codes, and the messages exist in both languages. */
class FormRulesTest {

    private static List<String> words(String pattern) {
        return List.of(pattern.split("\\|"));
    }

    @Test
    void wordLists_areExactlyTheModelsCodes() {
        assertThat(words(FormRules.TYPES)).containsExactlyElementsOf(Arrays.stream(ComplaintType.values()).map(ComplaintType::code).toList());
        assertThat(words(FormRules.CHANNELS)).containsExactlyElementsOf(Arrays.stream(Channel.values()).map(Channel::code).toList());
        assertThat(words(FormRules.ACTIONS)).containsExactlyElementsOf(Stream.concat(Arrays.stream(Action.values()).map(Action::id),
                Arrays.stream(ClockEvent.Kind.values()).map(ClockEvent.Kind::id)).toList());
        assertThat(words(FormRules.ROLES)).containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::id).toList());
        assertThat(words(FormRules.REASONS)).containsExactlyElementsOf(Arrays.stream(CloseReason.values()).map(CloseReason::id).toList());
        assertThat(words(FormRules.TIERS)).containsExactlyElementsOf(Arrays.stream(Tier.values()).map(Tier::id).toList());
    }

    @Test
    void messageBundles_holdTheSameKeysInEnglishAndIndonesian() {
        var english = ComplaintsFiles.bundle("ComplaintsMessages.properties");
        var indonesian = ComplaintsFiles.bundle("ComplaintsMessages_id.properties");
        assertThat(english.stringPropertyNames()).isNotEmpty().isEqualTo(indonesian.stringPropertyNames());
        // every key a form names is in the bundle
        for (String key : List.of(FormRules.TRACKING_ID_MESSAGE, FormRules.TOPIC_MESSAGE, FormRules.TYPES_MESSAGE, FormRules.CHANNELS_MESSAGE,
                FormRules.ACTIONS_MESSAGE, FormRules.ROLES_MESSAGE, FormRules.REASONS_MESSAGE, FormRules.TIERS_MESSAGE,
                FormRules.PHONE_MESSAGE, FormRules.EMAIL_MESSAGE)) {
            assertThat(english).containsKey(key.substring(1, key.length() - 1));
        }
        assertThat(english).containsKeys("io.github.spbe4j.complaints.json.format", "io.github.spbe4j.complaints.json.dateTime");
    }
}
