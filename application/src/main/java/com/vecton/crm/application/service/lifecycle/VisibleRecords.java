package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.problem.Forbidden;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which records of one type a list may show, the lists' half of identity.md section 4, the same
 * for every list: a list never shows a record that its item route would refuse. A list cannot
 * check its records one by one without breaking its page totals, so it is checked once, and the
 * answer is a {@link Visibility} the store applies in its query: the list shows exactly the records
 * the requester could open one by one, and its total counts only those.
 *
 * <p>Two permissions are checked. The route's own ({@code contacts.list}, the requester's) on what
 * the route names: the collection {@code crm:contacts}, or the parent of a sub-list
 * ({@code crm:companies/7} for a company's contacts). And the item route's ({@code contacts.view})
 * on the items themselves, {@code crm:contacts/{id}}, because a list shows each record's content;
 * policies scoped to some ids ({@code crm:contacts/5}) apply to those records only. Both are checked
 * on the attributes all listed records share (the company of a company's contacts); allows and
 * denies conditioned with {@code StringEquals}/{@code StringNotEquals} on the attributes the store
 * can filter on become filters, and what cannot be expressed fails closed: such an allow shows
 * nothing, such a deny refuses the list, with a 403 that says what a list needs.
 *
 * <p>An entity plugs in through {@link UseCaseKit#visible} with its resource type, the permission
 * of its item route and the attributes its store can filter on; its list use cases ask for
 * {@link #ofAll} or {@link #of}, and hand the answer to their store's search.
 */
public final class VisibleRecords {
    private static final ResourceAttributes NOTHING_SHARED = new ResourceAttributes(Map.of());

    private final String type;
    private final Permission itemPermission;
    private final Set<String> filterable;
    private final AuthorizeOnResourceUseCase access;

    VisibleRecords(String type, Permission itemPermission, Set<String> filterable, AuthorizeOnResourceUseCase access) {
        if (type == null || itemPermission == null || filterable == null || access == null) {
            throw new IllegalArgumentException(
                    "a list's records have a type, an item permission and filterable attributes");
        }
        this.type = type;
        this.itemPermission = itemPermission;
        this.filterable = Set.copyOf(filterable);
        this.access = access;
    }

    /** The records of the whole tenant that the requester may list: on {@code crm:{type}}, nothing shared. */
    public Visibility ofAll(Requester who) {
        return of(who, ResourceName.collection(type), NOTHING_SHARED);
    }

    /**
     * The records the requester may list through a route on {@code listed} (the collection, or a
     * parent such as {@code crm:companies/7}), all of which have the {@code shared} attributes.
     */
    public Visibility of(Requester who, ResourceName listed, ResourceAttributes shared) {
        try {
            return access.visibility(who, listed, shared, filterable)
                    .and(access.visibilityOfItems(who.asking(itemPermission), type, shared, filterable));
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            // The route gate passed on a conditional allow: say why the list still is not shown.
            throw new Forbidden(refused.code(), refusal(who));
        }
    }

    private String refusal(Requester who) {
        String records = type.replace('_', ' ');
        String permissions = who.permission().equals(itemPermission)
                ? itemPermission.toString()
                : who.permission() + " and " + itemPermission;
        String refusal =
                "Listing " + records + " needs " + permissions + " allowed, without conditions on the " + records;
        if (filterable.isEmpty()) {
            return refusal + ".";
        }
        var names = new TreeSet<>(filterable);
        String last = names.pollLast();
        String attributes = names.isEmpty() ? last : String.join(", ", names) + " or " + last;
        return refusal + " or with StringEquals/StringNotEquals on resource." + attributes + ".";
    }
}
