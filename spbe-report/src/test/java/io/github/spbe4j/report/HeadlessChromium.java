package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The headless Chromium that the browser tests ({@link ReportBrowserTest}, {@link DashboardBrowserTest}) load their pages in:
 * finding the binary, running it in a fresh profile, and counting colours in its screenshots.
 * {@code -Dspbe.chromium=PATH} names the binary to use instead of {@code chromium} on the {@code PATH}.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /**
     * Returns the Chromium binary to use, or fails the calling test, saying how to install one, when there is none (see
     * DEVELOPERS.md); the browser tests never skip.
     */
    static Path require() {
        List<String> candidates = candidates();
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElseGet(() -> fail("""
                Chromium is needed to check the HTML report and dashboard in a real browser, and none was found (looked for %s).
                Install Debian's: apt-get install chromium   (CI does, in .ci/run)
                or name a binary with -Dspbe.chromium=PATH. Without a browser, leave the browser tests (ReportBrowserTest,
                DashboardBrowserTest) out by name: mvn verify -Dtest='!*BrowserTest' -Dsurefire.failIfNoSpecifiedTests=false
                (see DEVELOPERS.md).""".formatted(candidates)));
    }

    private static List<String> candidates() {
        List<String> names = new ArrayList<>();
        String named = System.getProperty("spbe.chromium", "");
        if (!named.isBlank()) {
            return List.of(named); // named: that binary or none
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                names.add(Path.of(dir, "chromium").toString());
            }
        }
        names.add("/usr/bin/chromium");
        return names;
    }

    /**
     * Runs Chromium headless on {@code page} with the flags that keep it from reaching out, in a fresh profile under
     * {@code outDir}; returns what it printed, and fails the calling test when it does not finish or exits non-zero.
     */
    static String run(Path chromium, Path outDir, Path page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(outDir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(args));
        command.add(page.toUri().toString());
        Path stdout = Files.createTempFile(outDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(outDir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish in 120 s: " + command + "\n" + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("Chromium's exit code; it said:%n%s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** Returns the number of pixels of {@code image} whose colour is exactly {@code rgb} (0xRRGGBB, alpha ignored). */
    static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
