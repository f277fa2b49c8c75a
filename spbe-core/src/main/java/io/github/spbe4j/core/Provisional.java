package io.github.spbe4j.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API element whose content or shape may still change in a minor release: a module in an
 * early stage, or data not yet checked against its regulation's text (the 2026 Indeks Pemdi).
 *
 * <p>What is marked works and is tested; it is provisional only in that the next release may correct
 * it. Data marked so also says why in its provenance ({@code Provenance.Status.PROVISIONAL}), and
 * the docs say which parts are uncertain.
 *
 * <pre>{@code
 * Framework pemdi = FrameworkRegistry.builtIn().get(FrameworkRegistry.PEMDI_2026); // @Provisional
 * pemdi.provenance().provisional(); // true
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.MODULE, ElementType.PACKAGE, ElementType.TYPE, ElementType.FIELD, ElementType.METHOD,
    ElementType.CONSTRUCTOR})
public @interface Provisional {

    /**
     * Says what is provisional and why, e.g. {@code "weights not yet checked against the regulation text"}.
     *
     * @return the reason; empty when the element's Javadoc says it
     */
    String value() default "";
}
