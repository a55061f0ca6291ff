package com.vecton.crm.application.port.in.access;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import java.util.Set;

/**
 * The full check of identity.md section 4 on a loaded resource, which the route-level gate could
 * not make (it let conditions on {@code resource.*} through provisionally). The use cases run it,
 * inside their transaction and after they hold the record's row lock, so what is checked is what
 * is changed; no adapter calls it.
 */
public interface AuthorizeOnResourceUseCase {

    /**
     * The requester's permission on the resource, with its attributes.
     *
     * @param attributes what the loaded resource exposes as {@code resource.<attribute>}; an
     *                   attribute left out is unknown, so an allow naming it does not apply and a
     *                   deny naming it does (fail closed)
     * @throws com.vecton.crm.domain.problem.Forbidden   with the gate's error code when refused
     * @throws com.vecton.crm.domain.problem.Unavailable {@code identity_unavailable} when policies cannot be fetched
     */
    void authorize(Requester who, ResourceName resource, ResourceAttributes attributes);

    /**
     * The same check for a whole list, which cannot load its items one by one without breaking
     * its page totals: which items the requester may see, as filters on the item attributes named
     * in {@code perItem} that the store applies in its query. Conditions on anything else are
     * decided now; what cannot become a filter fails closed (see {@link Visibility}).
     *
     * @param shared the attributes every listed item has in common (the project of a project's list)
     * @throws com.vecton.crm.domain.problem.Forbidden   when no item could be visible, with the gate's error code
     * @throws com.vecton.crm.domain.problem.Unavailable {@code identity_unavailable} when policies cannot be fetched
     */
    Visibility visibility(Requester who, ResourceName resource, ResourceAttributes shared, Set<String> perItem);

    /**
     * The same check on the items of a list themselves, {@code crm:{type}/{id}}: which of them the
     * per-item check would allow, as filters, policies scoped to some items' ids included (they
     * become tests on {@link Visibility#ID}).
     *
     * @param shared the attributes every listed item has in common
     * @throws com.vecton.crm.domain.problem.Forbidden   when no item could be visible, with the gate's error code
     * @throws com.vecton.crm.domain.problem.Unavailable {@code identity_unavailable} when policies cannot be fetched
     */
    Visibility visibilityOfItems(Requester who, String type, ResourceAttributes shared, Set<String> perItem);
}
