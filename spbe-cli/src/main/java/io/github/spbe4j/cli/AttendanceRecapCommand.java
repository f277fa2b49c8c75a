package io.github.spbe4j.cli;

import picocli.CommandLine.Command;

/** Placeholder replaced once the recap lands. */
@Command(name = "recap")
final class AttendanceRecapCommand implements Runnable {
    @Override
    public void run() {
    }
}
