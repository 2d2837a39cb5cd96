package org.kpiengine.json;

import java.util.List;

import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FactMeasure;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.IndexMeasure;
import org.kpiengine.pay.InputMeasure;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table: the JSON form of every built-in model type, one entry per type. A new curve,
 * scheme, modifier, condition or measure in kpi-core lands with one entry here (its {@code type}
 * name, class, reader and writer), a section in docs/guides/json.md and a definition in
 * plan.schema.json; see docs/guides/json.md, "Adding a type".
 */
final class Mappers {

    private Mappers() {
    }

    static List<Mapper<ScoringCurve>> curves() {
        return List.of(
                Mapper.<ScoringCurve, RatioCurve>of("ratio", RatioCurve.class,
                        (in, codec) -> in.build(() -> new RatioCurve(in.optionalDecimal("cap")), "cap"),
                        (curve, out, codec) -> Codec.put(out, "cap", curve.cap())),
                Mapper.<ScoringCurve, LinearCurve>of("linear", LinearCurve.class,
                        (in, codec) -> in.build(() -> new LinearCurve(in.optionalDecimal("cap")), "cap"),
                        (curve, out, codec) -> Codec.put(out, "cap", curve.cap())),
                Mapper.<ScoringCurve, TwoSlopeCurve>of("two-slope", TwoSlopeCurve.class,
                        (in, codec) -> in.build(() -> new TwoSlopeCurve(in.decimal("max")), "max"),
                        (curve, out, codec) -> Codec.put(out, "max", curve.maxIndex())),
                Mapper.<ScoringCurve, StepCurve>of("steps", StepCurve.class,
                        (in, codec) -> {
                            StepCurve.Basis basis = in.enumeration("basis", StepCurve.Basis.class);
                            return in.build(() -> new StepCurve(Codec.bands(in, "bands"), basis), "bands");
                        },
                        (curve, out, codec) -> {
                            out.put("basis", Names.of(curve.basis()));
                            out.set("bands", Codec.bands(curve.bands()));
                        }));
    }

