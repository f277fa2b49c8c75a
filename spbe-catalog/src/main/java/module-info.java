/**
 * spbe-catalog: public services with their standar pelayanan, the service catalog, its queries,
 * search and metrics, the catalog file and the JSON forms of the catalog's types, and the catalog as
 * CPSV-AP and schema.org linked data.
 */
@SuppressWarnings("module") // the qualified export names a module that is compiled after this one
module io.github.spbe4j.catalog {
    requires transitive io.github.spbe4j.core;
    requires transitive com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.catalog;
    exports io.github.spbe4j.catalog.json;
    exports io.github.spbe4j.catalog.linkeddata;

    // the catalog file's forms and constraints are package-private: bound by Jackson, checked by Hibernate Validator
    opens io.github.spbe4j.catalog.json to org.hibernate.validator, com.fasterxml.jackson.databind;

    // the forms' validator, messages and text constraint, shared with the complaints file's forms
    exports io.github.spbe4j.catalog.internal.forms to io.github.spbe4j.complaints;
    opens io.github.spbe4j.catalog.internal.forms to org.hibernate.validator;

    provides com.fasterxml.jackson.databind.Module with io.github.spbe4j.catalog.json.SpbeCatalogModule;
}
