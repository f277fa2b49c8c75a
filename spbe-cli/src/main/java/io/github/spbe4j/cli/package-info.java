/**
 * The {@code spbe} command. Not a library: use the modules' APIs from Java, and this command from
 * scripts and other languages.
 */
@NullMarked
package io.github.spbe4j.cli;

import org.jspecify.annotations.NullMarked;
