package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.open311.Open311Format;
import io.github.spbe4j.complaints.open311.Open311Requests;
import io.github.spbe4j.complaints.open311.Open311Services;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe complaints open311}: the catalog's services and a complaints file's requests as Open311 GeoReport v2. */
@Command(name = "open311", mixinStandardHelpOptions = true,
        description = {"Open311 GeoReport v2: the services of a catalog that accept complaints, and the requests of a complaints",
            "file as a public portal may show them, in JSON or in XML (the format the specification requires)."},
        subcommands = {ComplaintsOpen311Command.Services.class, ComplaintsOpen311Command.Requests.class})
final class ComplaintsOpen311Command implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: services CATALOG, requests FILE");
    }

    /** The output formats of Open311. */
    enum Wire {
        /** JSON. */
        json,
        /** XML, the format the specification requires. */
        xml;

        Open311Format format() {
            return this == json ? Open311Format.JSON : Open311Format.XML;
        }
    }

    /** {@code spbe complaints open311 services CATALOG}: {@code GET services}. */
    @Command(name = "services", mixinStandardHelpOptions = true,
            description = {"The services of a catalog file (CATALOG, or - for standard input) that accept complaints — delivered now and",
                "naming a complaint channel — as Open311 services (GET services)."})
    static final class Services implements Runnable {

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private InputFile input = new InputFile();

        @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Wire format;

        @Option(names = "--locale", defaultValue = "en",
                description = "Language of the messages about a bad file: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Language locale;

        @Override
        public void run() {
            Catalog catalog = CatalogCommand.read(input, locale.locale());
            spec.commandLine().getOut().print(ending(format.format().services(Open311Services.from(catalog).services())));
        }
    }

    /** {@code spbe complaints open311 requests FILE}: {@code GET requests}. */
    @Command(name = "requests", mixinStandardHelpOptions = true,
            description = {"The complaints of a complaints file (FILE, or - for standard input) as Open311 service requests (GET requests),",
                "as a public portal may show them: Rahasia complaints and whistle-blowing reports left out, text redacted, an Anonim",
                "complaint without address or position; expected_datetime from the SLA clock at --at; notes[] the actions."})
    static final class Requests implements Runnable {

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private InputFile input = new InputFile();

        @Mixin
        private ComplaintsReading reading = new ComplaintsReading();

        @Mixin
        private SlaOptions at = new SlaOptions();

        @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private Wire format;

        @Override
        public void run() {
            Instant when = at.instant();
            ComplaintRegister register = reading.read(input);
            spec.commandLine().getOut().print(ending(format.format().requests(Open311Requests.of(register, at.clock(register), when))));
        }
    }

    private static String ending(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
