/**
 * MLflow's run search syntax — the `filter_string` and `order_by` of `mlflow.search_runs` — parsed,
 * checked and evaluated over training runs.
 *
 *   metrics.rmse < 3 and params.model = 'arima' and tags.team LIKE 'fore%' and attributes.status = 'FINISHED'
 *
 * Grammar (MLflow's, with the few additions marked +):
 *
 *   filter     := clause ( AND clause )*                     AND in any case; no OR, no parentheses
 *   clause     := key comparator value | key IS [NOT] NULL (+) | tags.<name> alone (+: has the tag)
 *   key        := type "." name | name                       a bare name is an attribute
 *   type       := metric(s) | param(s) | parameter(s) | tag(s) | attribute(s) | attr | run | dataset(s)
 *   name       := unquoted characters up to a space or an operator (dots allowed: tags.mlflow.source.name),
 *                 or quoted with "…" or `…` (for names with spaces or operators: metrics."train/loss")
 *   value      := 'text' | "text" | number | ( 'text', … )   '' inside 'text' is one quote
 *
 *   metrics:            =  !=  <  <=  >  >=  with a number (a run's last value of the metric)
 *   params, tags:       =  !=  LIKE  ILIKE  with quoted text
 *   attributes:         run_id, run_name, status, user_id, artifact_uri (text: =, !=, LIKE, ILIKE,
 *                       IN, NOT IN); start_time, end_time (numbers, epoch milliseconds); aliases
 *                       created = start_time, `run name` = run_name; + duration (end_time − start_time,
 *                       milliseconds)
 *   datasets:           name, digest, context (text: =, !=, LIKE, ILIKE, IN, NOT IN; any input dataset)
 *   + IS NULL / IS NOT NULL on metrics, params and tags (the run has no / has such a key)
 *   + IN / NOT IN on params and tags
 *
 * LIKE is SQL's: `%` any run of characters, `_` one character, everything else literal; ILIKE
 * ignores case. A run without the key never matches a comparison (as in MLflow, `!=` included).
 * Text with none of the operators, quotes or `type.` keys is a search for runs whose name contains
 * it, ignoring case, as MLflow's search box does.
 *
 * `order_by` is `key [ASC|DESC]` (default ASC); runs without the key come last either way. Runs
 * otherwise come newest first (start time), then by run id.
 *
 * Hostile input: the scanner is one pass without regular expressions or recursion; the text, the
 * clauses, IN lists and patterns have limits (FILTER_LIMITS) and every error names the character
 * where it happened. Evaluation charges each character comparison against a budget, so a pattern
 * such as '%a%a%a%…' over long values stops with an error instead of running on.
 *
 * It imports nothing and lives in common/, which the server (filtering all of an experiment's runs)
 * and the web app (its within-page fallback against servers without the `orreryRuns` extension)
 * both import: one grammar for both.
 *
 * The parts: syntax.ts (the kinds of keys, comparators and limits), chars.ts and scanner.ts (reading
 * the text), parse.ts (filters and order_by), evaluate.ts (matching and sorting runs) and summary.ts
 * (the keys of a set of runs, MLflow's status).
 */

export {
  DATASET_KEYS,
  FILTER_LIMITS,
  NUMERIC_ATTRIBUTES,
  STRING_ATTRIBUTES,
  formatKey,
  quoteText,
  type Clause,
  type Comparator,
  type FilterError,
  type FilterParse,
  type KeyKind,
  type OrderKey,
  type OrderParse,
  type RunKey,
} from "./syntax";
export { looksLikeExpression, parseOrderBy, parseRunFilter } from "./parse";
export { Budget, FilterTooCostly, likeMatch, matchesRun, sortRuns, sortValue, type RunFacts } from "./evaluate";
export { mlflowStatus, summarizeKeys, type KeySummary } from "./summary";
