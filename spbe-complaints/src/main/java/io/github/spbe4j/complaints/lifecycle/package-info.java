/**
 * The lifecycle of a complaint as SP4N-LAPOR! runs it, as an explicit transition table: the
 * {@link io.github.spbe4j.complaints.lifecycle.State states}, the
 * {@link io.github.spbe4j.complaints.lifecycle.Action actions} and the
 * {@link io.github.spbe4j.complaints.lifecycle.Role roles} that may take them are data in a
 * {@link io.github.spbe4j.complaints.lifecycle.TransitionTable}, which a deployment may tighten; a
 * {@link io.github.spbe4j.complaints.lifecycle.Lifecycle} applies actions to a complaint's state and
 * keeps an append-only {@link io.github.spbe4j.complaints.lifecycle.History}; an action the table does
 * not allow is {@link io.github.spbe4j.complaints.lifecycle.Transition.Refused refused}, never thrown.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package of an early module")
package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
