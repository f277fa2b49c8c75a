package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe catalog}: public-service catalog files. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Public-service catalog files (format spbe-catalog/1, see docs/catalog-format.md).",
        subcommands = {CatalogValidateCommand.class, CatalogMetricsCommand.class, CatalogSearchCommand.class,
            CatalogExportCommand.class, CatalogReportCommand.class})
final class CatalogCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate, metrics, search, export or report");
    }

    /**
     * Reads the catalog file of a subcommand, checking everything; problems are worded in the locale.
     *
     * @param input the file, or standard input
     * @param locale the language of the problems
     * @return the catalog
     * @throws io.github.spbe4j.catalog.InvalidCatalogException listing every problem
     */
    static Catalog read(InputFile input, Locale locale) {
        ValidatorLogging.quiet();
        return input.read(file -> CatalogJson.read(file, locale), (in, name) -> CatalogJson.read(in, name, locale));
    }
}
