package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The contact use cases over a map: enough behaviour (soft delete, restore, edits, paging) for the
 * HTTP layer to be exercised for real. Two ids are special: {@link #EXPLODING_ID} fails like a
 * bug would, {@link #SLOW_ID} holds the request until released.
 */
public final class FakeContacts
        implements CreateContactUseCase,
                EditContactUseCase,
                DeleteRecordUseCase<ContactId>,
                RestoreRecordUseCase<ContactId, Contact>,
                ShowRecordUseCase<ContactId, Contact>,
                ListRecordsUseCase<ContactQuery, Contact>,
                ListCompanyContactsUseCase {
    public static final long EXPLODING_ID = 666;
    public static final long SLOW_ID = 777;

    private final Map<Long, Contact> contacts = new ConcurrentSkipListMap<>();

    /** How many contacts are held, deleted ones included: a refused create must not change it. */
    public int size() {
        return contacts.size();
    }

    private final AtomicLong ids = new AtomicLong(100);
    private final AtomicLong ticks = new AtomicLong();
    private final Instant epoch = Instant.parse("2026-11-20T10:00:00Z");

    public final AtomicReference<Actor> lastActor = new AtomicReference<>();
    public final AtomicReference<ContactQuery> lastQuery = new AtomicReference<>();
    public final AtomicReference<PageRequest> lastPage = new AtomicReference<>();
    public final AtomicReference<CompanyId> lastCompany = new AtomicReference<>();
    public final AtomicReference<Thread> lastThread = new AtomicReference<>();
    public final Map<String, Integer> calls = new ConcurrentHashMap<>();
    public final CountDownLatch slowStarted = new CountDownLatch(1);
    public final CountDownLatch slowRelease = new CountDownLatch(1);

    public Contact add(ContactDetails details) {
        var contact = Contact.create(new ContactId(ids.incrementAndGet()), details, null, now());
        contacts.put(contact.id().value(), contact);
        return contact;
    }

    @Override
    public Contact create(Actor actor, ContactDetails details) {
        count("create", actor);
        var contact = Contact.create(new ContactId(ids.incrementAndGet()), details, actor.userId(), now());
        contacts.put(contact.id().value(), contact);
        return contact;
    }

    @Override
    public Contact edit(Requester who, ContactId id, ContactEdit edit) {
        count("edit", who.actor());
        var edited = live(id).edit(edit, now());
        contacts.put(id.value(), edited);
        return edited;
    }

    @Override
    public void delete(Requester who, ContactId id) {
        count("delete", who.actor());
        contacts.put(id.value(), live(id).delete(now()));
    }

    @Override
    public Contact restore(Requester who, ContactId id) {
        count("restore", who.actor());
        var contact = contacts.get(id.value());
        if (contact == null) {
            throw new NotFound("contact", id);
        }
        var restored = contact.isDeleted() ? contact.undelete(now()) : contact;
        contacts.put(id.value(), restored);
        return restored;
    }

    @Override
    public Contact show(Requester who, ContactId id) {
        count("show", null);
        if (id.value() == EXPLODING_ID) {
            throw new IllegalStateException("ERROR: relation \"contacts\" SELECT secret FROM contacts");
        }
        if (id.value() == SLOW_ID) {
            slowStarted.countDown();
            await(slowRelease);
            return Contact.create(id, new ContactDetails("Slow", null, null, null, null, null, null), null, now());
        }
        return live(id);
    }

    @Override
    public Page<Contact> list(Requester who, ContactQuery query, PageRequest page) {
        count("list", null);
        lastQuery.set(query);
        lastPage.set(page);
        var matching = contacts.values().stream()
                .filter(c -> !c.isDeleted())
                .filter(c -> query.companyId().isEmpty()
                        || query.companyId()
                                .equals(java.util.Optional.ofNullable(
                                        c.details().companyId())))
                .filter(c -> query.search().isEmpty()
                        || c.details()
                                .displayName()
                                .toLowerCase(Locale.ROOT)
                                .contains(query.search().get().value().toLowerCase(Locale.ROOT)))
                .toList();
        var items = matching.stream().skip(page.offset()).limit(page.perPage()).toList();
        return new Page<>(items, page, matching.size());
    }

    @Override
    public Page<Contact> list(Requester who, CompanyId company, ContactQuery query, PageRequest page) {
        lastCompany.set(company);
        if (company.value() > 1_000) {
            throw new NotFound("company", company);
        }
        return list(who, query, page);
    }

    private Contact live(ContactId id) {
        var contact = contacts.get(id.value());
        if (contact == null || contact.isDeleted()) {
            throw new NotFound("contact", id);
        }
        return contact;
    }

    private void count(String call, Actor actor) {
        calls.merge(call, 1, Integer::sum);
        lastThread.set(Thread.currentThread());
        if (actor != null) {
            lastActor.set(actor);
        }
    }

    private Instant now() {
        return epoch.plusSeconds(ticks.incrementAndGet());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the slow request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