    static List<Mapper<Scheme>> schemes() {
        return List.of(
                Mapper.<Scheme, FixedScheme>of("fixed", FixedScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            Condition condition = codec.condition(in, "condition");
                            return in.build(() -> new FixedScheme(name, condition, in.money("amount")));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            out.set("condition", codec.conditions.write(scheme.condition(), codec));
                            Codec.put(out, "amount", scheme.amount());
                        }),
                Mapper.<Scheme, LinearScheme>of("linear", LinearScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            Measure measure = codec.measure(in, "measure");
                            return in.build(() -> new LinearScheme(name, measure, in.money("plannedBonus"),
                                    in.decimal("base"), in.optionalMoney("cap")));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            out.set("measure", Codec.measureNode(codec, scheme.measure()));
                            Codec.put(out, "plannedBonus", scheme.plannedBonus());
                            Codec.put(out, "base", scheme.base());
                            Codec.put(out, "cap", scheme.cap());
                        }),
                Mapper.<Scheme, TieredScheme>of("tiered", TieredScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            TieredScheme.Kind kind = in.enumeration("kind", TieredScheme.Kind.class);
                            Measure measure = codec.measure(in, "measure");
                            TieredScheme.Payment payment = in.enumeration("payment", TieredScheme.Payment.class);
                            Measure turnover = codec.optionalMeasure(in, "turnover");
                            return in.build(() -> new TieredScheme(name, measure, Codec.bands(in, "tiers"), kind, payment,
                                    turnover));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            out.put("kind", Names.of(scheme.kind()));
                            out.set("measure", Codec.measureNode(codec, scheme.measure()));
                            out.put("payment", Names.of(scheme.payment()));
                            if (scheme.turnover() != null) {
                                out.set("turnover", Codec.measureNode(codec, scheme.turnover()));
                            }
                            out.set("tiers", Codec.bands(scheme.tiers()));
                        }),
                Mapper.<Scheme, CoefficientScheme>of("coefficient", CoefficientScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            Measure turnover = codec.measure(in, "turnover");
                            List<WeightedCoefficient> terms = in.array("coefficients", true, element -> {
                                In term = element.object();
                                Measure measure = codec.measure(term, "measure");
                                WeightedCoefficient coefficient = term.build(() -> new WeightedCoefficient(measure,
                                        term.decimal("weight"), Codec.bands(term, "steps")));
                                term.done();
                                return coefficient;
                            });
                            return in.build(() -> new CoefficientScheme(name, turnover, in.decimal("share"), terms));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            out.set("turnover", Codec.measureNode(codec, scheme.turnover()));
                            Codec.put(out, "share", scheme.sharePercent());
                            ArrayNode terms = out.putArray("coefficients");
                            for (WeightedCoefficient term : scheme.coefficients()) {
                                ObjectNode row = terms.addObject();
                                row.set("measure", Codec.measureNode(codec, term.measure()));
                                Codec.put(row, "weight", term.weight());
                                row.set("steps", Codec.bands(term.steps()));
                            }
                        }),
                Mapper.<Scheme, PoolScheme>of("pool", PoolScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            PoolScheme.Rule rule = in.enumeration("rule", PoolScheme.Rule.class);
                            return in.build(() -> new PoolScheme(name, in.money("pool"), rule));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            Codec.put(out, "pool", scheme.pool());
                            out.put("rule", Names.of(scheme.rule()));
                        }),
                Mapper.<Scheme, PerUnitScheme>of("per-unit", PerUnitScheme.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            String indicator = codec.indicator(in, "indicator");
                            return in.build(() -> new PerUnitScheme(name, indicator, in.money("amountPerUnit")));
                        },
                        (scheme, out, codec) -> {
                            out.put("name", scheme.name());
                            out.put("indicator", scheme.indicatorId());
                            Codec.put(out, "amountPerUnit", scheme.amountPerUnit());
                        }));
    }

    static List<Mapper<Modifier>> modifiers() {
        return List.of(
                Mapper.<Modifier, Gate>of("gate", Gate.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            Condition condition = codec.condition(in, "condition");
                            return in.build(() -> new Gate(name, condition, in.decimal("factor")));
                        },
                        (gate, out, codec) -> {
                            out.put("name", gate.name());
                            out.set("condition", codec.conditions.write(gate.condition(), codec));
                            Codec.put(out, "factor", gate.factor());
                        }),
                Mapper.<Modifier, VariableLimits>of("variable-limits", VariableLimits.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            return in.build(() -> new VariableLimits(name, in.optionalMoney("floor"), in.optionalMoney("cap")));
                        },
                        (limits, out, codec) -> {
                            out.put("name", limits.name());
                            Codec.put(out, "floor", limits.floor());
                            Codec.put(out, "cap", limits.cap());
                        }),
                Mapper.<Modifier, Deduction>of("deduction", Deduction.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            Measure units = codec.measure(in, "units");
                            Deduction.Floor floor = in.enumeration("floor", Deduction.Floor.class);
                            return in.build(() -> new Deduction(name, units, in.money("amountPerUnit"), floor));
                        },
                        (deduction, out, codec) -> {
                            out.put("name", deduction.name());
                            out.set("units", Codec.measureNode(codec, deduction.units()));
                            Codec.put(out, "amountPerUnit", deduction.amountPerUnit());
                            out.put("floor", Names.of(deduction.floor()));
                        }),
                Mapper.<Modifier, TotalLimits>of("total-limits", TotalLimits.class,
                        (in, codec) -> {
                            String name = in.text("name");
                            return in.build(() -> new TotalLimits(name, in.optionalMoney("floor"), in.optionalMoney("cap")));
                        },
                        (limits, out, codec) -> {
                            out.put("name", limits.name());
                            Codec.put(out, "floor", limits.floor());
                            Codec.put(out, "cap", limits.cap());
                        }));
    }

    static List<Mapper<Condition>> conditions() {
        return List.of(
                Mapper.<Condition, AtLeast>of("at-least", AtLeast.class,
                        (in, codec) -> {
                            Measure measure = codec.measure(in, "measure");
                            return in.build(() -> new AtLeast(measure, in.decimal("level")), "level");
                        },
                        (condition, out, codec) -> {
                            out.set("measure", Codec.measureNode(codec, condition.measure()));
                            Codec.put(out, "level", condition.level());
                        }),
                Mapper.<Condition, OverPlan>of("over-plan", OverPlan.class,
                        (in, codec) -> {
                            String indicator = codec.indicator(in, "indicator");
                            return in.build(() -> new OverPlan(indicator, in.decimal("multiple")), "multiple");
                        },
                        (condition, out, codec) -> {
                            out.put("indicator", condition.indicatorId());
                            Codec.put(out, "multiple", condition.multiple());
                        }));
    }

    static List<Mapper<Measure>> measures() {
        return List.of(
                Mapper.<Measure, RatingMeasure>of("rating", RatingMeasure.class,
                        (in, codec) -> new RatingMeasure(),
                        (measure, out, codec) -> {
                        }),
                Mapper.<Measure, IndexMeasure>of("index", IndexMeasure.class,
                        (in, codec) -> new IndexMeasure(codec.indicator(in, "indicator")),
                        (measure, out, codec) -> out.put("indicator", measure.indicatorId())),
                Mapper.<Measure, FactMeasure>of("fact", FactMeasure.class,
                        (in, codec) -> new FactMeasure(codec.indicator(in, "indicator")),
                        (measure, out, codec) -> out.put("indicator", measure.indicatorId())),
                Mapper.<Measure, AttainmentMeasure>of("attainment", AttainmentMeasure.class,
                        (in, codec) -> new AttainmentMeasure(codec.indicator(in, "indicator")),
                        (measure, out, codec) -> out.put("indicator", measure.indicatorId())),
                Mapper.<Measure, InputMeasure>of("input", InputMeasure.class,
                        (in, codec) -> in.build(() -> new InputMeasure(in.text("name")), "name"),
                        (measure, out, codec) -> out.put("name", measure.name())));
    }
}
