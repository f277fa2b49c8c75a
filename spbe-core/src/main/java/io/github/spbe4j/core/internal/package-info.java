/**
 * What spbe4j's own modules share and users do not see: text escaping and cutting for messages, the
 * strict JSON mapper, readers of typed JSON fields that report problems with their paths, and the
 * writer of a framework's tree nodes that the framework file and spbe-core's Jackson module share.
 *
 * <p>Exported only to spbe4j's modules; not part of the public API, and free to change in any release.
 */
@NullMarked
package io.github.spbe4j.core.internal;

import org.jspecify.annotations.NullMarked;
