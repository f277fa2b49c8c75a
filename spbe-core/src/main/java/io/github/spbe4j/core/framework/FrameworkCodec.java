package io.github.spbe4j.core.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.NodeForm;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The JSON form of {@link Framework}, the format of framework files; see docs/frameworks.md. */
final class FrameworkCodec {

    private static final Set<String> TOP = Set.of("id", "title", "regulation", "regulationId", "years", "provenance",
            "scale", "ladders", "predikat", "tree", "conversions");
    private static final Set<String> NODE = Set.of("code", "kind", "name", "weight", "children", "ladder", "description");
    private static final int MAX_DEPTH = 16;
    private static final int MAX_WEIGHT_TEXT = 40;
    private static final BigInteger MAX_FRACTION_PART = BigInteger.TEN.pow(12);

    private static final ObjectMapper MAPPER = StrictJson.mapperBuilder().build();

    private FrameworkCodec() {
    }

    static Framework read(Path file) {
        return StrictJson.readFile(file, "framework file", FrameworkCodec::read);
    }

    static Framework read(InputStream in, String source) {
        return read(StrictJson.readTree(MAPPER, in, "framework file " + Text.oneLine(source), InvalidFrameworkException::new), source);
    }

    static Framework parse(String json) {
        return read(StrictJson.readTree(MAPPER, json, "framework (JSON text)", InvalidFrameworkException::new), "(JSON text)");
    }

