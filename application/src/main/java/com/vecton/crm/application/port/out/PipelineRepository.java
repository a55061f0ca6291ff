package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineQuery;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.Optional;

/**
 * Where pipelines are kept, each with its stages: {@link #save} writes the pipeline and its stages
 * as they are now (a stage no longer among them is deleted), so a stage change is a save of its pipeline.
 *
 * <p>Names are unique among live pipelines ignoring case, and stage names within a pipeline:
 * {@link #save} throws {@code pipeline_name_taken} or {@code stage_name_taken} when another
 * transaction got there first.
 */
public interface PipelineRepository extends RecordStore<PipelineId, Pipeline> {

    /** A fresh id for a stage about to be added. */
    StageId nextStageId();

    /**
     * The live default pipeline, locked until the transaction ends, once this transaction holds the
     * flag: every change of which pipeline is the default (and every create, which may make the
     * first one) takes it first, so they run one after another and each sees the default the
     * previous one left. Empty only while there is no live pipeline at all.
     */
    Optional<Pipeline> lockDefault();

    /**
     * The id of the live default pipeline, read without a lock or the flag's (where a deal goes
     * when it names no pipeline); empty only while there is no live pipeline at all.
     */
    Optional<PipelineId> findDefaultId();

    /** One page of live pipelines matching the query, with the total number of matches: all of them, unfiltered. */
    default Page<Pipeline> search(PipelineQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live pipelines that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of {@link Pipeline#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Pipeline> search(PipelineQuery query, Visibility visible, PageRequest page);
}
