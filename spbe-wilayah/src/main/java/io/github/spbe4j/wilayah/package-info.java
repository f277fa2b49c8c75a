/**
 * The Kemendagri region list: {@link io.github.spbe4j.wilayah.RegionList} of
 * {@link io.github.spbe4j.wilayah.Region}s, with lookup by code and by name and parent/children
 * navigation. The data is under the Open Database License 1.0, from the npm package
 * {@code idn-area-data} 4.0.1; see {@code META-INF/LICENSE-DATA}.
 */
@NullMarked
package io.github.spbe4j.wilayah;

import org.jspecify.annotations.NullMarked;
