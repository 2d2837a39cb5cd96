package org.kpiengine.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;

/**
 * The plans parsed in this JVM, keyed by their JSON text: each document is read once per executor
 * however many partitions and tasks use it.
 */
final class Plans {

    /** A parsed plan and its batch. */
    record Parsed(PlanDocument document, TeamBatch batch) {
    }

    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

    private Plans() {
    }

    /**
     * Returns the parsed plan of a JSON document, reading it on first use.
     *
     * @param json the document
     * @return the plan and its batch
     * @throws org.kpiengine.json.PlanJsonException if the document cannot be read
     */
    static Parsed of(String json) {
        return CACHE.computeIfAbsent(json, Plans::parse);
    }

    private static Parsed parse(String json) {
        PlanDocument document = PlanJson.standard().read(json);
        return new Parsed(document, document.batch());
    }
}
