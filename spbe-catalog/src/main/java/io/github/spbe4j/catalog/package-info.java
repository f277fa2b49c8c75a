/**
 * Public services and the service catalog: a {@link io.github.spbe4j.catalog.PublicService} with its
 * standar pelayanan (UU 25/2009 Pasal 21), the national {@link io.github.spbe4j.catalog.ServiceConcept}s
 * it instantiates, the {@link io.github.spbe4j.catalog.Catalog} of the instansi that deliver them with
 * its {@linkplain io.github.spbe4j.catalog.CatalogQuery queries} and keyword search, and the
 * {@linkplain io.github.spbe4j.catalog.CatalogMetrics metrics} of a dashboard.
 *
 * <p>Every type is immutable and always valid: bad input to a constructor or factory throws
 * {@link io.github.spbe4j.catalog.InvalidServiceException} or
 * {@link io.github.spbe4j.catalog.InvalidCatalogException}, carrying each
 * {@link io.github.spbe4j.core.Problem} with its path and rule. Nothing is {@code null}: a part that
 * may be absent is an {@link java.util.Optional} (or an empty list), and a {@code null} argument throws
 * {@link NullPointerException}.
 */
@NullMarked
package io.github.spbe4j.catalog;

import org.jspecify.annotations.NullMarked;
