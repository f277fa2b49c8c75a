package io.github.spbe4j.core.testing;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.table.AssessmentSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generator of examples/data/kota-contoh-province-2025.csv: the kabupaten/kota of a fictional
 * province, eight agencies named "Kota Contoh", "Kabupaten Contoh Barat" and so on, each with a final
 * SPBE 2020 result for 2024 and 2025. Each agency has a level of maturity it tends to (from about 1.9
 * to 3.6), every indicator lies around it, and from 2024 to 2025 a few indicators rise by a level (and
 * rarely one falls), as evaluations usually show. Run {@link #main(String[])} from the repository root
 * to write the file again.
 */
public final class ProvinceSample {

    /** The sample's path from the repository root. */
    public static final String FILE = "examples/data/kota-contoh-province-2025.csv";

    /** The agencies: name, code, and the level they tend to, in tenths. */
    private record Member(String name, String code, int tenths) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("Kota Contoh", "kota-contoh", 36),
            new Member("Kota Contoh Utara", "kota-contoh-utara", 31),
            new Member("Kabupaten Contoh Barat", "kab-contoh-barat", 27),
            new Member("Kabupaten Contoh Timur", "kab-contoh-timur", 24),
            new Member("Kabupaten Contoh Selatan", "kab-contoh-selatan", 29),
            new Member("Kabupaten Contoh Hulu", "kab-contoh-hulu", 19),
            new Member("Kabupaten Contoh Hilir", "kab-contoh-hilir", 22),
            new Member("Kabupaten Contoh Pesisir", "kab-contoh-pesisir", 26));

    private ProvinceSample() {
    }

    /** The assessments of the sample: every agency in 2024, then every agency in 2025. */
    public static List<Assessment> assessments() {
        Framework f = FrameworkRegistry.builtIn().get(FrameworkRegistry.SPBE_2020);
        Random random = new Random(20250);
        List<Assessment> y2024 = new ArrayList<>();
        List<Assessment> y2025 = new ArrayList<>();
        for (Member m : MEMBERS) {
            Map<String, Integer> levels = new HashMap<>();
            Assessment.Builder first = Assessment.builder(f.id(), Agency.of(m.name(), m.code()), 2024).stage(Stage.FINAL);
            for (Indicator i : f.indicators()) {
                // around the agency's level: its tenths plus a spread of about one level either way
                int tenths = m.tenths() + (int) Math.round(random.nextGaussian() * 7);
                int level = clamp((tenths + 5) / 10);
                levels.put(i.code(), level);
                first.value(i.code(), level);
            }
            y2024.add(first.build());
            Assessment.Builder second = Assessment.builder(f.id(), Agency.of(m.name(), m.code()), 2025).stage(Stage.FINAL);
            for (Indicator i : f.indicators()) {
                int level = levels.get(i.code());
                int draw = random.nextInt(100);
                if (draw < 22) {
                    level = clamp(level + 1);
                } else if (draw < 25) {
                    level = clamp(level - 1);
                }
                second.value(i.code(), level);
            }
            y2025.add(second.build());
        }
        List<Assessment> all = new ArrayList<>(y2024);
        all.addAll(y2025);
        return List.copyOf(all);
    }

    /** The sample's text, as the sheet writer writes it. */
    public static String generate() {
        return AssessmentSheet.write(assessments(), FrameworkRegistry.builtIn());
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }

    /**
     * Writes the sample.
     *
     * @param args none
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(FILE), generate(), StandardCharsets.UTF_8);
    }
}
