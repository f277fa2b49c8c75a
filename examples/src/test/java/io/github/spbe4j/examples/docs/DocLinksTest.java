package io.github.spbe4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every relative link of README.md and docs/*.md leads to a file of the repository, and to a heading of it when it names one. */
class DocLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    static List<Path> files() {
        return Docs.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void relativeLinks_leadToExistingFilesAndHeadings(Path file) throws IOException {
        List<String> lines = Files.readAllLines(Docs.root().resolve(file), StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            if (inCode) {
                continue;
            }
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? "" : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? Docs.root().resolve(file) : Docs.root().resolve(file).getParent().resolve(path).normalize();
                String place = Docs.name(file) + ":" + (i + 1) + ": (" + target + ")";
                if (!Files.exists(resolved)) {
                    broken.add(place + " no such file");
                } else if (!anchor.isEmpty() && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(place + " no heading with anchor #" + anchor + " in " + Docs.root().relativize(resolved));
                }
            }
        }

        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchors_headings_sluggedAsGitHubDoes(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("x.md");
        Files.writeString(md, "# Performance\n## Region lookup (spbe-wilayah)\n```sh\n# not a heading\n```\n### After the index (current code)\n## Result\n## Result\n");

        assertThat(anchors(md)).containsExactlyInAnyOrder("performance", "region-lookup-spbe-wilayah",
                "after-the-index-current-code", "result", "result-1");
    }

    /** The anchors GitHub gives the headings of a Markdown file: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            Matcher m = HEADING.matcher(line);
            if (!inCode && m.matches()) {
                String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = slug + "-" + n;
                }
            }
        }
        return anchors;
    }
}
