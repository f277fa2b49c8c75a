package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.privacy.PublicProjection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code spbe complaints public FILE}: prints the public projection of a complaints file as JSON —
 * Rahasia complaints and whistle-blowing reports absent, Anonim reporters hidden, personal data in
 * the text masked.
 */
@Command(name = "public", mixinStandardHelpOptions = true,
        description = {"Print what a public portal may show of a complaints file (FILE, or - for standard input), as a JSON array:",
            "Rahasia complaints and whistle-blowing reports left out; no contact, attachments or actor names; an Anonim",
            "complaint without its reporter or place; NIK, NIP, phone numbers and e-mail addresses in all text masked."})
final class ComplaintsPublicCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Mixin
    private ComplaintsReading reading = new ComplaintsReading();

    @Override
    public void run() {
        ComplaintRegister register = reading.read(input);
        spec.commandLine().getOut().print(ComplaintsJson.writePublic(PublicProjection.standard().project(register.complaints()),
                register.agency().zone()));
    }
}
