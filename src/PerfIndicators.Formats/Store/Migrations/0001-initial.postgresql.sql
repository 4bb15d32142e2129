-- Results store, version 1 (PostgreSQL). Decimals are numeric, times timestamptz.
CREATE TABLE runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  tool_version TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  inputs_given bigint NOT NULL DEFAULT 0,
  assessed bigint NOT NULL DEFAULT 0,
  not_assessable bigint NOT NULL DEFAULT 0,
  not_reported bigint NOT NULL DEFAULT 0,
  failed bigint NOT NULL DEFAULT 0,
  stored bigint NOT NULL DEFAULT 0,
  already_stored bigint NOT NULL DEFAULT 0
);
CREATE TABLE run_inputs (
  run_id bigint NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,
  path TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
);
CREATE TABLE run_failures (
  run_id bigint NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  codes TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
);
CREATE TABLE assessments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  first_run_id bigint NOT NULL REFERENCES runs(id),
  source TEXT NOT NULL,
  project TEXT NOT NULL,
  project_code TEXT,
  department TEXT,
  unit TEXT,
  fiscal_year INTEGER,
  status TEXT NOT NULL,
  total numeric NOT NULL,
  uncapped_total numeric NOT NULL,
  grade TEXT,
  provisional boolean NOT NULL,
  execution_rate numeric,
  execution_score numeric,
  budget_adjusted numeric,
  budget_executed numeric,
  UNIQUE (fingerprint, policy_id, policy_version)
);
CREATE INDEX assessments_year ON assessments (fiscal_year);
CREATE TABLE run_assessments (
  run_id bigint NOT NULL REFERENCES runs(id),
  assessment_id bigint NOT NULL REFERENCES assessments(id),
  PRIMARY KEY (run_id, assessment_id)
);
CREATE TABLE indicators (
  assessment_id bigint NOT NULL REFERENCES assessments(id),
  position INTEGER NOT NULL,
  category TEXT,
  subcategory TEXT,
  name TEXT NOT NULL,
  target_text TEXT NOT NULL,
  actual_text TEXT NOT NULL,
  points numeric NOT NULL,
  score numeric,
  outcome TEXT NOT NULL,
  rule TEXT,
  target_value numeric,
  actual_value numeric,
  value_unit TEXT,
  lower_is_better boolean NOT NULL,
  completion_ratio numeric,
  PRIMARY KEY (assessment_id, position)
);
CREATE TABLE findings (
  assessment_id bigint NOT NULL REFERENCES assessments(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  location TEXT,
  message TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
);
