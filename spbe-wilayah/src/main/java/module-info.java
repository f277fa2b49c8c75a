/**
 * spbe-wilayah: the Kemendagri region list (Kepmendagri 300.2.2-2138/2025) with lookup by code and
 * by name. The data is under the Open Database License 1.0 (see {@code META-INF/LICENSE-DATA}).
 */
module io.github.spbe4j.wilayah {
    requires transitive io.github.spbe4j.core;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.wilayah;
}
