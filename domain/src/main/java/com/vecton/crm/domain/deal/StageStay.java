package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.pipeline.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One stage of a deal's history with the time the deal spent in it. The time in a stage is from
 * the change that brought the deal into it to the next change of its stage; for the stage the deal
 * is in now, until now while the deal is open, and none once it is won or lost (a closed deal is at
 * the end of its way, not waiting in a stage). Soft-deleted time is counted as time in the stage.
 *
 * @param leftAt      when the next change took the deal out of the stage; empty for its current stage
 * @param timeInStage empty for the current stage of a won or lost deal
 */
public record StageStay(StageChange change, Instant leftAt, Duration timeInStage) {

    /** The history in order (oldest first) with the time spent in each stage, as of {@code now}. */
    public static List<StageStay> of(List<StageChange> inOrder, StageKind status, Instant now) {
        var stays = new ArrayList<StageStay>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            var change = inOrder.get(i);
            Instant left = i + 1 < inOrder.size() ? inOrder.get(i + 1).changedAt() : null;
            Duration spent = left != null
                    ? Duration.between(change.changedAt(), left)
                    : status == StageKind.OPEN ? Duration.between(change.changedAt(), now) : null;
            if (spent != null && spent.isNegative()) {
                spent = Duration.ZERO;
            }
            stays.add(new StageStay(change, left, spent));
        }
        return List.copyOf(stays);
    }

    public Optional<Instant> left() {
        return Optional.ofNullable(leftAt);
    }

    public Optional<Duration> spent() {
        return Optional.ofNullable(timeInStage);
    }
}
