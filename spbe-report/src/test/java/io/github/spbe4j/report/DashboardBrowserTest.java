package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.complaints.ComplaintRegister;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the sample city dashboard (catalog, complaints and attendance) in a real browser — headless Chromium, from a file: URL — and checks that
 * the charts are in the page it rendered (its DOM after loading) and painted (its screenshot). This
 * test needs Chromium: it fails, saying how to install it, when there is none (see DEVELOPERS.md);
 * CI installs it. {@code -Dspbe.chromium=PATH} names the binary to use instead of {@code chromium} on the {@code PATH}.
 */
class DashboardBrowserTest {

    private static final Path OUT = Path.of("target", "browser");
    private static Path chromium;
    private static Path html;

    @BeforeAll
    static void writeDashboard() throws IOException {
        chromium = findChromium().orElseGet(() -> fail("""
                Chromium is needed to check the HTML report in a real browser, and none was found (looked for %s).
                Install Debian's: apt-get install chromium   (CI does, in .ci/run)
                or name a binary with -Dspbe.chromium=PATH. Without a browser, leave this one test out by name:
                mvn verify -Dtest='!*BrowserTest' -Dsurefire.failIfNoSpecifiedTests=false (see DEVELOPERS.md).""".formatted(
                candidates())));
        Files.createDirectories(OUT);
        ComplaintRegister register = DashboardSamples.register();
        html = OUT.resolve("dashboard-kota-contoh.html").toAbsolutePath();
        Files.writeString(html, Dashboard.of(DashboardSamples.catalog()).withComplaints(register, DashboardSamples.complaints(register))
                .withAttendance(DashboardSamples.attendance()).toHtml(), StandardCharsets.UTF_8);
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

    private static Optional<Path> findChromium() {
        return candidates().stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Runs Chromium headless with the flags that keep it from reaching out, in a fresh profile; returns what it printed. */
    private static String run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(OUT, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(args));
        command.add(html.toUri().toString());
        Path stdout = Files.createTempFile(OUT, "stdout", ".txt");
        Path stderr = Files.createTempFile(OUT, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish in 120 s: " + command + "\n" + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("Chromium's exit code; it said:%n%s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void dumpDom_sampleDashboard_chartsAreInTheRenderedPage() throws Exception {
        String dom = run("--dump-dom");
        Document rendered = Jsoup.parse(dom);
        CatalogMetrics m = DashboardSamples.catalog().metrics();

        assertThat(rendered.select("h1").text()).isEqualTo("Pemerintah Kota Contoh (fiktif)");
        for (String id : List.of("chart-online-opd", "chart-online-kelurahan", "chart-pilots", "chart-standar", "chart-complaints",
                "chart-attendance")) {
            Element chart = rendered.getElementById(id);
            assertThat(chart).as("%s in the DOM Chromium rendered", id).isNotNull();
            assertThat(chart.tagName()).isEqualTo("svg");
            assertThat(chart.select("rect.bar")).as("bars of %s", id).isNotEmpty();
        }
        assertThat(rendered.select("#chart-online-opd rect.bar")).hasSize(m.onlineShareByOpd().size());
        assertThat(rendered.select("#chart-online-kelurahan rect.bar")).hasSize(m.onlineShareByKelurahan().size());
        assertThat(rendered.select("#chart-standar rect.bar")).hasSize(m.completeness().size());
        assertThat(rendered.select("table.attendance tbody tr")).hasSize(DashboardSamples.attendance().agencies().size() + 1);
    }

    @Test
    void screenshot_sampleDashboard_chartsArePainted() throws Exception {
        Path png = OUT.resolve("dashboard-kota-contoh.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=1000,1400");

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        // the bars' blues, as the style sheet gives them, are on the screen
        assertThat(count(image, 0x1f5f99) + count(image, 0x123f66)).as("pixels of the bars").isGreaterThan(5_000);
        assertThat(count(image, 0xffffff)).as("white pixels: the page is not one colour").isLessThan(image.getWidth() * image.getHeight());
    }

    private static int count(BufferedImage image, int rgb) {
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
