package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.communication.CreateCommunicationLogUseCase;
import com.vecton.crm.application.port.in.portal.CreatePortalAccountUseCase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.communication.Direction;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sample tenant's communication logs and its customer portal account: a few calls, emails,
 * meetings and notes with the first contacts (some shared with the customer), and the sample
 * customer {@value #CUSTOMER_TOKEN} ({@code u-customer}) signed in as the first contact, whose company
 * the portal then shows. Made through the use cases, so the audit trail has their rows.
 */
final class SampleComms {
    static final UserId CUSTOMER = new UserId("u-customer");
    static final String CUSTOMER_TOKEN = "dev-customer-token";

    private record LogSpec(
            CommunicationType type,
            Direction direction,
            String subject,
            String body,
            Integer minutes,
            boolean shared) {}

    private static final List<LogSpec> LOGS = List.of(
            new LogSpec(
                    CommunicationType.CALL,
                    Direction.OUTBOUND,
                    "Erstgespräch",
                    "Bedarf besprochen, Angebot folgt.",
                    20,
                    true),
            new LogSpec(
                    CommunicationType.EMAIL, Direction.OUTBOUND, "Angebot", "Angebot als PDF geschickt.", null, true),
            new LogSpec(
                    CommunicationType.MEETING,
                    Direction.INBOUND,
                    "Workshop",
                    "Anforderungen vor Ort geklärt.",
                    90,
                    true),
            new LogSpec(CommunicationType.NOTE, null, "Intern", "Budget wohl knapp; Rabatt nicht vor Q1.", null, false),
            new LogSpec(CommunicationType.SMS, Direction.INBOUND, null, "Termin am Freitag passt.", null, false));

    private SampleComms() {}

    /** Logs with each of the given contacts (at their company), oldest first, up to a day apart; how many. */
    static int loadLogs(CreateCommunicationLogUseCase logs, List<Contact> contacts, Actor actor, Instant now) {
        int made = 0;
        for (int c = 0; c < contacts.size(); c++) {
            var contact = contacts.get(c);
            for (int i = 0; i < LOGS.size(); i++) {
                var spec = LOGS.get(i);
                var at = now.minus(Duration.ofHours(24L * (LOGS.size() - i) + c));
                logs.create(
                        actor,
                        new CommunicationLogDetails(
                                spec.type(),
                                spec.direction(),
                                spec.subject(),
                                spec.body(),
                                at,
                                spec.minutes(),
                                contact.id(),
                                null,
                                spec.shared()));
                made++;
            }
        }
        return made;
    }

    /** The sample customer's portal account, as the given contact. */
    static PortalAccount loadPortalAccount(CreatePortalAccountUseCase accounts, Contact contact, Actor actor) {
        return accounts.create(actor, new PortalAccountDetails(CUSTOMER, contact.id()));
    }
}
