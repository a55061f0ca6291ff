package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stages of one pipeline in their order, and the rules every such list meets, whatever change
 * made it: at least one open, one won and one lost stage ({@code stage_kind_missing}), names unique
 * ignoring case ({@code stage_name_taken}), at most {@link #MAX} stages. A stage's position is its
 * index here, so positions are 0, 1, 2, … with no gap and no repeat by construction. Immutable:
 * every change returns a new list, validated as a whole.
 */
public record PipelineStages(List<Stage> inOrder) {
    /** The stable error code of a list of stages without one of the kinds. */
    public static final String KIND_MISSING = "stage_kind_missing";
    /** The stable error code of two stages of one pipeline with the same name (ignoring case). */
    public static final String NAME_TAKEN = "stage_name_taken";
    /**
     * The stable error code of a stage change that would strand live deals: deleting a stage that
     * holds some without naming a stage to move them to, or changing its kind under them.
     */
    public static final String IN_USE = "stage_in_use";
    /** Enough for any sales process, and a bound on what one reorder names. */
    public static final int MAX = 50;

    public PipelineStages {
        inOrder = List.copyOf(inOrder);
        if (inOrder.size() > MAX) {
            throw ValidationFailed.of("stages", "must not hold more than " + MAX + " stages");
        }
        if (inOrder.stream().map(Stage::id).distinct().count() != inOrder.size()) {
            throw new IllegalArgumentException("a stage is in its pipeline once");
        }
        var names = new HashSet<String>();
        for (Stage stage : inOrder) {
            if (!names.add(foldedName(stage.details().name()))) {
                throw nameTaken(stage.details().name());
            }
        }
        var missing = EnumSet.allOf(StageKind.class);
        inOrder.forEach(stage -> missing.remove(stage.details().kind()));
        if (!missing.isEmpty()) {
            throw new RuleViolated(
                    KIND_MISSING,
                    "A pipeline needs at least one open, one won and one lost stage; this would leave it without "
                            + missing.stream().map(StageKind::apiName).collect(Collectors.joining(" and "))
                            + ".");
        }
    }

    /** What the name rule compares: the name lower-cased, as the store's unique index on {@code lower(name)}. */
    private static String foldedName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public static RuleViolated nameTaken(String name) {
        return new RuleViolated(NAME_TAKEN, "The pipeline already has a stage named \"" + name + "\".");
    }

    /** The stage with this id; 404 when it is not a stage of this pipeline (another pipeline's included). */
    public Stage find(StageId id) {
        return inOrder.stream()
                .filter(stage -> stage.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("stage", id));
    }

    /** The list with {@code stage} at index {@code at} (clamped into the list), or last when {@code at} is null. */
    public PipelineStages adding(Stage stage, Integer at) {
        var stages = new ArrayList<>(inOrder);
        int index = at == null ? stages.size() : Math.max(0, Math.min(at, stages.size()));
        stages.add(index, stage);
        return new PipelineStages(stages);
    }

    /** The list with one stage edited in place. */
    public PipelineStages editing(StageId id, StageEdit edit) {
        var edited = find(id).edited(edit);
        return new PipelineStages(inOrder.stream()
                .map(stage -> stage.id().equals(id) ? edited : stage)
                .toList());
    }

    /** The list without one stage; the ones after it move up. */
    public PipelineStages removing(StageId id) {
        var gone = find(id);
        return new PipelineStages(
                inOrder.stream().filter(stage -> !stage.id().equals(gone.id())).toList());
    }

    /**
     * The same stages in the order named: every stage of the pipeline exactly once, else a 422 on
     * {@code stage_ids} (a client reordering from a stale copy learns that its list is out of date).
     */
    public PipelineStages reorderedAs(List<StageId> order) {
        var byId = new LinkedHashMap<StageId, Stage>();
        inOrder.forEach(stage -> byId.put(stage.id(), stage));
        if (order.size() != inOrder.size() || !new HashSet<>(order).equals(byId.keySet())) {
            throw ValidationFailed.of("stage_ids", "must name every stage of the pipeline exactly once");
        }
        return new PipelineStages(order.stream().map(byId::get).toList());
    }

    /** The stages as the audit trail compares them: each with its id, name, kind, probability and position. */
    public List<Map<String, Object>> asFields() {
        var fields = new ArrayList<Map<String, Object>>();
        for (int position = 0; position < inOrder.size(); position++) {
            var stage = inOrder.get(position);
            var one = new LinkedHashMap<String, Object>();
            one.put("id", stage.id().value());
            one.put("name", stage.details().name());
            one.put("kind", stage.details().kind().apiName());
            one.put("probability", stage.details().probability());
            one.put("position", position);
            fields.add(one);
        }
        return fields;
    }
}
