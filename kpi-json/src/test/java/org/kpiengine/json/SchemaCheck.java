package org.kpiengine.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates documents against the schemas shipped in the jar, with a draft 2020-12 validator. */
final class SchemaCheck {

    static final String RESOURCE = "/org/kpiengine/json/plan.schema.json";
    static final String TRANSACTIONS_RESOURCE = "/org/kpiengine/json/transactions.schema.json";
    static final String STATEMENT_RESOURCE = "/org/kpiengine/json/statement.schema.json";

    private static final Schema SCHEMA = load(RESOURCE);
    private static final Schema TRANSACTIONS = load(TRANSACTIONS_RESOURCE);
    private static final Schema STATEMENT = load(STATEMENT_RESOURCE);

    private SchemaCheck() {
    }

    private static Schema load(String resource) {
        try (InputStream in = PlanJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is not on the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a document, each with its place; empty if it is valid. */
    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The transactions schema's complaints about a document, each with its place; empty if it is valid. */
    static List<String> transactionErrors(String json) {
        return TRANSACTIONS.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The period statement schema's complaints about a document, each with its place; empty if it is valid. */
    static List<String> statementErrors(String json) {
        return STATEMENT.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
