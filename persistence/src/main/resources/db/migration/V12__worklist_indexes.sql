-- The worklist page (issue 3), found slow by the page benchmark (benchmarks/results.md): with a few
-- thousand items in a department, every display sorted them all by arrival and joined each to its
-- request to count them by status.
-- Newest first (the default order) reads the first rows of this index and stops.
CREATE INDEX ix_work_item_department_received ON work_item (department_code, received_at, id);
-- Counts by status read this index alone.
CREATE INDEX ix_service_request_department_status ON service_request (department_code, status);
