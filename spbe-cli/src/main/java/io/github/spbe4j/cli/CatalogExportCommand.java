package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.SchemaOrg;
import io.github.spbe4j.core.SpbeException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe catalog export FILE (--cpsv-ap | --schema-org) [--base IRI] [--output OUT]}: a catalog
 * file as linked data, CPSV-AP 3.2.0 JSON-LD or schema.org JSON-LD for web pages.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a catalog file as linked data: CPSV-AP 3.2.0 JSON-LD (the EU public-service vocabulary,",
            "conforming to its official SHACL shapes; see docs/cpsv-ap.md) or schema.org GovernmentService JSON-LD for",
            "web pages. Writes to standard output unless --output is given."})
final class CatalogExportCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of the exported nodes, ending in /, # or : (CPSV-AP only; default: " + CpsvAp.DEFAULT_BASE + ").")
    private String base;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file instead of standard output: to a new file beside it, then moved into place, so that"
                    + " a failed export leaves the file as it was. It may not be the input file.")
    private Path output;

    /** The format: exactly one of the two. */
    static final class Target {
        @Option(names = "--cpsv-ap", required = true, description = "CPSV-AP 3.2.0 JSON-LD.")
        boolean cpsvAp;

        @Option(names = "--schema-org", required = true, description = "schema.org GovernmentService JSON-LD, for web pages.")
        boolean schemaOrg;
    }

    @Override
    public void run() {
        if (base != null && !target.cpsvAp) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base applies to --cpsv-ap only");
        }
        if (output != null) {
            OutputFile.refuseInput(spec.commandLine(), "--output", output, input.file());
        }
        CpsvAp cpsvAp = base == null ? CpsvAp.exporter() : withBase(base);
        Catalog catalog = CatalogCommand.read(input, Locale.ENGLISH);
        String document = target.cpsvAp ? cpsvAp.export(catalog) : SchemaOrg.export(catalog);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(document);
            out.flush();
            return;
        }
        OutputFile.write(output, document);
    }

    private static CpsvAp withBase(String text) {
        try {
            return CpsvAp.exporter().withBase(new URI(text));
        } catch (URISyntaxException e) {
            throw new SpbeException("--base " + text + " is not an IRI: " + e.getReason() + " at index " + e.getIndex());
        } catch (SpbeException e) {
            throw new SpbeException("--" + e.getMessage());
        }
    }
}
