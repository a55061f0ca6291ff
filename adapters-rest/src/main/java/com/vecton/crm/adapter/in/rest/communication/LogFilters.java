package com.vecton.crm.adapter.in.rest.communication;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Optional;

/**
 * The filters of the log list, taken whole ({@code @BeanParam}): {@code contact_id}, {@code company_id},
 * {@code type}, and {@code from} (inclusive) / {@code to} (exclusive) on {@code occurred_at}, as
 * ISO-8601 instants or UTC dates (a date {@code to} includes that day). Public for JAX-RS and swagger.
 */
public final class LogFilters {
    @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @QueryParam("contact_id")
    public String contactId;

    @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @QueryParam("company_id")
    public String companyId;

    @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @QueryParam("deal_id")
    public String dealId;

    @Parameter(
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"call", "email", "meeting", "note", "sms"}))
    @QueryParam("type")
    public String type;

    @Parameter(
            description = "occurred at or after: an ISO-8601 instant, or a date (its start, UTC)",
            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
    @QueryParam("from")
    public String from;

    @Parameter(
            description = "occurred before: an ISO-8601 instant, or a date (the end of that day, UTC)",
            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
    @QueryParam("to")
    public String to;

    /** The {@code type} of a log list, empty when not given; a wrong one goes to {@code errors}. */
    public static Optional<CommunicationType> type(String raw, InputErrors errors) {
        return raw == null || raw.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(errors.capture(() -> CommunicationType.parse("type", raw.strip())));
    }

    /** The query; failures go to {@code errors} (then it is {@code null}). */
    CommunicationLogQuery read(ListParams params, InputErrors errors) {
        Long contact = QueryParams.positiveId(contactId, "contact_id", errors);
        Long company = QueryParams.positiveId(companyId, "company_id", errors);
        Long deal = QueryParams.positiveId(dealId, "deal_id", errors);
        Optional<CommunicationType> kind = type(type, errors);
        Instant start = QueryParams.instantOrStartOfDay(from, "from", errors);
        Instant end = QueryParams.instantOrEndOfDay(to, "to", errors);
        if (params.sort() == null || params.search() == null) {
            return null; // the list's own parameters failed, and errors say how
        }
        return errors.capture(() -> new CommunicationLogQuery(
                params.search(),
                Optional.ofNullable(contact).map(ContactId::new),
                Optional.ofNullable(company).map(CompanyId::new),
                Optional.ofNullable(deal).map(DealId::new),
                kind,
                Optional.ofNullable(start),
                Optional.ofNullable(end),
                params.sort()));
    }
}
