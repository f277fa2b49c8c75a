package io.github.spbe4j.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.catalog.form.FormValidator;
import io.github.spbe4j.catalog.form.FormViolation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void publicEntryPoints_nullArguments_throwNullPointerException() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Path.class, Path.of("x.json"))
                .setDefault(Locale.class, Locale.ENGLISH)
                .setDefault(CatalogData.class, new CatalogData(List.of(), List.of(), List.of()));
        tester.testAllPublicStaticMethods(CatalogJson.class);
        tester.testAllPublicInstanceMethods(FormValidator.create());
        tester.testAllPublicConstructors(CatalogData.class);
        tester.testAllPublicConstructors(FormViolation.class);
    }

    @Test
    void catalogDataAndFormViolation_equalByValue() {
        new EqualsTester()
                .addEqualityGroup(new CatalogData(List.of(), List.of(), List.of()), new CatalogData(List.of(), List.of(), List.of()))
                .addEqualityGroup(CatalogJsonTest.sample(), CatalogJsonTest.sample())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(new FormViolation("id", "NotNull", "must not be null", "null"),
                        new FormViolation("id", "NotNull", "must not be null", "null"))
                .addEqualityGroup(new FormViolation("id", "NotNull", "wajib diisi", "null"))
                .testEquals();
    }

    @Test
    void formViolation_toString_isOneLinePathMessageValue() {
        assertThat(new FormViolation("cost.rupiah", "Max", "must be less than or equal to 1000000000000", "1000000000001"))
                .hasToString("cost.rupiah: must be less than or equal to 1000000000000 (1000000000001)");
        assertThat(new FormViolation("", "UniqueIds", "is used more than once", "null")).hasToString("(form): is used more than once (null)");
    }
}
