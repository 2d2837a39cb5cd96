package org.kpiengine.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Category;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Timing;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.CustomScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Scheme;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.scorecard.Weight;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes plan documents: one role template (indicators with weights, thresholds and
 * curves; the pay plan with its schemes, modifiers, measures, conditions and band tables) and the
 * precision, as a versioned JSON document. The format is described in docs/guides/json.md and by
 * the JSON Schema {@code org/kpiengine/json/plan.schema.json} shipped in this jar.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.standard();
 * PlanDocument plan = json.read(Path.of("sales-manager.json"));
 * Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", "4500.00")));
 * String text = json.write(plan);          // the canonical form
 * }</pre>
 *
 * <p>Reading is strict: an unknown member or {@code type}, a number with a fraction where a
 * decimal string is required, or a value the model refuses is a {@link PlanJsonException} with
 * the JSON Pointer of the place. Decimals are written as strings; a JSON integer is accepted
 * where a decimal is expected. A document larger than {@link #MAX_DOCUMENT_CHARS} characters,
 * nested deeper than {@link #MAX_DEPTH}, or with a string longer than {@link #MAX_STRING_CHARS}
 * is refused while it is parsed, before it is held in memory whole.
 *
 * <p>Writing gives the canonical form: members in a fixed order, every optional member that has a
 * value present, decimals without trailing zeros, money at its currency's scale, weights
 * totalling 1, modifiers in the order they apply; {@code write(read(doc))} is the canonical form
 * of {@code doc}, and {@code read(write(plan))} equals {@code plan}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanJson {

    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The largest document read, in characters (bytes for a stream). */
    public static final long MAX_DOCUMENT_CHARS = 10_000_000L;
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_DEPTH = 64;
    /** The longest string read, in characters. */
    public static final int MAX_STRING_CHARS = 100_000;

    private static final PlanJson STANDARD = builder().build();

    private final Family<ScoringCurve> curves = new Family<>("curve");
    private final Family<Scheme> schemes = new Family<>("scheme");
    private final Family<Modifier> modifiers = new Family<>("modifier");
    private final Family<Condition> conditions = new Family<>("condition");
    private final Family<Measure> measures = new Family<>("measure");
    private final Codec codec;
    private final JsonMapper mapper;
    private final ObjectWriter writer;

    private PlanJson(Builder builder) {
        Mappers.curves().forEach(curves::register);
        Mappers.schemes().forEach(schemes::register);
        Mappers.modifiers().forEach(modifiers::register);
        Mappers.conditions().forEach(conditions::register);
        Mappers.measures().forEach(measures::register);
        for (CustomType<? extends CustomCurve> type : builder.customCurves) {
            curves.register(type.mapper());
        }
        for (CustomType<? extends CustomScheme> type : builder.customSchemes) {
            schemes.register(type.mapper());
        }
        this.codec = new Codec(curves, schemes, modifiers, conditions, measures, Set.of());
        this.mapper = mapper();
        this.writer = mapper.writer().with(prettyPrinter());
    }

    /** The families of typed objects this instance reads and writes (for tests: every type a sample must use). */
    List<Family<?>> families() {
        return List.of(curves, schemes, modifiers, conditions, measures);
    }

    static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNameLength(1_000)
                        .maxNumberLength(1_000)
                        .maxTokenCount(2_000_000L)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory).build();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        return printer.withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }

    /**
     * Returns the reader and writer of the library's own types, with no custom type.
     *
     * @return the shared instance, not null
     */
    public static PlanJson standard() {
        return STANDARD;
    }

    /**
     * Starts a reader and writer with custom curves and schemes.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a plan document.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws PlanJsonException if the document is malformed, breaks the format, or describes an
     *     invalid plan; the pointer names the place
     */
    public PlanDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return read(parse(() -> mapper.readTree(json)));
    }

    /**
     * Reads a plan document from a stream of characters; the reader is not closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws PlanJsonException if the document is malformed, breaks the format, or describes an invalid plan
     */
    public PlanDocument read(Reader json) {
        Objects.requireNonNull(json, "json");
        return read(parse(() -> mapper.readTree(json)));
    }

    /**
     * Reads a plan document from a stream of bytes (UTF-8); the stream is not closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws PlanJsonException if the document is malformed, breaks the format, or describes an invalid plan
     */
    public PlanDocument read(InputStream json) {
        Objects.requireNonNull(json, "json");
        return read(parse(() -> mapper.readTree(json)));
    }

    /**
     * Reads a plan document from a file (UTF-8).
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws PlanJsonException if the document is malformed, breaks the format, or describes an invalid plan
     * @throws UncheckedIOException if the file cannot be read
     */
    public PlanDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    interface Parse {
        JsonNode run();
    }

    static JsonNode parse(Parse parse) {
        try {
            JsonNode node = parse.run();
            if (node == null || node.isMissingNode()) {
                throw In.error(Reason.OTHER, "", null, "the document is empty");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new PlanJsonException(Reason.OUT_OF_RANGE, null, "", null, "the document exceeds a size limit ("
                    + e.getOriginalMessage() + ")" + where(e.getLocation()), e);
        } catch (JacksonException e) {
            throw new PlanJsonException(Reason.OTHER, null, "", null, "not valid JSON: " + e.getOriginalMessage()
                    + where(e.getLocation()), e);
        }
    }

    private static String where(@Nullable TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private PlanDocument read(JsonNode root) {
        In in = In.object(root, "");
        if (!in.has("formatVersion")) {
            throw In.error(Reason.OTHER, "/formatVersion", null,
                    "the member 'formatVersion' is required; this library reads version " + FORMAT_VERSION);
        }
        int version = in.integer("formatVersion", FORMAT_VERSION, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version != FORMAT_VERSION) {
            throw In.error(Reason.OUT_OF_RANGE, "/formatVersion", Integer.toString(version),
                    "format version " + version + " is not one this library reads (it reads " + FORMAT_VERSION + ")");
        }
        String role = in.text("role");
        boolean forManager = in.bool("forManager", false);
        int weightsTotal = in.integer("weightsTotal", 1, 1, 100);
        Precision precision = precision(in.optionalObject("precision"));
        List<ScorecardLine> lines = in.array("indicators", true, element -> line(element.object()));
        Set<String> ids = new LinkedHashSet<>();
        for (ScorecardLine line : lines) {
            ids.add(line.id());
        }
        Scorecard scorecard = scorecard(in, lines, weightsTotal, forManager);
        In pay = in.optionalObject("pay");
        PayPlan payPlan = pay == null ? null : payPlan(pay, codec.withIndicators(ids));
        in.done();
        return new PlanDocument(new RoleTemplate(role, scorecard, payPlan), precision);
    }

    private static Precision precision(@Nullable In in) {
        if (in == null) {
            return Precision.DEFAULT;
        }
        Precision d = Precision.DEFAULT;
        int scale = in.integer("indexScale", d.indexScale(), 0, 12);
        RoundingMode index = in.has("indexRounding") ? in.enumeration("indexRounding", RoundingMode.class) : d.indexRounding();
        RoundingMode money = in.has("moneyRounding") ? in.enumeration("moneyRounding", RoundingMode.class) : d.moneyRounding();
        in.done();
        return in.build(() -> new Precision(scale, index, money));
    }

    private ScorecardLine line(In in) {
        String id = in.text("id");
        String name = in.has("name") ? in.text("name") : id;
        Unit unit = in.enumeration("unit", Unit.class);
        Direction direction = in.enumeration("direction", Direction.class);
        Category category = in.optionalEnumeration("category", Category.class);
        Timing timing = in.optionalEnumeration("timing", Timing.class);
        boolean additive = in.bool("additive", unit.isAdditiveByDefault());
        Indicator indicator = in.build(() -> new Indicator(id, name, unit, direction, category, timing, additive), "id");
        BigDecimal weightValue = in.decimal("weight");
        Weight weight = in.build(() -> Weight.of(weightValue), "weight");
        In t = in.object("thresholds");
        Thresholds thresholds = t.build(() -> new Thresholds(t.optionalDecimal("base"), t.decimal("plan"),
                t.optionalDecimal("target")));
        t.done();
        try {
            thresholds.validateFor(indicator);
        } catch (KpiInputException e) {
            throw t.wrap(e, thresholdMember(e, thresholds));
        }
        In curveIn = in.object("curve");
        ScoringCurve curve = curves.read(curveIn, codec);
        in.done();
        try {
            return new ScorecardLine(indicator, weight, thresholds, curve);
        } catch (KpiInputException e) {
            // The curve cannot use these thresholds (a missing target, a plan of 0): the thresholds are at fault.
            throw t.wrap(e, thresholdMember(e, thresholds));
        }
    }

    /** The threshold a refusal is about: the plan, the base or the target. */
    private static String thresholdMember(KpiInputException e, Thresholds thresholds) {
        String value = e.value();
        switch (e.reason()) {
            case PLAN_EQUALS_BASE:
            case PLAN_NOT_POSITIVE:
                return "plan";
            case THRESHOLDS_OUT_OF_ORDER:
                return thresholds.base() != null && Codec.text(thresholds.base()).equals(value) ? "base"
                        : thresholds.target() != null && Codec.text(thresholds.target()).equals(value) ? "target" : "plan";
            default:
                return "";
        }
    }

    private static Scorecard scorecard(In in, List<ScorecardLine> lines, int weightsTotal, boolean forManager) {
        Scorecard.Builder builder = Scorecard.builder().weightsTotalling(weightsTotal);
        lines.forEach(builder::add);
        if (forManager) {
            builder.forManager();
        }
        try {
            return builder.build();
        } catch (KpiInputException e) {
            String at = In.child("", "indicators");
            if (e.reason() == Reason.DUPLICATE_INDICATOR) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (!seen.add(lines.get(i).id())) {
                        at = In.child(In.child(at, i), "id");
                        break;
                    }
                }
            } else if (e.reason() == Reason.WEIGHTS_TOTAL && Integer.toString(weightsTotal).equals(e.value())) {
                at = "/weightsTotal";
            }
            throw new PlanJsonException(e.reason(), e.indicatorId(), at, e.value(), e.getMessage(), e);
        }
    }

    private static PayPlan payPlan(In in, Codec codec) {
        // a plan may have no scheme: its variable part is 0 before the modifiers (see docs/reference/plan-shapes.md)
        List<Scheme> schemes = in.array("schemes", false, element -> codec.schemes.read(element.object(), codec));
        List<Modifier> modifiers = in.optionalArray("modifiers", element -> codec.modifiers.read(element.object(), codec));
        in.done();
        try {
            return PayPlan.of(schemes, modifiers);
        } catch (KpiInputException e) {
            String at = in.pointer();
            if (e.reason() == Reason.INVALID_SCHEME && e.value() != null) {
                List<String> names = new ArrayList<>();
                names.add("salary");
                List<String> pointers = new ArrayList<>();
                pointers.add(null);
                for (int i = 0; i < schemes.size(); i++) {
                    names.add(schemes.get(i).name());
                    pointers.add(In.child(In.child(in.pointer("schemes"), i), "name"));
                }
                for (int i = 0; i < modifiers.size(); i++) {
                    names.add(modifiers.get(i).name());
                    pointers.add(In.child(In.child(in.pointer("modifiers"), i), "name"));
                }
                int first = names.indexOf(e.value());
                int last = names.lastIndexOf(e.value());
                if (first != last && pointers.get(last) != null) {
                    at = pointers.get(last);
                } else if (e.getMessage().startsWith("floor")) {
                    at = in.pointer("modifiers");
                }
            }
            throw new PlanJsonException(e.reason(), e.indicatorId(), at, e.value(), e.getMessage(), e);
        }
    }

    /**
     * Writes a plan document in the canonical form.
     *
     * @param plan the plan, not null
     * @return the document, indented, not null
     * @throws PlanJsonException if the plan holds a custom curve or scheme with no registered
     *     {@link CustomType}
     */
    public String write(PlanDocument plan) {
        StringWriter out = new StringWriter();
        write(plan, out);
        return out.toString();
    }

    /**
     * Writes a role template with the default precision in the canonical form.
     *
     * @param template the role template, not null
     * @return the document, indented, not null
     * @throws PlanJsonException if the template holds a custom curve or scheme with no registered type
     */
    public String write(RoleTemplate template) {
        return write(PlanDocument.of(template));
    }

    /**
     * Writes a plan document in the canonical form; the writer is not closed.
     *
     * @param plan the plan, not null
     * @param out where to write, not null
     * @throws PlanJsonException if the plan holds a custom curve or scheme with no registered type
     * @throws UncheckedIOException if writing fails
     */
    public void write(PlanDocument plan, Writer out) {
        ObjectNode root = tree(plan);
        try {
            writer.writeValue(out, root);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /**
     * Returns the canonical form of a document: {@code write(read(json))}.
     *
     * @param json the document, not null
     * @return the canonical document, not null
     * @throws PlanJsonException if the document cannot be read
     */
    public String canonical(String json) {
        return write(read(json));
    }

    private ObjectNode tree(PlanDocument plan) {
        RoleTemplate template = plan.template();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("role", template.role());
        root.put("forManager", template.scorecard().isForManager());
        ObjectNode precision = root.putObject("precision");
        precision.put("indexScale", plan.precision().indexScale());
        precision.put("indexRounding", Names.of(plan.precision().indexRounding()));
        precision.put("moneyRounding", Names.of(plan.precision().moneyRounding()));
        ArrayNode indicators = root.putArray("indicators");
        for (ScorecardLine line : template.scorecard().lines()) {
            ObjectNode row = indicators.addObject();
            Indicator indicator = line.indicator();
            row.put("id", indicator.id());
            row.put("name", indicator.name());
            row.put("unit", Names.of(indicator.unit()));
            row.put("direction", Names.of(indicator.direction()));
            if (indicator.category() != null) {
                row.put("category", Names.of(indicator.category()));
            }
            if (indicator.timing() != null) {
                row.put("timing", Names.of(indicator.timing()));
            }
            if (indicator.additive() != indicator.unit().isAdditiveByDefault()) {
                row.put("additive", indicator.additive());   // only an override of the unit's default
            }
            Codec.put(row, "weight", line.weight().value());
            ObjectNode thresholds = row.putObject("thresholds");
            Codec.put(thresholds, "base", line.thresholds().base());
            Codec.put(thresholds, "plan", line.thresholds().plan());
            Codec.put(thresholds, "target", line.thresholds().target());
            row.set("curve", curves.write(line.curve(), codec));
        }
        PayPlan payPlan = template.payPlan();
        if (payPlan != null) {
            ObjectNode pay = root.putObject("pay");
            ArrayNode schemeNodes = pay.putArray("schemes");
            for (Scheme scheme : payPlan.schemes()) {
                schemeNodes.add(schemes.write(scheme, codec));
            }
            ArrayNode modifierNodes = pay.putArray("modifiers");
            for (Modifier modifier : payPlan.modifiers()) {
                modifierNodes.add(modifiers.write(modifier, codec));
            }
        }
        return root;
    }

    /** Builds a {@link PlanJson} that also knows an integrator's own curves and schemes. */
    public static final class Builder {
        private final List<CustomType<? extends CustomCurve>> customCurves = new ArrayList<>();
        private final List<CustomType<? extends CustomScheme>> customSchemes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Registers a custom curve type.
         *
         * @param type the type, not null
         * @return this builder, not null
         */
        public Builder customCurve(CustomType<? extends CustomCurve> type) {
            customCurves.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Registers a custom scheme type.
         *
         * @param type the type, not null
         * @return this builder, not null
         */
        public Builder customScheme(CustomType<? extends CustomScheme> type) {
            customSchemes.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Builds the reader and writer.
         *
         * @return the instance, not null
         * @throws IllegalArgumentException if a type name or class is registered twice, or a
         *     custom type takes the name of a built-in one
         */
        public PlanJson build() {
            return new PlanJson(this);
        }
    }
}
