package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A possible sale on a pipeline's board: its details, the stage it is in and its place there, and
 * what the stage's kind makes of it. Immutable: every change returns a new value.
 *
 * <p>The rules of a stage, in one place ({@link #placedIn}): the deal's {@code status} is its stage's
 * kind; a won deal's probability is 100 and a lost one's 0, and entering such a stage clears a
 * probability set by hand; in an open stage a probability set by hand stays until it is cleared, and
 * otherwise the deal has the probability its stage had when it entered it (or when the hand-set one
 * was cleared); {@code won_at}/{@code lost_at} are when it entered a won or lost stage (kept while it
 * moves between stages of that kind); a lost deal needs a {@code lost_reason}, any other has none.
 * A live deal has a position in its stage, a deleted one has none.
 */
public final class Deal implements KeepsHistory, PolicyResource {
    /** The type of deals in resource names, {@code crm:deals/{id}}. */
    public static final String RESOURCE_TYPE = "deals";

    private final DealId id;
    private final DealDetails details;
    private final StageKind status;
    private final int probability;
    private final Integer position;
    private final Instant wonAt;
    private final Instant lostAt;
    private final Lifecycle lifecycle;

    private Deal(
            DealId id,
            DealDetails details,
            StageKind status,
            int probability,
            Integer position,
            Instant wonAt,
            Instant lostAt,
            Lifecycle lifecycle) {
        if (id == null || details == null || status == null || lifecycle == null || !details.isComplete()) {
            throw new IllegalArgumentException("a deal has an id, complete details, a status and a lifecycle");
        }
        if (lifecycle.isDeleted() != (position == null)) {
            throw new IllegalArgumentException("a live deal has a position and a deleted one has none");
        }
        if (position != null && position < 0) {
            throw new IllegalArgumentException("positions count from 0");
        }
        if ((status == StageKind.WON) != (wonAt != null) || (status == StageKind.LOST) != (lostAt != null)) {
            throw new IllegalArgumentException("a deal is won or lost exactly while its stage is");
        }
        this.id = id;
        this.details = details;
        this.status = status;
        this.probability = probability;
        this.position = position;
        this.wonAt = wonAt;
        this.lostAt = lostAt;
        this.lifecycle = lifecycle;
    }

    /** A new deal in {@code stage} (the details' stage), at {@code position} of it (the end, as the use case computes it). */
    public static Deal create(
            DealId id, DealDetails details, Stage stage, int position, UserId createdBy, Instant now) {
        return placed(id, details, stage, position, null, Lifecycle.begun(createdBy, now), now);
    }

    /** A deal as stored. */
    public static Deal restore(
            DealId id,
            DealDetails details,
            StageKind status,
            int probability,
            Integer position,
            Instant wonAt,
            Instant lostAt,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Deal(
                id,
                details,
                status,
                probability,
                position,
                wonAt,
                lostAt,
                new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /**
     * The deal with {@code edited} details, in {@code stage} (the edited details' stage) at
     * {@code newPosition} ({@code null} for a deleted deal), changed now, by the rules of the stage.
     *
     * @throws ValidationFailed on {@code lost_reason} when the stage is lost and no reason is given
     */
    public Deal placedIn(DealDetails edited, Stage stage, Integer newPosition, Instant now) {
        return placed(id, edited, stage, newPosition, this, lifecycle.changed(now), now);
    }

    /** The deal moved to {@code stage} of its pipeline at {@code newPosition}, with a lost reason for a lost stage. */
    public Deal move(Stage stage, int newPosition, String lostReason, Instant now) {
        return placedIn(
                details.inStage(stage.id(), lostReason == null ? details.lostReason() : lostReason),
                stage,
                newPosition,
                now);
    }

    private static Deal placed(
            DealId id,
            DealDetails details,
            Stage stage,
            Integer position,
            Deal before,
            Lifecycle lifecycle,
            Instant now) {
        if (!stage.id().equals(details.stageId())) {
            throw new IllegalArgumentException("a deal is placed in the stage its details name");
        }
        StageKind kind = stage.details().kind();
        if (kind == StageKind.LOST && details.lostReason() == null) {
            throw ValidationFailed.of("lost_reason", "is required when the deal moves to a lost stage");
        }
        var placed = details.withManualProbability(kind == StageKind.OPEN ? details.manualProbability() : null);
        if (kind != StageKind.LOST && placed.lostReason() != null) {
            placed = placed.inStage(placed.stageId(), null);
        }
        int probability = probabilityIn(placed, stage, before);
        Instant wonAt = kind != StageKind.WON ? null : before != null && before.wonAt != null ? before.wonAt : now;
        Instant lostAt = kind != StageKind.LOST ? null : before != null && before.lostAt != null ? before.lostAt : now;
        return new Deal(id, placed, kind, probability, position, wonAt, lostAt, lifecycle);
    }

    /**
     * 100 when won, 0 when lost, the hand-set one when there is one, else the stage's: as the stage
     * had it when the deal entered it, so that a deal that stays where it is keeps its probability
     * when its stage's changes (the stage history recorded the one it got).
     */
    private static int probabilityIn(DealDetails placed, Stage stage, Deal before) {
        return switch (stage.details().kind()) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> {
                if (placed.manualProbability() != null) {
                    yield placed.manualProbability();
                }
                boolean stays = before != null
                        && before.details.stageId().equals(stage.id())
                        && before.details.manualProbability() == null;
                yield stays ? before.probability : stage.details().probability();
            }
        };
    }

    /** Soft-deleted: it leaves its stage, so it has no position. */
    public Deal delete(Instant now) {
        return new Deal(id, details, status, probability, null, wonAt, lostAt, lifecycle.deleted(now));
    }

    /** Back from a soft delete at {@code newPosition} of its stage (the end, as the use case computes it). */
    public Deal undelete(int newPosition, Instant now) {
        return new Deal(id, details, status, probability, newPosition, wonAt, lostAt, lifecycle.undeleted(now));
    }

    /** Whether this change moved the deal to another stage (what writes a stage history row). */
    public boolean changedStageFrom(Deal before) {
        return !Objects.equals(before.details.stageId(), details.stageId());
    }

    public DealId id() {
        return id;
    }

    public DealDetails details() {
        return details;
    }

    /** The kind of its stage: open, won or lost. */
    public StageKind status() {
        return status;
    }

    public int probability() {
        return probability;
    }

    public ProbabilitySource probabilitySource() {
        return details.manualProbability() == null ? ProbabilitySource.STAGE : ProbabilitySource.MANUAL;
    }

    /** Empty while deleted. */
    public Optional<Integer> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Instant> wonAt() {
        return Optional.ofNullable(wonAt);
    }

    public Optional<Instant> lostAt() {
        return Optional.ofNullable(lostAt);
    }

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** The details' fields plus what the stage made of the deal and where it stands, for the audit trail. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>(details.asFields());
        fields.put("status", status.apiName());
        fields.put("probability", probability);
        fields.put("probability_source", probabilitySource().apiName());
        fields.put("position", position);
        fields.put("won_at", wonAt == null ? null : wonAt.toString());
        fields.put("lost_at", lostAt == null ? null : lostAt.toString());
        return fields;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** See {@link DealAccess}. */
    @Override
    public ResourceAttributes attributes() {
        return DealAccess.attributesOf(details, status, lifecycle.createdBy());
    }
}
