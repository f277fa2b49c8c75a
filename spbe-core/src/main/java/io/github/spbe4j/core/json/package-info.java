/**
 * The JSON forms of spbe-core's types, in one place: {@link io.github.spbe4j.core.json.SpbeJson}
 * reads and writes them with one clear error per bad input, and
 * {@link io.github.spbe4j.core.json.SpbeCoreModule} plugs them into a user's Jackson
 * {@code ObjectMapper} (and is found by {@code ObjectMapper.findAndRegisterModules()}), giving every
 * public value of spbe-core a deliberate JSON form and refusing what is not a value.
 */
@NullMarked
package io.github.spbe4j.core.json;

import org.jspecify.annotations.NullMarked;
