-- Issue 9, the worklist at 50 000 items: the counters above a department's worklist were a
-- GROUP BY over all its requests on every display (and every 5-second refresh of every agent).
-- They are now kept here, moved in the same transaction as each change of status
-- (RequestRepository.record). Each (department, status) is spread over 8 slots, one chosen at
-- random per change, so that parallel routings do not queue on one row; readers add the slots.
CREATE TABLE request_status_count (
    department_code VARCHAR(40) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    slot            INT         NOT NULL,
    item_count      BIGINT      NOT NULL,
    CONSTRAINT pk_request_status_count PRIMARY KEY (department_code, status, slot)
)${table_options};

INSERT INTO request_status_count (department_code, status, slot, item_count)
SELECT d.code, s.status, n.slot, 0
FROM department d
CROSS JOIN (SELECT 'ROUTED' AS status UNION ALL SELECT 'IN_PROGRESS' UNION ALL SELECT 'INFO_REQUESTED'
            UNION ALL SELECT 'APPROVED' UNION ALL SELECT 'REJECTED') s
CROSS JOIN (SELECT 0 AS slot UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
            UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) n;

-- The requests already routed, counted once, in slot 0.
UPDATE request_status_count SET item_count = (
    SELECT COUNT(*) FROM service_request r
    WHERE r.department_code = request_status_count.department_code AND r.status = request_status_count.status)
WHERE slot = 0;
