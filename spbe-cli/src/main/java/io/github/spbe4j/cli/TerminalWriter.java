package io.github.spbe4j.cli;

import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A writer that lets through only text a terminal shows as text: the one place where everything the
 * command prints, to standard output and standard error, is neutralised.
 *
 * <p>Line feeds and tabs pass, and where the system's line end is a carriage return and a line feed
 * (Windows), so does a carriage return right before a line feed; every other control character, DEL, U+2028 and U+2029, bidirectional controls and
 * lone surrogates are written as {@code \}{@code uXXXX} ({@link Text#forTerminal}). So input shown
 * in a report or an error message (a title, a file name, an argument) can neither move the cursor,
 * set a window title, clear the screen nor reorder what is shown. In JSON output these characters
 * only occur inside strings, where {@code \}{@code uXXXX} is the JSON escape of the same character:
 * the JSON stays valid and means the same.
 *
 * <p>A high surrogate or a carriage return at the end of one write is held until the next write shows
 * what follows it, so that a pair written in two parts passes whole.
 */
final class TerminalWriter extends Writer {

    private final Writer out;

    /** Whether a carriage return before a line feed passes. */
    private final boolean crLf;

    /** A high surrogate or carriage return held back, or 0. */
    private char held;

    /**
     * Creates a writer neutralising what it passes on, keeping the system's line ends.
     *
     * @param out where the neutralised text goes
     */
    TerminalWriter(Writer out) {
        this(out, System.lineSeparator().equals("\r\n"));
    }

    /**
     * Creates a writer neutralising what it passes on.
     *
     * @param out where the neutralised text goes
     * @param crLf whether a carriage return before a line feed passes (the line end of Windows)
     */
    TerminalWriter(Writer out, boolean crLf) {
        this.out = Objects.requireNonNull(out, "out");
        this.crLf = crLf;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        pass(new String(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        pass(text.substring(offset, offset + length));
    }

    @Override
    public void write(int c) throws IOException {
        pass(String.valueOf((char) c));
    }

    private void pass(String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        String all = held == 0 ? text : held + text;
        held = 0;
        char last = all.charAt(all.length() - 1);
        if (last == '\r' && crLf || Character.isHighSurrogate(last)) {
            held = last;
            all = all.substring(0, all.length() - 1);
        }
        out.write(crLf ? keepingCrLf(all) : Text.forTerminal(all));
    }

    /** Returns a text neutralised for a terminal, keeping each carriage return before a line feed. */
    private static String keepingCrLf(String text) {
        int crlf = text.indexOf("\r\n");
        if (crlf < 0) {
            return Text.forTerminal(text);
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int from = 0;
        while (crlf >= 0) {
            sb.append(Text.forTerminal(text.substring(from, crlf))).append("\r\n");
            from = crlf + 2;
            crlf = text.indexOf("\r\n", from);
        }
        return sb.append(Text.forTerminal(text.substring(from))).toString();
    }

    /** Writes what is held back, as it stands alone, and flushes. */
    @Override
    public void flush() throws IOException {
        if (held != 0) {
            out.write(Text.forTerminal(String.valueOf(held)));
            held = 0;
        }
        out.flush();
    }

    /** Flushes; the writer underneath is not closed, since it is standard output or standard error. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
