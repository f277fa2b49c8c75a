package io.github.spbe4j.complaints.open311;

import javax.xml.stream.XMLInputFactory;

/** Lets tests see how the XML parser is configured. */
final class DefinitionReaderAccess {

    private DefinitionReaderAccess() {
    }

    static XMLInputFactory stax() {
        return DefinitionReader.stax();
    }
}
