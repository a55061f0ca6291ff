-- A communication log entry may link a deal (V19): a deal link also links the deal's company (the
-- application fills company_id from the deal when the request names none, CommunicationLogServices),
-- and the deal is the third path of an entry to a company, for the company timeline and the customer
-- portal (deals_company_idx finds the company's deals, the index below their entries).
ALTER TABLE communication_logs ADD COLUMN deal_id bigint REFERENCES deals (id);

ALTER TABLE communication_logs DROP CONSTRAINT communication_logs_linked;
ALTER TABLE communication_logs ADD CONSTRAINT communication_logs_linked
    CHECK (contact_id IS NOT NULL OR company_id IS NOT NULL OR deal_id IS NOT NULL);

CREATE INDEX communication_logs_deal_occurred_idx ON communication_logs (deal_id, occurred_at, id) WHERE deleted_at IS NULL;

-- The company timeline reads its deals' stage changes newest first: the company's deals by
-- deals_company_idx, then each deal's history by deal_stage_history_deal_idx (deal_id, changed_at, id).