    static String text(Framework framework) {
        try {
            return MAPPER.writeValueAsString(write(framework));
        } catch (JsonProcessingException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }

    static Framework read(JsonNode root, String source) {
        Fields f = new Fields();
        String subject = "framework file " + Text.oneLine(source);
        if (!f.isObject(root, "")) {
            throw new InvalidFrameworkException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, "", TOP);
        String id = f.name(root, "", "id", true);
        if (id != null) {
            subject = "framework " + Text.oneLine(id);
        }
        String title = f.text(root, "", "title", true);
        String regulation = f.text(root, "", "regulation", false);
        String regulationId = f.text(root, "", "regulationId", false);
        YearRange years = readYears(f, root);
        Provenance provenance = readProvenance(f, root);
        LevelScale scale = readScale(f, root);
        List<Ladder> ladders = readLadders(f, root);
        List<PredikatBand> predikat = readPredikat(f, root);
        List<Node> tree = new ArrayList<>();
        JsonNode treeNode = f.array(root, "", "tree", true);
        if (treeNode != null) {
            for (int i = 0; i < treeNode.size(); i++) {
                Node n = readNode(f, treeNode.get(i), "tree[" + i + "]", 1);
                if (n != null) {
                    tree.add(n);
                }
            }
        }
        List<Conversion> conversions = readConversions(f, root);
        if (!f.ok() || id == null || scale == null) {
            throw new InvalidFrameworkException(subject, f.problems(), f.omitted());
        }
        Framework.Builder b = Framework.builder(id).title(title == null ? id : title).regulationId(regulationId)
                .years(years).scale(scale).ladders(ladders).predikat(predikat).tree(tree).conversions(conversions);
        if (regulation != null) {
            b.regulation(regulation);
        }
        if (provenance != null) {
            b.provenance(provenance);
        }
        return b.build();
    }

    private static @Nullable YearRange readYears(Fields f, JsonNode root) {
        JsonNode years = f.object(root, "", "years", false);
        if (years == null) {
            return null;
        }
        f.onlyKnown(years, "years", Set.of("from", "to"));
        Integer from = f.integer(years, "years", "from", true, 1900, 9999);
        Integer to = f.integer(years, "years", "to", false, 1900, 9999);
        if (from == null) {
            return null;
        }
        if (to != null && to < from) {
            f.add("years.to", "Ascending", "years runs " + from + ".." + to + "; the last year is before the first", to.toString());
            return null;
        }
        return new YearRange(from, to == null ? OptionalInt.empty() : OptionalInt.of(to));
    }

    private static @Nullable Provenance readProvenance(Fields f, JsonNode root) {
        JsonNode p = f.object(root, "", "provenance", false);
        if (p == null) {
            return null;
        }
        f.onlyKnown(p, "provenance", Set.of("status", "confidence", "sources", "notes"));
        Provenance.Status status = f.enumValue(p, "provenance", "status", true, Provenance.Status.class, Provenance.Status::id);
        Confidence confidence = f.enumValue(p, "provenance", "confidence", true, Confidence.class, Confidence::id);
        List<String> sources = new ArrayList<>();
        JsonNode s = f.array(p, "provenance", "sources", false);
        if (s != null) {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).isTextual()) {
                    sources.add(s.get(i).asText());
                } else {
                    String at = "provenance.sources[" + i + "]";
                    f.add(at, Fields.TYPE, at + " must be a string, was " + Text.show(s.get(i)), Text.show(s.get(i)));
                }
            }
        }
        List<ProvenanceNote> notes = new ArrayList<>();
        JsonNode n = f.array(p, "provenance", "notes", false);
        if (n != null) {
            for (int i = 0; i < n.size(); i++) {
                String path = "provenance.notes[" + i + "]";
                JsonNode note = n.get(i);
                if (!f.isObject(note, path)) {
                    continue;
                }
                f.onlyKnown(note, path, Set.of("subject", "confidence", "text"));
                String subject = f.text(note, path, "subject", true);
                Confidence c = f.enumValue(note, path, "confidence", true, Confidence.class, Confidence::id);
                String text = f.text(note, path, "text", true, TextPolicy.MULTI_LINE);
                if (subject != null && c != null && text != null) {
                    notes.add(new ProvenanceNote(subject, c, text));
                }
            }
        }
        return status == null || confidence == null ? null : new Provenance(status, confidence, sources, notes);
    }

    private static @Nullable LevelScale readScale(Fields f, JsonNode root) {
        JsonNode s = f.object(root, "", "scale", true);
        if (s == null) {
            return null;
        }
        f.onlyKnown(s, "scale", Set.of("min", "max", "decimals"));
        Integer min = f.integer(s, "scale", "min", true, 0, 100);
        Integer max = f.integer(s, "scale", "max", true, 0, 100);
        Integer decimals = f.integer(s, "scale", "decimals", false, 0, LevelScale.MAX_DECIMALS);
        if (min == null || max == null) {
            return null;
        }
        if (max <= min) {
            f.add("scale.max", "Ascending", "scale runs " + min + ".." + max + "; the maximum must exceed the minimum", max.toString());
            return null;
        }
        return new LevelScale(min, max, decimals == null ? 0 : decimals);
    }

    private static List<Ladder> readLadders(Fields f, JsonNode root) {
        List<Ladder> ladders = new ArrayList<>();
        JsonNode array = f.array(root, "", "ladders", false);
        if (array == null) {
            return ladders;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "ladders[" + i + "]";
            JsonNode l = array.get(i);
            if (!f.isObject(l, path)) {
                continue;
            }
            f.onlyKnown(l, path, Set.of("id", "name", "levels"));
            String id = f.name(l, path, "id", true);
            String name = f.text(l, path, "name", false);
            JsonNode levels = f.object(l, path, "levels", true);
            Map<Integer, String> names = new TreeMap<>();
            if (levels != null) {
                for (Map.Entry<String, JsonNode> e : levels.properties()) {
                    Integer level = parseLevel(e.getKey());
                    if (level == null) {
                        f.add(path + ".levels", "LevelKey", path + ".levels key '" + Text.clean(e.getKey()) + "' must be a level number 0..100",
                                Text.quote(e.getKey()));
                    } else if (!e.getValue().isTextual()) {
                        String at = path + ".levels." + e.getKey();
                        f.add(at, Fields.TYPE, at + " must be a string, was " + Text.show(e.getValue()), Text.show(e.getValue()));
                    } else if (names.putIfAbsent(level, e.getValue().asText()) != null) {
                        f.add(path + ".levels", "UniqueLevel", path + ".levels key '" + Text.clean(e.getKey()) + "' names level " + level
                                + " again; name each level once", Text.quote(e.getKey()));
                    }
                }
            }
            if (id != null) {
                ladders.add(new Ladder(id, name == null ? id : name, names));
            }
        }
        return ladders;
    }

    private static @Nullable Integer parseLevel(String key) {
        if (key.isEmpty() || key.length() > 3 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int level = Integer.parseInt(key);
        return level <= 100 ? level : null;
    }

    private static List<PredikatBand> readPredikat(Fields f, JsonNode root) {
        List<PredikatBand> bands = new ArrayList<>();
        JsonNode array = f.array(root, "", "predikat", true);
        if (array == null) {
            return bands;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "predikat[" + i + "]";
            JsonNode b = array.get(i);
            if (!f.isObject(b, path)) {
                continue;
            }
            f.onlyKnown(b, path, Set.of("name", "label", "lower", "upper"));
            String name = f.name(b, path, "name", true);
            String label = f.text(b, path, "label", false);
            BigDecimal lower = f.decimal(b, path, "lower", true);
            BigDecimal upper = f.decimal(b, path, "upper", true);
            if (name == null || lower == null || upper == null) {
                continue;
            }
            if (lower.compareTo(upper) >= 0) {
                f.add(path, "Ascending", path + " (" + name + ") runs " + lower.toPlainString() + ".." + upper.toPlainString()
                        + "; its lower bound must be below its upper bound", null);
                continue;
            }
            bands.add(new PredikatBand(name, Optional.ofNullable(label), lower, upper));
        }
        return bands;
    }

    private static @Nullable Node readNode(Fields f, JsonNode n, String path, int depth) {
        if (!f.isObject(n, path)) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            f.add(path, "Depth", path + " is nested " + depth + " levels deep; trees have at most " + MAX_DEPTH + " levels", null);
            return null;
        }
        String code = f.name(n, path, "code", true);
        if (code != null) {
            path = path + "(" + code + ")";
        }
        f.onlyKnown(n, path, NODE);
        String name = f.text(n, path, "name", true);
        String kind = f.name(n, path, "kind", false);
        String description = f.text(n, path, "description", false, TextPolicy.MULTI_LINE);
        Weight weight = readWeight(f, n, path);
        JsonNode children = f.array(n, path, "children", false);
        if (children == null) {
            String ladder = f.name(n, path, "ladder", false);
            if (kind != null && !kind.equals("indicator")) {
                f.add(path, "Leaf", path + " is of kind '" + kind + "' but has no children; only indicators are leaves", Text.quote(kind));
            }
            return code == null || name == null || weight == null ? null
                    : new Indicator(code, name, weight, Optional.ofNullable(ladder), Optional.ofNullable(description));
        }
        if (n.has("ladder")) {
            f.add(path + ".ladder", "Leaf", path + ".ladder is set on a group; only indicators have a ladder", null);
        }
        if ("indicator".equals(kind)) {
            f.add(path, "Leaf", path + " is of kind 'indicator' but has children; indicators are leaves", null);
        }
        if (children.isEmpty()) {
            f.add(path + ".children", "NotEmpty", path + ".children is empty; a group needs at least one child", null);
        }
        List<Node> kids = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Node child = readNode(f, children.get(i), path + ".children[" + i + "]", depth + 1);
            if (child != null) {
                kids.add(child);
            }
        }
        if (code == null || name == null || weight == null || kids.isEmpty() || kids.size() != children.size()) {
            return null;
        }
        return new Group(code, kind == null ? "group" : kind, name, weight, kids, Optional.ofNullable(description));
    }

    private static @Nullable Weight readWeight(Fields f, JsonNode n, String path) {
        JsonNode w = n.get("weight");
        String where = Fields.where(path, "weight");
        if (w == null || w.isNull()) {
            f.add(where, Fields.REQUIRED, where + " is missing; it must be a number or a fraction such as \"10/3\"", null);
            return null;
        }
        if (w.isTextual()) {
            return readWeightText(f, w, where);
        }
        BigDecimal d = f.decimal(w, where);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            f.add(where, "Weight", where + " is " + d.toPlainString() + "; weights are not negative", d.toPlainString());
            return null;
        }
        return Weight.of(d);
    }

    /**
     * Reads a weight written as text: a decimal ({@code "2.75"}) or a fraction ({@code "10/3"}) of
     * whole numbers, each bounded as numbers are, so that no weight is too large to compute with.
     */
    private static @Nullable Weight readWeightText(Fields f, JsonNode w, String where) {
        String s = w.asText().strip();
        String rule = "; it must be a number or a fraction such as \"10/3\"";
        if (s.length() > MAX_WEIGHT_TEXT) {
            f.add(where, "Weight", where + " is " + Text.show(w) + rule + " of at most " + MAX_WEIGHT_TEXT + " characters", Text.show(w));
            return null;
        }
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                BigDecimal d = f.bounded(new BigDecimal(s), where, w);
                if (d != null && d.signum() < 0) {
                    f.add(where, "Weight", where + " is " + Text.show(w) + "; weights are not negative", Text.show(w));
                    return null;
                }
                return d == null ? null : Weight.of(d);
            }
            BigInteger numerator = new BigInteger(s.substring(0, slash).strip());
            BigInteger denominator = new BigInteger(s.substring(slash + 1).strip());
            if (numerator.signum() < 0 || denominator.signum() <= 0) {
                f.add(where, "Weight", where + " is " + Text.show(w) + "; a fraction weight has a numerator not negative and a positive denominator",
                        Text.show(w));
                return null;
            }
            if (numerator.compareTo(MAX_FRACTION_PART) > 0 || denominator.compareTo(MAX_FRACTION_PART) > 0) {
                f.add(where, "Weight", where + " is " + Text.show(w) + "; a fraction weight's numerator and denominator are at most 10^12",
                        Text.show(w));
                return null;
            }
            return Weight.ofFraction(numerator, denominator);
        } catch (NumberFormatException e) {
            f.add(where, "Weight", where + " is " + Text.show(w) + rule, Text.show(w));
            return null;
        }
    }

    private static List<Conversion> readConversions(Fields f, JsonNode root) {
        List<Conversion> conversions = new ArrayList<>();
        JsonNode array = f.array(root, "", "conversions", false);
        if (array == null) {
            return conversions;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "conversions[" + i + "]";
            JsonNode c = array.get(i);
            if (!f.isObject(c, path)) {
                continue;
            }
            f.onlyKnown(c, path, Set.of("indicator", "source", "sourceMin", "sourceMax", "decimals", "confidence", "note", "bands"));
            String indicator = f.name(c, path, "indicator", true);
            String source = f.name(c, path, "source", true);
            BigDecimal min = f.decimal(c, path, "sourceMin", true);
            BigDecimal max = f.decimal(c, path, "sourceMax", true);
            Integer decimals = f.integer(c, path, "decimals", false, 0, LevelScale.MAX_DECIMALS);
            Confidence confidence = f.enumValue(c, path, "confidence", false, Confidence.class, Confidence::id);
            String note = f.text(c, path, "note", false, TextPolicy.MULTI_LINE);
            JsonNode bandsNode = f.array(c, path, "bands", true);
            List<ConversionBand> bands = new ArrayList<>();
            if (bandsNode != null) {
                if (bandsNode.isEmpty()) {
                    f.add(path + ".bands", "NotEmpty", path + ".bands is empty; a conversion needs at least one band", null);
                }
                for (int j = 0; j < bandsNode.size(); j++) {
                    String bp = path + ".bands[" + j + "]";
                    JsonNode b = bandsNode.get(j);
                    if (!f.isObject(b, bp)) {
                        continue;
                    }
                    f.onlyKnown(b, bp, Set.of("from", "to", "valueFrom", "valueTo"));
                    BigDecimal from = f.decimal(b, bp, "from", true);
                    BigDecimal to = f.decimal(b, bp, "to", true);
                    BigDecimal vf = f.decimal(b, bp, "valueFrom", true);
                    BigDecimal vt = f.decimal(b, bp, "valueTo", true);
                    if (from != null && to != null && vf != null && vt != null) {
                        bands.add(new ConversionBand(from, to, vf, vt));
                    }
                }
            }
            if (indicator != null && source != null && min != null && max != null && !bands.isEmpty()
                    && bands.size() == bandsNode.size()) {
                conversions.add(new Conversion(indicator, source, min, max, decimals == null ? 2 : decimals,
                        confidence == null ? Confidence.HIGH : confidence, Optional.ofNullable(note), bands));
            }
        }
        return conversions;
    }

    static ObjectNode write(Framework fw) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("id", fw.id());
        root.put("title", fw.title());
        root.put("regulation", fw.regulation());
        fw.regulationId().ifPresent(r -> root.put("regulationId", r));
        fw.years().ifPresent(y -> {
            ObjectNode years = root.putObject("years");
            years.put("from", y.from());
            if (y.to().isPresent()) {
                years.put("to", y.to().getAsInt());
            } else {
                years.putNull("to");
            }
        });
        ObjectNode prov = root.putObject("provenance");
        prov.put("status", fw.provenance().status().id());
        prov.put("confidence", fw.provenance().confidence().id());
        ArrayNode sources = prov.putArray("sources");
        fw.provenance().sources().forEach(sources::add);
        ArrayNode notes = prov.putArray("notes");
        for (ProvenanceNote note : fw.provenance().notes()) {
            notes.addObject().put("subject", note.subject()).put("confidence", note.confidence().id()).put("text", note.text());
        }
        root.putObject("scale").put("min", fw.scale().min()).put("max", fw.scale().max()).put("decimals", fw.scale().decimals());
        ArrayNode ladders = root.putArray("ladders");
        for (Ladder l : fw.ladders()) {
            ObjectNode ln = ladders.addObject().put("id", l.id()).put("name", l.name());
            ObjectNode levels = ln.putObject("levels");
            new TreeMap<>(l.levels()).forEach((k, v) -> levels.put(Integer.toString(k), v));
        }
        ArrayNode predikat = root.putArray("predikat");
        for (PredikatBand b : fw.predikat()) {
            ObjectNode bn = predikat.addObject().put("name", b.name());
            if (b.label().isPresent()) {
                bn.put("label", b.label().get());
            } else {
                bn.putNull("label");
            }
            bn.put("lower", b.lower()).put("upper", b.upper());
        }
        ArrayNode tree = root.putArray("tree");
        fw.tree().forEach(n -> tree.add(writeNode(n)));
        ArrayNode conversions = root.putArray("conversions");
        for (Conversion c : fw.conversions()) {
            ObjectNode cn = conversions.addObject().put("indicator", c.indicator()).put("source", c.source())
                    .put("sourceMin", c.sourceMin()).put("sourceMax", c.sourceMax()).put("decimals", c.decimals())
                    .put("confidence", c.confidence().id());
            c.note().ifPresent(note -> cn.put("note", note));
            ArrayNode bands = cn.putArray("bands");
            for (ConversionBand b : c.bands()) {
                bands.addObject().put("from", b.from()).put("to", b.to()).put("valueFrom", b.valueFrom()).put("valueTo", b.valueTo());
            }
        }
        return root;
    }

    /** Writes a node in the form {@link NodeForm} gives every node, for this file and for spbe-core's Jackson module alike. */
    private static ObjectNode writeNode(Node node) {
        if (node instanceof Group g) {
            return NodeForm.group(g.code(), g.kind(), g.name(), g.weight().toString(), g.description(),
                    g.children().stream().map(FrameworkCodec::writeNode).toList());
        }
        Indicator i = (Indicator) node;
        return NodeForm.indicator(i.code(), i.name(), i.weight().toString(), i.ladder(), i.description());
    }
}
