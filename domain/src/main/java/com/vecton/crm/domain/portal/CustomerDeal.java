package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal as a customer sees it in the portal: its title, the name of its stage, its status, its
 * amount and currency and when it is expected to close; never its probability, owner or notes.
 *
 * @param amount exact, two places; absent when the deal has none
 */
public record CustomerDeal(
        DealId id,
        String title,
        String stageName,
        StageKind status,
        BigDecimal amount,
        String currency,
        LocalDate expectedCloseDate) {
    public CustomerDeal {
        if (id == null || title == null || stageName == null || status == null || currency == null) {
            throw new IllegalArgumentException(
                    "a customer's deal has an id, a title, a stage, a status and a currency");
        }
    }
}
