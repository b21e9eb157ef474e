-- The first two statements succeed, the third fails: the runner must roll
-- back all three.
ALTER TABLE people ADD COLUMN email TEXT;
INSERT INTO people (name) VALUES ('written before the failure');
INSERT INTO no_such_table VALUES (1);
