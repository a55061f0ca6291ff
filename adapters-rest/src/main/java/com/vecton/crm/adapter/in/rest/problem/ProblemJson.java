package com.vecton.crm.adapter.in.rest.problem;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body with the contract's extension members: {@code error} (the stable code
 * clients switch on), {@code errors} (422 only) and {@code request_id} (the id in our logs).
 * {@code type} is {@code about:blank}, so {@code title} is the status phrase and {@code error}
 * carries the meaning.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(
        @JsonProperty("type") @Schema(requiredMode = REQUIRED)
        String type,

        @JsonProperty("title") @Schema(requiredMode = REQUIRED)
        String title,

        @JsonProperty("status") @Schema(requiredMode = REQUIRED)
        int status,

        @JsonProperty("detail") String detail,

        @JsonProperty("error") @Schema(requiredMode = REQUIRED, description = "the stable code to switch on")
        String error,

        @JsonProperty("errors") @Schema(description = "422 only: messages by field")
        Map<String, List<String>> errors,

        @JsonProperty("request_id") @Schema(requiredMode = REQUIRED)
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemJson of(int status, String error, String detail) {
        return new ProblemJson("about:blank", titleOf(status), status, detail, error, null, null);
    }

    public ProblemJson withErrors(Map<String, List<String>> fieldErrors) {
        return new ProblemJson(type, title, status, detail, error, fieldErrors, requestId);
    }

    public ProblemJson withRequestId(String id) {
        return new ProblemJson(type, title, status, detail, error, errors, id);
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> {
                var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }
}
