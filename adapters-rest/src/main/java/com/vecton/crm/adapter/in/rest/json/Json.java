package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The one Jackson configuration of the HTTP API: ISO-8601 UTC instants, and strict reading
 * (duplicate keys and trailing garbage are malformed, since either side of an ambiguity could be
 * what the client meant).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // Jackson's default keeps its buffers per thread; a request's virtual thread is
                    // new every time, so each answer allocated fresh ones. A shared pool reuses them.
                    .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                    .build())
            .addModule(new JavaTimeModule())
            // Reads record components through generated lambdas instead of reflective calls
            // (Method.invoke per field: 2.4 % of a search's samples, bench/results-2026-12-01-floor.md).
            .addModule(new BlackbirdModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    /** Thread-safe and shared; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
