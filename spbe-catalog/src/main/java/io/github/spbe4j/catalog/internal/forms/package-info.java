/**
 * Internal: the validation of the forms of spbe4j's files — Hibernate Validator with English and
 * Indonesian messages that the JVM's default locale never chooses, and the one constraint on free
 * text ({@link io.github.spbe4j.catalog.internal.forms.PlainText}) — shared by the catalog file and
 * the complaints file. Exported only to spbe4j's own modules; not an API.
 */
@NullMarked
package io.github.spbe4j.catalog.internal.forms;

import org.jspecify.annotations.NullMarked;
