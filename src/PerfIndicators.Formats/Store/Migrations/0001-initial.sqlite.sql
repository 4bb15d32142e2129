-- Results store, version 1 (SQLite). Decimals are TEXT so that 87.50 stays 87.50; times are ISO-8601 UTC text.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  tool_version TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  inputs_given INTEGER NOT NULL DEFAULT 0,
  assessed INTEGER NOT NULL DEFAULT 0,
  not_assessable INTEGER NOT NULL DEFAULT 0,
  not_reported INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  stored INTEGER NOT NULL DEFAULT 0,
  already_stored INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE run_inputs (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,
  path TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
);
CREATE TABLE run_failures (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  codes TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
);
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  policy_id TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  first_run_id INTEGER NOT NULL REFERENCES runs(id),
  source TEXT NOT NULL,
  project TEXT NOT NULL,
  project_code TEXT,
  department TEXT,
  unit TEXT,
  fiscal_year INTEGER,
  status TEXT NOT NULL,
  total TEXT NOT NULL,
  uncapped_total TEXT NOT NULL,
  grade TEXT,
  provisional INTEGER NOT NULL,
  execution_rate TEXT,
  execution_score TEXT,
  budget_adjusted TEXT,
  budget_executed TEXT,
  UNIQUE (fingerprint, policy_id, policy_version)
);
CREATE INDEX assessments_year ON assessments (fiscal_year);
CREATE TABLE run_assessments (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  PRIMARY KEY (run_id, assessment_id)
);
CREATE TABLE indicators (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  position INTEGER NOT NULL,
  category TEXT,
  subcategory TEXT,
  name TEXT NOT NULL,
  target_text TEXT NOT NULL,
  actual_text TEXT NOT NULL,
  points TEXT NOT NULL,
  score TEXT,
  outcome TEXT NOT NULL,
  rule TEXT,
  target_value TEXT,
  actual_value TEXT,
  value_unit TEXT,
  lower_is_better INTEGER NOT NULL,
  completion_ratio TEXT,
  PRIMARY KEY (assessment_id, position)
);
CREATE TABLE findings (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  location TEXT,
  message TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
);
