package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.FormValidator;
import io.github.spbe4j.catalog.internal.forms.FormViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void publicEntryPoints_nullArguments_throwNullPointerException() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Path.class, Path.of("x.json"))
                .setDefault(Locale.class, Locale.ENGLISH);
        tester.testAllPublicStaticMethods(CatalogJson.class);
        tester.testInstanceMethods(CatalogFiles.validator(), NullPointerTester.Visibility.PACKAGE);
        tester.testConstructors(FormViolation.class, NullPointerTester.Visibility.PACKAGE);
    }

    @Test
    void readCatalogAndFormViolation_equalByValue() {
        new EqualsTester()
                .addEqualityGroup(CatalogJsonTest.sample(), CatalogJsonTest.sample())
                .addEqualityGroup(CatalogJson.parse("{\"format\": \"spbe-catalog/1\"}"), CatalogJson.parse("{\"format\": \"spbe-catalog/1\"}"))
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
