/**
 * Deterministic synthetic ML catalog, as a stream of DataHub MetadataChangeProposals in the
 * golden-file form (`aspect.json`). Used by the benchmarks and by the demo catalog.
 *
 * The catalog is built from "projects": each one has a few datasets (with schemas and upstream
 * lineage), a feature table with features and primary keys derived from those datasets, one
 * experiment with 10–60 training runs, and one or two model groups with 1–8 model versions, each
 * trained by one of the experiment's successful runs. Everything is drawn from a seeded PRNG, so the
 * same options always give the same proposals, and nothing is kept beyond the current project (plus a
 * small ring of recent datasets for cross-project lineage), so a million entities stream in constant
 * memory.
 *
 * Guarantees (checked by generate.test.ts):
 * - `entities` is the exact number of distinct `entityUrn`s emitted;
 * - every urn an aspect points at (container, trainingJobs, groups, mlFeatures, input/output edges,
 *   feature sources, upstream datasets, feature-table members) is an entity that is also emitted.
 *   (Tags, glossary terms and owners come from small pools that are emitted first when the catalog
 *   has room for them, i.e. for 400 entities or more.)
 */

export type EntityType =
  | "dataset"
  | "container"
  | "dataProcessInstance"
  | "mlModelGroup"
  | "mlModel"
  | "mlFeatureTable"
  | "mlFeature"
  | "mlPrimaryKey"
  | "tag"
  | "glossaryTerm"
  | "corpuser";

export interface Proposal {
  entityType: EntityType;
  entityUrn: string;
  changeType: "UPSERT";
  aspectName: string;
  aspect: { json: Record<string, unknown> };
  systemMetadata: {
    lastObserved: number;
    runId: string;
    properties: { clientId: string; clientVersion: string };
  };
}

export interface GenerateOptions {
  /** number of distinct entities to emit (exact) */
  entities: number;
  /** PRNG seed; the default is 1 */
  seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded source of random choices (mulberry32): the same seed always gives the same catalog. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `x` rounded up or down at random so that the mean is `x` */
  round(x: number): number {
    const f = Math.floor(x);
    return f + (this.next() < x - f ? 1 : 0);
  }
  /** k distinct items, in random order */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
  /** uniform in [lo, hi), as a string with `digits` decimals */
  dec(lo: number, hi: number, digits: number): string {
    return (lo + this.next() * (hi - lo)).toFixed(digits);
  }
  /** log-uniform in [lo, hi), formatted compactly (e.g. 0.0003, 0.05) */
  logDec(lo: number, hi: number): string {
    const v = Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo)));
    return Number(v.toPrecision(2)).toString();
  }
}

/** 32 hex chars derived from a string (4 × 32-bit FNV-1a/murmur-mix lanes); stable, not random. */
function hex32(s: string): string {
  let out = "";
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, "0");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pools and themes
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 2024-01-01T00:00:00Z: the synthetic history starts here and spans ~18 months */
const EPOCH = 1_704_067_200_000;
const HISTORY_DAYS = 540;
/** lastObserved of the first proposal; later ones count up from it */
const OBSERVED_AT = 1_750_000_000_000;

const USERS = [
  ["alice", "Alice Chen", "Senior ML Engineer"],
  ["bob", "Bob Okafor", "Data Scientist"],
  ["carol", "Carol Diaz", "Staff Data Scientist"],
  ["dave", "Dave Kowalski", "Data Engineer"],
  ["erin", "Erin Walsh", "MLOps Engineer"],
  ["frank", "Frank Müller", "Analytics Engineer"],
  ["grace", "Grace Park", "ML Engineer"],
  ["heidi", "Heidi Nakamura", "Data Scientist"],
  ["ivan", "Ivan Petrov", "Data Engineer"],
  ["judy", "Judy Adeyemi", "ML Platform Lead"],
  ["kevin", "Kevin O'Brien", "Applied Scientist"],
  ["laura", "Laura Rossi", "Data Steward"],
] as const;
const USER_URNS = USERS.map(([id]) => `urn:li:corpuser:${id}`);

const TAGS: ReadonlyArray<readonly [string, string, string]> = [
  ["production", "Serving live traffic", "#308613"],
  ["staging", "Deployed to the staging environment", "#FACB66"],
  ["experimental", "Exploratory work; not for production use", "#9B59B6"],
  ["deprecated", "Scheduled for removal", "#5D7283"],
  ["pii", "Contains personally identifiable information", "#D0021B"],
  ["gdpr", "Subject to GDPR data-subject requests", "#E67E22"],
  ["tier-1", "Business critical; on-call coverage", "#1F77B4"],
  ["tier-2", "Important; business-hours support", "#6BAED6"],
  ["realtime", "Updated or served in real time", "#17BECF"],
  ["batch", "Produced by scheduled batch jobs", "#8C564B"],
  ["forecasting", "Time-series forecasting", "#2CA02C"],
  ["classification", "Classification models and their data", "#BCBD22"],
  ["ranking", "Ranking and recommendation", "#E377C2"],
  ["nlp", "Natural-language processing", "#7F7F7F"],
];
const TAG_URNS = TAGS.map(([name]) => `urn:li:tag:${name}`);

const TERMS: ReadonlyArray<readonly [string, string]> = [
  ["customer_data", "Data describing customers and their accounts"],
  ["pii", "Personally identifiable information"],
  ["financial", "Monetary amounts, invoices and payments"],
  ["revenue", "Revenue and revenue-derived measures"],
  ["training_data", "Data used to train machine-learning models"],
  ["model_output", "Predictions or scores written by a model"],
  ["feature", "A model input derived from source data"],
  ["label", "Ground-truth outcome used as a training target"],
  ["forecast", "A prediction of a future value of a time series"],
  ["risk_score", "A probability or score of an adverse outcome"],
];

type Task = "classification" | "regression" | "forecasting" | "ranking";
type MlPlatform = "mlflow" | "sagemaker" | "vertexai";

interface Theme {
  key: string;
  title: string;
  team: string;
  task: Task;
  groups: readonly string[];
  /** dataset base names, roughly raw → derived; the last one is where predictions are written */
  datasets: readonly string[];
  featureTable: string;
  keys: readonly string[];
  features: readonly string[];
  tags: readonly string[];
  terms: readonly string[];
}

const THEMES: readonly Theme[] = [
  {
    key: "churn",
    title: "Customer churn",
    team: "growth-ml",
    task: "classification",
    groups: ["churn_predictor", "churn_xgb", "churn_uplift"],
    datasets: [
      "customer_events_daily",
      "subscriptions",
      "billing_invoices",
      "support_tickets",
      "customer_profiles",
      "churn_labels",
      "churn_training_set",
      "churn_scores",
    ],
    featureTable: "customer_churn_features",
    keys: ["customer_id"],
    features: [
      "days_since_last_login",
      "sessions_30d",
      "avg_session_minutes",
      "plan_tier",
      "tenure_months",
      "support_tickets_90d",
      "payment_failures_90d",
      "nps_score",
      "discount_active",
      "seats_used_ratio",
      "feature_adoption_score",
      "monthly_spend",
    ],
    tags: ["classification", "tier-1", "pii"],
    terms: ["customer_data", "label", "risk_score"],
  },
  {
    key: "fraud",
    title: "Payment fraud",
    team: "risk-ml",
    task: "classification",
    groups: ["fraud_xgb", "fraud_gnn", "chargeback_risk"],
    datasets: [
      "payment_transactions",
      "card_authorizations",
      "device_fingerprints",
      "merchant_profiles",
      "chargebacks",
      "fraud_labels",
      "fraud_training_set",
      "fraud_scores",
    ],
    featureTable: "transaction_risk_features",
    keys: ["transaction_id", "card_id"],
    features: [
      "amount_usd",
      "amount_zscore_30d",
      "txn_count_1h",
      "txn_count_24h",
      "distinct_merchants_24h",
      "card_age_days",
      "is_cross_border",
      "device_risk_score",
      "ip_country_mismatch",
      "merchant_fraud_rate_90d",
      "hour_of_day",
      "velocity_ratio",
    ],
    tags: ["classification", "tier-1", "realtime", "pii"],
    terms: ["financial", "risk_score", "label"],
  },
  {
    key: "recs",
    title: "Product recommendations",
    team: "discovery-ml",
    task: "ranking",
    groups: ["product_recommender", "two_tower_retrieval", "homepage_ranker"],
    datasets: [
      "clickstream_events",
      "product_catalog",
      "orders",
      "search_queries",
      "user_item_interactions",
      "item_embeddings",
      "ranking_training_set",
      "recommendation_candidates",
    ],
    featureTable: "user_item_features",
    keys: ["user_id", "item_id"],
    features: [
      "item_ctr_7d",
      "item_popularity_30d",
      "user_category_affinity",
      "price_bucket",
      "days_since_last_purchase",
      "item_embedding_norm",
      "user_embedding_norm",
      "cosine_similarity",
      "add_to_cart_rate",
      "brand_affinity",
    ],
    tags: ["ranking", "realtime", "tier-1"],
    terms: ["customer_data", "feature", "model_output"],
  },
  {
    key: "demand",
    title: "Demand forecasting",
    team: "supply-chain-ds",
    task: "forecasting",
    groups: ["demand_forecaster", "sku_demand_prophet", "store_traffic_arima"],
    datasets: [
      "store_sales_daily",
      "inventory_snapshots",
      "promotions",
      "weather_daily",
      "holiday_calendar",
      "sku_attributes",
      "demand_training_set",
      "demand_forecasts",
    ],
    featureTable: "sku_store_features",
    keys: ["sku_id", "store_id"],
    features: [
      "sales_lag_7",
      "sales_lag_28",
      "rolling_mean_14",
      "rolling_std_28",
      "promo_active",
      "price_index",
      "temperature_c",
      "is_holiday",
      "day_of_week",
      "stock_on_hand",
    ],
    tags: ["forecasting", "batch", "tier-2"],
    terms: ["forecast", "training_data", "revenue"],
  },
  {
    key: "credit",
    title: "Credit risk",
    team: "lending-ml",
    task: "classification",
    groups: ["credit_default_lgbm", "pd_scorecard", "limit_increase_model"],
    datasets: [
      "loan_applications",
      "credit_bureau_reports",
      "repayment_history",
      "bank_statements",
      "applicant_profiles",
      "default_labels",
      "credit_training_set",
      "credit_scores",
    ],
    featureTable: "applicant_credit_features",
    keys: ["applicant_id"],
    features: [
      "debt_to_income",
      "credit_utilization",
      "months_since_delinquency",
      "open_accounts",
      "inquiries_6m",
      "annual_income",
      "employment_years",
      "loan_amount",
      "loan_term_months",
      "bureau_score",
    ],
    tags: ["classification", "tier-1", "pii", "gdpr"],
    terms: ["financial", "risk_score", "pii"],
  },
  {
    key: "eta",
    title: "Delivery ETA",
    team: "logistics-ml",
    task: "regression",
    groups: ["eta_regressor", "eta_gbm", "pickup_time_model"],
    datasets: [
      "delivery_trips",
      "courier_locations",
      "restaurant_prep_times",
      "traffic_segments",
      "weather_hourly",
      "eta_labels",
      "eta_training_set",
      "eta_predictions",
    ],
    featureTable: "trip_features",
    keys: ["trip_id"],
    features: [
      "distance_km",
      "prep_time_p50",
      "courier_speed_7d",
      "traffic_index",
      "hour_of_day",
      "is_raining",
      "orders_in_queue",
      "restaurant_delay_rate",
      "dropoff_floor",
      "city_zone",
    ],
    tags: ["realtime", "tier-1"],
    terms: ["training_data", "model_output", "label"],
  },
  {
    key: "pricing",
    title: "Dynamic pricing",
    team: "pricing-ds",
    task: "regression",
    groups: ["price_elasticity", "markdown_optimizer", "surge_multiplier"],
    datasets: ["price_history", "competitor_prices", "orders", "inventory_snapshots", "product_catalog", "elasticity_training_set", "price_recommendations"],
    featureTable: "price_features",
    keys: ["sku_id"],
    features: [
      "current_price",
      "competitor_min_price",
      "price_change_7d",
      "units_sold_7d",
      "stock_cover_days",
      "margin_pct",
      "seasonality_index",
      "category_elasticity",
    ],
    tags: ["batch", "tier-2"],
    terms: ["revenue", "financial", "model_output"],
  },
  {
    key: "support",
    title: "Support ticket routing",
    team: "cx-ml",
    task: "classification",
    groups: ["ticket_router", "intent_classifier", "sentiment_bert"],
    datasets: ["support_tickets", "ticket_messages", "agent_assignments", "csat_surveys", "intent_labels", "ticket_training_set", "ticket_predictions"],
    featureTable: "ticket_text_features",
    keys: ["ticket_id"],
    features: ["message_length", "tfidf_top_terms", "embedding_cluster", "customer_tier", "channel", "language", "prior_tickets_30d", "sentiment_score"],
    tags: ["nlp", "classification", "tier-2", "pii"],
    terms: ["customer_data", "label", "model_output"],
  },
  {
    key: "ltv",
    title: "Customer lifetime value",
    team: "marketing-ds",
    task: "regression",
    groups: ["ltv_predictor", "clv_bgnbd", "acquisition_value_model"],
    datasets: ["orders", "customer_profiles", "marketing_touchpoints", "refunds", "customer_cohorts", "ltv_training_set", "ltv_scores"],
    featureTable: "customer_value_features",
    keys: ["customer_id"],
    features: [
      "orders_90d",
      "revenue_90d",
      "avg_order_value",
      "days_since_first_order",
      "refund_rate",
      "channel_first_touch",
      "email_open_rate",
      "cohort_month",
    ],
    tags: ["batch", "tier-2"],
    terms: ["revenue", "customer_data", "forecast"],
  },
  {
    key: "ads",
    title: "Ad click-through",
    team: "ads-ml",
    task: "ranking",
    groups: ["ctr_predictor", "deepfm_ctr", "bid_shading_model"],
    datasets: ["ad_impressions", "ad_clicks", "campaigns", "advertiser_accounts", "user_segments", "ctr_training_set", "ctr_predictions"],
    featureTable: "impression_features",
    keys: ["impression_id"],
    features: [
      "ad_ctr_7d",
      "user_ctr_30d",
      "placement",
      "device_type",
      "hour_of_day",
      "campaign_budget_remaining",
      "creative_age_days",
      "segment_match_score",
      "bid_usd",
    ],
    tags: ["ranking", "realtime", "tier-1"],
    terms: ["revenue", "feature", "model_output"],
  },
];

const ML_PLATFORMS: readonly MlPlatform[] = [
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "mlflow",
  "sagemaker",
  "sagemaker",
  "sagemaker",
  "vertexai",
  "vertexai",
];
const DATA_PLATFORMS = ["snowflake", "snowflake", "bigquery", "s3", "hive"] as const;
type DataPlatform = (typeof DATA_PLATFORMS)[number];
const FEATURE_STORE: Record<MlPlatform, string> = { mlflow: "feast", sagemaker: "sagemaker", vertexai: "vertexai" };

type FieldKind = "number" | "float" | "string" | "boolean" | "timestamp" | "date";
const NATIVE_TYPES: Record<DataPlatform, Record<FieldKind, string>> = {
  snowflake: { number: "NUMBER(38,0)", float: "FLOAT", string: "VARCHAR(16777216)", boolean: "BOOLEAN", timestamp: "TIMESTAMP_NTZ", date: "DATE" },
  bigquery: { number: "INT64", float: "FLOAT64", string: "STRING", boolean: "BOOL", timestamp: "TIMESTAMP", date: "DATE" },
  s3: { number: "int64", float: "double", string: "string", boolean: "boolean", timestamp: "timestamp[us]", date: "date32" },
  hive: { number: "bigint", float: "double", string: "string", boolean: "boolean", timestamp: "timestamp", date: "date" },
};
const SCHEMA_TYPES: Record<FieldKind, string> = {
  number: "NumberType",
  float: "NumberType",
  string: "StringType",
  boolean: "BooleanType",
  timestamp: "TimeType",
  date: "DateType",
};
const GENERIC_COLUMNS: ReadonlyArray<readonly [string, FieldKind]> = [
  ["event_id", "string"],
  ["event_ts", "timestamp"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
  ["ds", "date"],
  ["country_code", "string"],
  ["region", "string"],
  ["currency", "string"],
  ["channel", "string"],
  ["platform", "string"],
  ["app_version", "string"],
  ["is_test", "boolean"],
  ["is_deleted", "boolean"],
  ["amount", "float"],
  ["quantity", "number"],
  ["status", "string"],
  ["source_system", "string"],
  ["ingested_at", "timestamp"],
  ["partner_id", "string"],
  ["segment", "string"],
  ["score", "float"],
  ["label", "number"],
  ["weight", "float"],
  ["batch_id", "string"],
  ["row_hash", "string"],
  ["locale", "string"],
  ["timezone", "string"],
  ["latitude", "float"],
  ["longitude", "float"],
  ["session_id", "string"],
  ["user_agent", "string"],
  ["referrer", "string"],
  ["price", "float"],
  ["discount", "float"],
  ["category", "string"],
  ["subcategory", "string"],
  ["brand", "string"],
  ["rank", "number"],
  ["version", "number"],
  ["comment", "string"],
];

function featureKind(name: string): FieldKind {
  if (/^(is_|has_)|_active$/.test(name)) return "boolean";
  if (/(tier|type|zone|channel|language|placement|bucket|month|top_terms|cluster)$/.test(name)) return "string";
  if (/(count|_1h|_24h|_7d|_30d|_90d|days|months|years|accounts|queue|floor|hour_of_day|day_of_week|lag_\d+)$/.test(name)) return "number";
  return "float";
}

function featureDataType(name: string, kind: FieldKind): string {
  if (kind === "boolean") return "BINARY";
  if (kind === "string") return /tier|bucket/.test(name) ? "ORDINAL" : /top_terms/.test(name) ? "TEXT" : "NOMINAL";
  if (kind === "number") return /hour_of_day|day_of_week/.test(name) ? "TIME" : "COUNT";
  return "CONTINUOUS";
}

// Hyper-parameters and metrics, by model family.

type ParamGen = (r: Rng) => string;
interface Family {
  type: string;
  framework: string;
  frameworkVersion: string;
  params: ReadonlyArray<readonly [string, ParamGen]>;
  /** minutes */
  duration: readonly [number, number];
}

const int =
  (lo: number, hi: number): ParamGen =>
  (r) =>
    String(r.int(lo, hi));
const oneOf =
  (...values: string[]): ParamGen =>
  (r) =>
    r.pick(values);
const dec =
  (lo: number, hi: number, d = 2): ParamGen =>
  (r) =>
    r.dec(lo, hi, d);
const logu =
  (lo: number, hi: number): ParamGen =>
  (r) =>
    r.logDec(lo, hi);

const FAMILIES: Record<string, Family> = {
  xgboost: {
    type: "XGBoost",
    framework: "xgboost",
    frameworkVersion: "2.0.3",
    duration: [4, 90],
    params: [
      ["learning_rate", logu(0.01, 0.3)],
      ["max_depth", int(3, 12)],
      ["n_estimators", int(100, 2000)],
      ["subsample", dec(0.5, 1)],
      ["colsample_bytree", dec(0.4, 1)],
      ["min_child_weight", int(1, 20)],
      ["gamma", dec(0, 5, 1)],
      ["reg_lambda", logu(0.01, 10)],
      ["reg_alpha", logu(0.001, 1)],
      ["tree_method", oneOf("hist", "approx", "gpu_hist")],
      ["scale_pos_weight", dec(1, 30, 1)],
      ["early_stopping_rounds", oneOf("20", "50", "100")],
    ],
  },
  lightgbm: {
    type: "LightGBM",
    framework: "lightgbm",
    frameworkVersion: "4.3.0",
    duration: [3, 60],
    params: [
      ["learning_rate", logu(0.005, 0.2)],
      ["num_leaves", int(15, 255)],
      ["n_estimators", int(200, 5000)],
      ["feature_fraction", dec(0.5, 1)],
      ["bagging_fraction", dec(0.5, 1)],
      ["bagging_freq", int(0, 10)],
      ["min_data_in_leaf", int(10, 500)],
      ["lambda_l1", logu(0.001, 10)],
      ["lambda_l2", logu(0.001, 10)],
      ["max_bin", oneOf("63", "127", "255", "511")],
      ["boosting_type", oneOf("gbdt", "dart", "goss")],
      ["objective", oneOf("binary", "lambdarank", "regression", "huber")],
    ],
  },
  pytorch: {
    type: "Neural network (PyTorch)",
    framework: "pytorch",
    frameworkVersion: "2.3.1",
    duration: [20, 480],
    params: [
      ["learning_rate", logu(0.00005, 0.01)],
      ["batch_size", oneOf("64", "128", "256", "512", "1024", "2048")],
      ["epochs", int(5, 100)],
      ["optimizer", oneOf("adam", "adamw", "sgd")],
      ["weight_decay", logu(0.00001, 0.1)],
      ["dropout", dec(0, 0.5)],
      ["hidden_size", oneOf("128", "256", "512", "768", "1024")],
      ["num_layers", int(2, 12)],
      ["warmup_steps", oneOf("0", "500", "1000", "4000")],
      ["lr_scheduler", oneOf("cosine", "linear", "step", "plateau")],
      ["gradient_clip_norm", oneOf("0.5", "1.0", "5.0")],
      ["seed", int(1, 9999)],
    ],
  },
  sklearn: {
    type: "Random forest (scikit-learn)",
    framework: "sklearn",
    frameworkVersion: "1.4.2",
    duration: [2, 45],
    params: [
      ["n_estimators", int(100, 1500)],
      ["max_depth", oneOf("None", "8", "12", "16", "24")],
      ["min_samples_split", int(2, 20)],
      ["min_samples_leaf", int(1, 10)],
      ["max_features", oneOf("sqrt", "log2", "0.5")],
      ["class_weight", oneOf("balanced", "None")],
      ["criterion", oneOf("gini", "entropy", "log_loss")],
      ["bootstrap", oneOf("True", "False")],
      ["random_state", int(1, 9999)],
      ["n_jobs", oneOf("-1", "8", "16")],
    ],
  },
  prophet: {
    type: "Prophet",
    framework: "prophet",
    frameworkVersion: "1.1.5",
    duration: [2, 30],
    params: [
      ["changepoint_prior_scale", logu(0.001, 0.5)],
      ["seasonality_prior_scale", logu(0.01, 10)],
      ["holidays_prior_scale", logu(0.01, 10)],
      ["seasonality_mode", oneOf("additive", "multiplicative")],
      ["yearly_seasonality", oneOf("auto", "True", "False")],
      ["weekly_seasonality", oneOf("auto", "True")],
      ["n_changepoints", int(10, 50)],
      ["changepoint_range", dec(0.7, 0.95)],
      ["horizon_days", oneOf("14", "28", "56", "91")],
      ["interval_width", oneOf("0.8", "0.9", "0.95")],
    ],
  },
  arima: {
    type: "SARIMA (statsmodels)",
    framework: "statsmodels",
    frameworkVersion: "0.14.2",
    duration: [1, 20],
    params: [
      ["p", int(0, 5)],
      ["d", int(0, 2)],
      ["q", int(0, 5)],
      ["seasonal_p", int(0, 2)],
      ["seasonal_d", int(0, 1)],
      ["seasonal_q", int(0, 2)],
      ["seasonal_period", oneOf("7", "12", "52")],
      ["trend", oneOf("n", "c", "t", "ct")],
      ["enforce_stationarity", oneOf("True", "False")],
      ["horizon_days", oneOf("14", "28", "56")],
    ],
  },
};
const TASK_FAMILIES: Record<Task, readonly string[]> = {
  classification: ["xgboost", "xgboost", "lightgbm", "pytorch", "sklearn"],
  regression: ["lightgbm", "xgboost", "pytorch", "sklearn"],
  forecasting: ["prophet", "arima", "lightgbm"],
  ranking: ["lightgbm", "pytorch", "pytorch"],
};

type MetricGen = (r: Rng, q: number) => string;
const score =
  (lo: number, hi: number, d = 4): MetricGen =>
  (r, q) =>
    (lo + (hi - lo) * q + (r.float() - 0.5) * 0.01).toFixed(d);
const loss =
  (lo: number, hi: number, d = 4): MetricGen =>
  (r, q) =>
    (hi - (hi - lo) * q + r.float() * 0.005).toFixed(d);
const TASK_METRICS: Record<Task, ReadonlyArray<readonly [string, MetricGen]>> = {
  classification: [
    ["auc", score(0.68, 0.96)],
    ["accuracy", score(0.7, 0.95)],
    ["f1", score(0.45, 0.88)],
    ["precision", score(0.5, 0.92)],
    ["recall", score(0.4, 0.9)],
    ["log_loss", loss(0.12, 0.6)],
    ["pr_auc", score(0.3, 0.85)],
    ["brier_score", loss(0.05, 0.22)],
    ["val_auc", score(0.66, 0.95)],
    ["train_loss", loss(0.08, 0.55)],
    ["val_loss", loss(0.1, 0.6)],
  ],
  regression: [
    ["rmse", loss(2.1, 9.5, 3)],
    ["mae", loss(1.4, 6.8, 3)],
    ["mape", loss(0.06, 0.35)],
    ["r2", score(0.45, 0.93)],
    ["val_rmse", loss(2.3, 10.2, 3)],
    ["val_mae", loss(1.5, 7.2, 3)],
    ["train_loss", loss(0.8, 4.5)],
    ["val_loss", loss(0.9, 5.1)],
    ["p90_abs_error", loss(3.5, 14, 3)],
  ],
  forecasting: [
    ["mape", loss(0.05, 0.3)],
    ["smape", loss(0.05, 0.32)],
    ["rmse", loss(8, 60, 3)],
    ["mae", loss(5, 42, 3)],
    ["mase", loss(0.6, 1.4)],
    ["coverage_90", score(0.78, 0.92)],
    ["wape", loss(0.06, 0.3)],
    ["bias", (r) => r.dec(-0.08, 0.08, 4)],
  ],
  ranking: [
    ["ndcg_at_10", score(0.25, 0.62)],
    ["map_at_10", score(0.12, 0.45)],
    ["mrr", score(0.2, 0.6)],
    ["recall_at_20", score(0.3, 0.78)],
    ["hit_rate_at_10", score(0.35, 0.82)],
    ["auc", score(0.7, 0.93)],
    ["train_loss", loss(0.15, 0.7)],
    ["val_loss", loss(0.18, 0.75)],
    ["catalog_coverage", score(0.2, 0.65)],
    ["logloss", loss(0.1, 0.5)],
  ],
};

const ADJECTIVES = [
  "bold",
  "calm",
  "brave",
  "clever",
  "eager",
  "gentle",
  "honest",
  "jolly",
  "lively",
  "mighty",
  "nimble",
  "polite",
  "quiet",
  "rare",
  "sharp",
  "swift",
  "tidy",
  "vivid",
  "witty",
  "zesty",
];
const ANIMALS = [
  "owl",
  "fox",
  "lynx",
  "otter",
  "heron",
  "panda",
  "koala",
  "mole",
  "bass",
  "crane",
  "finch",
  "gnu",
  "hare",
  "ibis",
  "jay",
  "lark",
  "mink",
  "newt",
  "orca",
  "wren",
];

// ---------------------------------------------------------------------------------------------
// Proposal helpers
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

interface Ctx {
  rng: Rng;
  seq: number;
}

function proposal(ctx: Ctx, entityType: EntityType, entityUrn: string, aspectName: string, json: Json): Proposal {
  return {
    entityType,
    entityUrn,
    changeType: "UPSERT",
    aspectName,
    aspect: { json },
    systemMetadata: {
      lastObserved: OBSERVED_AT + ctx.seq++,
      runId: "orrery-synthetic",
      properties: { clientId: "orrery-bench", clientVersion: "1.0.0" },
    },
  };
}

function ownership(ctx: Ctx, team: readonly string[], time: number): Json {
  const { rng } = ctx;
  const owners = rng.sample(team, rng.int(1, 2)).map((owner, i) => ({
    owner,
    type: i === 0 ? "TECHNICAL_OWNER" : rng.pick(["BUSINESS_OWNER", "DATA_STEWARD", "TECHNICAL_OWNER"]),
  }));
  return { owners, ownerTypes: {}, lastModified: { time, actor: owners[0].owner } };
}

function globalTags(urns: readonly string[]): Json {
  return { tags: urns.map((tag) => ({ tag })) };
}

function glossaryTerms(urns: readonly string[], time: number, actor: string): Json {
  return { terms: urns.map((urn) => ({ urn })), auditStamp: { time, actor } };
}

function titleCase(snake: string): string {
  return snake
    .split("_")
    .map((w) => (w.length <= 3 && /^(ctr|eta|ltv|sku|id|pd|gnn|bert|xgb|clv|v\d+)$/.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

function datasetName(platform: DataPlatform, base: string, n: number, team: string): string {
  const table = `${base}_${n}`;
  switch (platform) {
    case "snowflake":
      return `analytics.${team.replace(/-/g, "_")}.${table}`;
    case "bigquery":
      return `acme-data.${team.replace(/-/g, "_")}.${table}`;
    case "hive":
      return `warehouse.${table}`;
    case "s3":
      return `acme-ml-lake/${team}/${table}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Pools
// ---------------------------------------------------------------------------------------------

const POOL_SIZE = USERS.length + TAGS.length + TERMS.length;
/** catalogs smaller than this skip the tag/term/user entities (they'd crowd out the ML assets) */
const POOL_MIN_ENTITIES = 400;

function* poolProposals(ctx: Ctx): Generator<Proposal> {
  for (const [id, fullName, title] of USERS) {
    const [firstName, lastName] = fullName.split(" ");
    yield proposal(ctx, "corpuser", `urn:li:corpuser:${id}`, "corpUserInfo", {
      customProperties: {},
      active: true,
      displayName: fullName,
      email: `${id}@example.com`,
      title,
      firstName,
      lastName,
      fullName,
    });
  }
  for (const [name, description, colorHex] of TAGS) yield proposal(ctx, "tag", `urn:li:tag:${name}`, "tagProperties", { name, description, colorHex });
  for (const [name, definition] of TERMS)
    yield proposal(ctx, "glossaryTerm", `urn:li:glossaryTerm:${name}`, "glossaryTermInfo", {
      customProperties: {},
      name: titleCase(name),
      definition,
      termSource: "INTERNAL",
    });
}

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

interface Plan {
  datasets: number;
  featureTable: boolean;
  features: number;
  primaryKeys: number;
  runs: number;
  /** number of versions, per model group */
  versions: number[];
}

function planSize(p: Plan): number {
  return p.datasets + (p.featureTable ? 1 + p.features + p.primaryKeys : 0) + 1 + p.runs + p.versions.reduce((sum, v) => sum + 1 + v, 0);
}

/** the smallest project: one dataset, an experiment with one run, one group with one version */
const MIN_PROJECT = 5;

function makePlan(rng: Rng, theme: Theme): Plan {
  const groups = rng.chance(0.35) ? 2 : 1;
  return {
    datasets: rng.int(3, Math.min(8, theme.datasets.length)),
    featureTable: rng.chance(0.8),
    features: rng.int(4, Math.min(12, theme.features.length)),
    primaryKeys: rng.int(1, theme.keys.length),
    runs: rng.int(10, 60),
    versions: Array.from({ length: groups }, () => rng.int(1, 8)),
  };
}

/** Shrinks a plan so it fits in `budget` entities (budget >= MIN_PROJECT). */
function fitPlan(p: Plan, budget: number): Plan {
  const q: Plan = { ...p, versions: p.versions.slice() };
  const fixed = () => planSize(q) - q.runs;
  if (fixed() + 1 > budget) q.featureTable = false;
  while (fixed() + 1 > budget && q.versions.length > 1) q.versions.pop();
  while (fixed() + 1 > budget && q.versions[0] > 1) q.versions[0]--;
  while (fixed() + 1 > budget && q.datasets > 1) q.datasets--;
  q.runs = Math.max(1, Math.min(q.runs, budget - fixed()));
  return q;
}

interface RunInfo {
  urn: string;
  success: boolean;
  hyperParams: Array<{ name: string; value: string }>;
  metrics: Array<{ name: string; value: string }>;
  end: number;
}

/** recent datasets of earlier projects, for cross-project lineage */
class Ring {
  private readonly items: string[] = [];
  private next = 0;
  constructor(private readonly size: number) {}
  push(urn: string): void {
    if (this.items.length < this.size) this.items.push(urn);
    else this.items[this.next] = urn;
    this.next = (this.next + 1) % this.size;
  }
  pick(rng: Rng): string | undefined {
    return this.items.length ? rng.pick(this.items) : undefined;
  }
}

function* projectProposals(ctx: Ctx, n: number, theme: Theme, plan: Plan, ring: Ring): Generator<Proposal> {
  const { rng } = ctx;
  const mlPlatform = rng.pick(ML_PLATFORMS);
  const dataPlatform = rng.pick(DATA_PLATFORMS);
  const team = rng.sample(USER_URNS, 4);
  const teamActor = team[0];
  const start = EPOCH + rng.int(0, HISTORY_DAYS - 120) * DAY + rng.int(0, 23) * HOUR;
  const task = theme.task;
  const teamTag = rng.sample(theme.tags, rng.int(0, 2)).map((t) => `urn:li:tag:${t}`);

  // ---- datasets: the last one (when there are ≥ 2) is where predictions are written -----------
  const bases = theme.datasets.slice(0, 1).concat(rng.sample(theme.datasets.slice(1, -1), Math.max(0, plan.datasets - 2)));
  if (plan.datasets >= 2) bases.push(theme.datasets[theme.datasets.length - 1]);
  const datasetUrns: string[] = [];
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i];
    const platform = i === 0 && dataPlatform !== "s3" && rng.chance(0.3) ? "s3" : dataPlatform;
    const urn = `urn:li:dataset:(urn:li:dataPlatform:${platform},${datasetName(platform, base, n, theme.team)},PROD)`;
    const created = start - rng.int(30, 400) * DAY;
    const isOutput = plan.datasets >= 2 && i === bases.length - 1;
    const raw = i === 0 || (!isOutput && i < 2 && rng.chance(0.5));
    yield proposal(ctx, "dataset", urn, "datasetProperties", {
      customProperties: {
        owner_team: theme.team,
        refresh: raw ? rng.pick(["hourly", "daily", "streaming"]) : rng.pick(["daily", "weekly"]),
        row_count: String(rng.int(10, 900) * 10 ** rng.int(3, 6)),
        source: raw ? rng.pick(["kafka", "fivetran", "airbyte", "app-db-cdc"]) : "dbt",
      },
      name: `${base}_${n}`,
      description: isOutput
        ? `${theme.title} model outputs: one row per entity and scoring run, written by the batch scorer.`
        : raw
          ? `Raw ${titleCase(base).toLowerCase()} landed from the source systems; ${theme.title.toLowerCase()} project.`
          : `${titleCase(base)} prepared for the ${theme.title.toLowerCase()} models (cleaned, deduplicated, joined).`,
      created: { time: created },
      lastModified: { time: created + rng.int(1, 30) * DAY },
      tags: [],
    });
    const fields: Json[] = [];
    const keyCols = theme.keys.slice(0, rng.int(1, theme.keys.length));
    const featureCols = rng.sample(theme.features, rng.int(1, theme.features.length));
    const cols: Array<readonly [string, FieldKind]> = [
      ...keyCols.map((k) => [k, "string"] as const),
      ...featureCols.map((f) => [f, featureKind(f)] as const),
      ...rng.sample(GENERIC_COLUMNS, 40),
    ];
    const fieldCount = rng.int(5, 40);
    for (const [fieldPath, kind] of cols.slice(0, fieldCount)) {
      fields.push({
        fieldPath,
        nullable: !keyCols.includes(fieldPath),
        type: { type: { [`com.linkedin.schema.${SCHEMA_TYPES[kind]}`]: {} } },
        nativeDataType: NATIVE_TYPES[platform][kind],
        recursive: false,
        isPartOfKey: keyCols.includes(fieldPath),
      });
    }
    yield proposal(ctx, "dataset", urn, "schemaMetadata", {
      schemaName: `${base}_${n}`,
      platform: `urn:li:dataPlatform:${platform}`,
      version: 0,
      created: { time: created, actor: teamActor },
      lastModified: { time: created, actor: teamActor },
      hash: hex32(urn).slice(0, 16),
      platformSchema: { "com.linkedin.schema.MySqlDDL": { tableSchema: "" } },
      fields,
    });
    yield proposal(ctx, "dataset", urn, "subTypes", { typeNames: [platform === "s3" ? "Folder" : raw ? "Table" : "View"] });
    yield proposal(ctx, "dataset", urn, "status", { removed: false });
    yield proposal(ctx, "dataset", urn, "ownership", ownership(ctx, team, created));
    const dsTags = [...teamTag.filter(() => rng.chance(0.5)), rng.pick(["urn:li:tag:batch", "urn:li:tag:realtime"])];
    if (rng.chance(0.7)) yield proposal(ctx, "dataset", urn, "globalTags", globalTags([...new Set(dsTags)]));
    if (rng.chance(0.5)) {
      const terms = isOutput ? ["urn:li:glossaryTerm:model_output"] : rng.sample(theme.terms, rng.int(1, 2)).map((t) => `urn:li:glossaryTerm:${t}`);
      yield proposal(ctx, "dataset", urn, "glossaryTerms", glossaryTerms(terms, created, teamActor));
    }
    if (!raw && i > 0) {
      const ups = rng.sample(datasetUrns, rng.int(1, Math.min(3, datasetUrns.length)));
      const cross = rng.chance(0.12) ? ring.pick(rng) : undefined;
      if (cross && !ups.includes(cross)) ups.push(cross);
      yield proposal(ctx, "dataset", urn, "upstreamLineage", {
        upstreams: ups.map((dataset) => ({
          auditStamp: { time: created, actor: "urn:li:corpuser:datahub" },
          dataset,
          type: "TRANSFORMED",
        })),
      });
    }
    datasetUrns.push(urn);
  }
  const outputDataset = plan.datasets >= 2 ? datasetUrns[datasetUrns.length - 1] : undefined;
  const inputDatasets = outputDataset ? datasetUrns.slice(0, -1) : datasetUrns;
  for (const urn of inputDatasets) ring.push(urn);

  // ---- feature table, features, primary keys -------------------------------------------------
  const featureUrns: string[] = [];
  if (plan.featureTable) {
    const tableName = `${theme.featureTable}_${n}`;
    const store = FEATURE_STORE[mlPlatform];
    const tableUrn = `urn:li:mlFeatureTable:(urn:li:dataPlatform:${store},${tableName})`;
    const pkUrns: string[] = [];
    for (const key of theme.keys.slice(0, plan.primaryKeys)) {
      const urn = `urn:li:mlPrimaryKey:(${tableName},${key})`;
      yield proposal(ctx, "mlPrimaryKey", urn, "mlPrimaryKeyProperties", {
        description: `${titleCase(key)}: the entity key of ${tableName}.`,
        dataType: "ORDINAL",
        sources: [inputDatasets[0]],
      });
      pkUrns.push(urn);
    }
    for (const feature of rng.sample(theme.features, plan.features)) {
      const urn = `urn:li:mlFeature:(${tableName},${feature})`;
      const kind = featureKind(feature);
      yield proposal(ctx, "mlFeature", urn, "mlFeatureProperties", {
        description: `${titleCase(feature)} (${kind === "boolean" ? "flag" : kind === "string" ? "category" : "numeric"}), computed from ${inputDatasets.length > 1 ? "the project's prepared data" : "the source table"}.`,
        dataType: featureDataType(feature, kind),
        sources: rng.sample(inputDatasets, rng.int(1, Math.min(2, inputDatasets.length))),
      });
      if (rng.chance(0.25)) yield proposal(ctx, "mlFeature", urn, "globalTags", globalTags([rng.pick(TAG_URNS)]));
      featureUrns.push(urn);
    }
    yield proposal(ctx, "mlFeatureTable", tableUrn, "mlFeatureTableProperties", {
      customProperties: { entity: theme.keys[0], online_store: rng.pick(["redis", "dynamodb", "bigtable"]), ttl_days: String(rng.pick([1, 7, 30, 90])) },
      description: `Features for ${theme.title.toLowerCase()} models, keyed by ${theme.keys.slice(0, plan.primaryKeys).join(" and ")}.`,
      mlFeatures: featureUrns,
      mlPrimaryKeys: pkUrns,
    });
    yield proposal(ctx, "mlFeatureTable", tableUrn, "ownership", ownership(ctx, team, start));
    yield proposal(ctx, "mlFeatureTable", tableUrn, "status", { removed: false });
  }

  // ---- experiment and runs --------------------------------------------------------------------
  const expName = `${theme.key}_${rng.pick(["experiments", "training", "tuning", "baseline", "retrain"])}_${n}`;
  const project = `acme-ml-${theme.team}`;
  const expUrn =
    mlPlatform === "mlflow"
      ? `urn:li:container:${hex32(`mlflow:${expName}`)}`
      : mlPlatform === "sagemaker"
        ? `urn:li:container:sagemaker.experiment.${expName}`
        : `urn:li:container:${project}.experiment.${expName}`;
  yield proposal(ctx, "container", expUrn, "containerProperties", {
    customProperties:
      mlPlatform === "mlflow"
        ? { platform: "urn:li:dataPlatform:mlflow", id: String(100000 + n), artifacts_location: `s3://acme-mlflow/${n}` }
        : { platform: `urn:li:dataPlatform:${mlPlatform}`, project },
    name: expName,
    description: `${theme.title}: ${rng.pick(["hyper-parameter search", "feature ablations", "weekly retraining", "baseline comparison", "architecture exploration"])} for the ${theme.groups[0].replace(/_/g, " ")} models.`,
    created: { time: start },
    lastModified: { time: start + rng.int(10, 100) * DAY },
  });
  yield proposal(ctx, "container", expUrn, "subTypes", { typeNames: ["ML Experiment"] });
  yield proposal(ctx, "container", expUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
  yield proposal(ctx, "container", expUrn, "browsePathsV2", { path: [] });
  yield proposal(ctx, "container", expUrn, "status", { removed: false });
  yield proposal(ctx, "container", expUrn, "ownership", ownership(ctx, team, start));
  if (teamTag.length) yield proposal(ctx, "container", expUrn, "globalTags", globalTags(teamTag));

  const families = TASK_FAMILIES[task];
  const metricsPool = TASK_METRICS[task];
  const runs: RunInfo[] = [];
  let t = start;
  for (let k = 1; k <= plan.runs; k++) {
    const family = FAMILIES[rng.pick(families)];
    const runName = `${rng.pick(ADJECTIVES)}-${rng.pick(ANIMALS)}-${rng.int(100, 999)}`;
    const runUrn =
      mlPlatform === "mlflow"
        ? `urn:li:dataProcessInstance:${hex32(`mlflow:${expName}:${k}`)}`
        : mlPlatform === "sagemaker"
          ? `urn:li:dataProcessInstance:sagemaker.training_job.${theme.key}-${n}-${k}`
          : `urn:li:dataProcessInstance:${project}.experiment_run.${expName}-run-${k}`;
    t += rng.int(1, 48) * HOUR + rng.int(0, 59) * 60_000;
    const runStart = t;
    const durationMs = rng.int(family.duration[0], family.duration[1]) * 60_000 + rng.int(0, 59_999);
    const forceSuccess = k === plan.runs && !runs.some((r) => r.success);
    const success = forceSuccess || rng.chance(0.85);
    const quality = Math.min(1, Math.max(0, (k / plan.runs) * 0.5 + rng.float() * 0.5));
    const user = rng.pick(team);
    const hyperParams = rng
      .sample(family.params, rng.int(Math.min(4, family.params.length), Math.min(12, family.params.length)))
      .map(([name, gen]) => ({ name, value: gen(rng) }));
    const metrics = rng.sample(metricsPool, rng.int(3, Math.min(10, metricsPool.length))).map(([name, gen]) => ({ name, value: gen(rng, quality) }));
    const runId = mlPlatform === "mlflow" ? hex32(`mlflow-run:${expName}:${k}`) : runUrn.slice("urn:li:dataProcessInstance:".length);

    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceProperties", {
      customProperties: {
        framework: family.framework,
        framework_version: family.frameworkVersion,
        git_commit: hex32(`${runUrn}:git`).slice(0, 12),
        entry_point: rng.pick(["train.py", "pipelines/train.py", "notebooks/train.ipynb", "src/models/fit.py"]),
        ...(mlPlatform === "sagemaker" ? { instance_type: rng.pick(["ml.m5.2xlarge", "ml.c5.4xlarge", "ml.g5.xlarge", "ml.p3.2xlarge"]) } : {}),
      },
      name: mlPlatform === "mlflow" ? runName : runId.split(".").pop(),
      created: { time: runStart, actor: user },
    });
    yield proposal(ctx, "dataProcessInstance", runUrn, "subTypes", { typeNames: ["ML Training Run"] });
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
    yield proposal(ctx, "dataProcessInstance", runUrn, "mlTrainingRunProperties", {
      customProperties: {},
      externalUrl:
        mlPlatform === "mlflow"
          ? `https://mlflow.example.com/#/experiments/${100000 + n}/runs/${runId}`
          : mlPlatform === "sagemaker"
            ? `https://console.aws.amazon.com/sagemaker/home#/jobs/${runId.split(".").pop()}`
            : `https://console.cloud.google.com/vertex-ai/experiments/${expName}/runs/${runId.split(".").pop()}?project=${project}`,
      id: runId,
      outputUrls: [mlPlatform === "vertexai" ? `gs://acme-vertex/${expName}/${k}/model` : `s3://acme-ml-artifacts/${expName}/${k}/model`],
      hyperParams,
      trainingMetrics: metrics,
    });
    yield proposal(ctx, "dataProcessInstance", runUrn, "container", { container: expUrn });
    const inputs = rng.sample(inputDatasets, rng.int(1, Math.min(3, inputDatasets.length)));
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceInput", {
      inputs: [],
      inputEdges: inputs.map((destinationUrn) => ({ destinationUrn })),
    });
    if (outputDataset && rng.chance(0.3))
      yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceOutput", {
        outputs: [],
        outputEdges: [{ destinationUrn: outputDataset }],
      });
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceRunEvent", {
      timestampMillis: runStart,
      partitionSpec: { partition: "FULL_TABLE_SNAPSHOT", type: "FULL_TABLE" },
      status: "STARTED",
      attempt: 1,
    });
    const native =
      mlPlatform === "mlflow"
        ? success
          ? "FINISHED"
          : "FAILED"
        : mlPlatform === "sagemaker"
          ? success
            ? "Completed"
            : "Failed"
          : success
            ? "COMPLETE"
            : "FAILED";
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceRunEvent", {
      timestampMillis: runStart + durationMs,
      partitionSpec: { partition: "FULL_TABLE_SNAPSHOT", type: "FULL_TABLE" },
      status: "COMPLETE",
      attempt: 1,
      result: { type: success ? "SUCCESS" : "FAILURE", nativeResultType: native },
      durationMillis: durationMs,
    });
    runs.push({ urn: runUrn, success, hyperParams, metrics, end: runStart + durationMs });
  }
  const successful = runs.filter((r) => r.success);

  // ---- model groups and versions ------------------------------------------------------------------
  const groupBases = rng.sample(theme.groups, plan.versions.length);
  for (let g = 0; g < plan.versions.length; g++) {
    const groupName = `${groupBases[g]}_${n}`;
    const groupUrn = `urn:li:mlModelGroup:(urn:li:dataPlatform:${mlPlatform},${groupName},PROD)`;
    const versions = plan.versions[g];
    // versions are trained by successful runs, in time order
    const trainedBy = Array.from({ length: versions }, () => rng.pick(successful)).sort((a, b) => a.end - b.end);
    const groupCreated = trainedBy[0].end + rng.int(1, 12) * HOUR;
    const family = FAMILIES[rng.pick(families)];
    yield proposal(ctx, "mlModelGroup", groupUrn, "mlModelGroupProperties", {
      customProperties: { team: theme.team, use_case: theme.key, framework: family.framework },
      ...(rng.chance(0.4) ? { trainingJobs: [...new Set(trainedBy.map((r) => r.urn))] } : {}),
      name: groupName,
      description: `${theme.title} — ${family.type} models registered by ${theme.team}. ${rng.pick(["Scores are refreshed daily.", "Served online behind the prediction API.", "Used by the weekly planning job.", "Candidate for the next quarterly launch."])}`,
      created: { time: groupCreated },
      lastModified: { time: trainedBy[trainedBy.length - 1].end + HOUR },
    });
    yield proposal(ctx, "mlModelGroup", groupUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
    yield proposal(ctx, "mlModelGroup", groupUrn, "ownership", ownership(ctx, team, groupCreated));
    yield proposal(ctx, "mlModelGroup", groupUrn, "status", { removed: false });
    if (teamTag.length || rng.chance(0.5))
      yield proposal(ctx, "mlModelGroup", groupUrn, "globalTags", globalTags([...new Set([...teamTag, rng.pick(TAG_URNS.slice(0, 4))])]));
    if (rng.chance(0.5))
      yield proposal(ctx, "mlModelGroup", groupUrn, "glossaryTerms", glossaryTerms([`urn:li:glossaryTerm:${rng.pick(theme.terms)}`], groupCreated, teamActor));

    const hasAliases = rng.chance(0.8);
    const champion = hasAliases ? Math.max(1, versions - rng.int(0, Math.min(2, versions - 1))) : 0;
    const challenger = hasAliases && versions >= 2 ? (champion === versions ? versions - 1 : versions) : 0;
    for (let v = 1; v <= versions; v++) {
      const run = trainedBy[v - 1];
      const modelName = `${groupName}_v${v}`;
      const modelUrn = `urn:li:mlModel:(urn:li:dataPlatform:${mlPlatform},${modelName},PROD)`;
      const created = run.end + rng.int(5, 600) * 60_000;
      const stage = v === champion ? "Production" : v === challenger ? "Staging" : v < versions ? "Archived" : "None";
      yield proposal(ctx, "mlModel", modelUrn, "mlModelProperties", {
        customProperties: { framework: family.framework, framework_version: family.frameworkVersion, stage, model_version_id: String(v) },
        externalUrl:
          mlPlatform === "mlflow"
            ? `https://mlflow.example.com/#/models/${groupName}/versions/${v}`
            : mlPlatform === "sagemaker"
              ? `https://console.aws.amazon.com/sagemaker/home#/model-packages/${groupName}/${v}`
              : `https://console.cloud.google.com/vertex-ai/models/${groupName}/versions/${v}?project=${project}`,
        trainingJobs: [run.urn],
        name: modelName,
        description: `Version ${v} of ${groupName}, trained by ${run.urn.slice("urn:li:dataProcessInstance:".length)}.`,
        created: { time: created },
        lastModified: { time: created + rng.int(0, 20) * DAY },
        version: { versionTag: String(v) },
        type: family.type,
        hyperParams: run.hyperParams,
        trainingMetrics: run.metrics,
        ...(featureUrns.length ? { mlFeatures: rng.sample(featureUrns, rng.int(Math.min(3, featureUrns.length), Math.min(8, featureUrns.length))) } : {}),
        tags: [],
        groups: [groupUrn],
      });
      yield proposal(ctx, "mlModel", modelUrn, "versionProperties", {
        versionSet: `urn:li:versionSet:(mlmodel_${groupName}_versions,mlModel)`,
        version: { versionTag: String(v) },
        aliases: [...(v === champion ? [{ versionTag: "champion" }] : []), ...(v === challenger ? [{ versionTag: "challenger" }] : [])],
        sortId: String(v).padStart(10, "0"),
        versioningScheme: "LEXICOGRAPHIC_STRING",
      });
      yield proposal(ctx, "mlModel", modelUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
      yield proposal(ctx, "mlModel", modelUrn, "ownership", ownership(ctx, team, created));
      yield proposal(ctx, "mlModel", modelUrn, "status", { removed: false });
      const stageTag =
        stage === "Production"
          ? "urn:li:tag:production"
          : stage === "Staging"
            ? "urn:li:tag:staging"
            : stage === "Archived"
              ? "urn:li:tag:deprecated"
              : undefined;
      const tags = [...(stageTag ? [stageTag] : []), ...teamTag.filter(() => rng.chance(0.5))];
      if (tags.length) yield proposal(ctx, "mlModel", modelUrn, "globalTags", globalTags([...new Set(tags)]));
      if (rng.chance(0.3)) yield proposal(ctx, "mlModel", modelUrn, "glossaryTerms", glossaryTerms(["urn:li:glossaryTerm:model_output"], created, teamActor));
    }
  }
}

/** `count` datasets with no ML around them (used to hit the entity count exactly). */
function* fillerProposals(ctx: Ctx, n: number, count: number, ring: Ring): Generator<Proposal> {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const theme = rng.pick(THEMES);
    const platform = rng.pick(DATA_PLATFORMS);
    const base = rng.pick(theme.datasets);
    const urn = `urn:li:dataset:(urn:li:dataPlatform:${platform},${datasetName(platform, `${base}_archive`, n * 100 + i, theme.team)},PROD)`;
    const created = EPOCH + rng.int(0, HISTORY_DAYS) * DAY;
    yield proposal(ctx, "dataset", urn, "datasetProperties", {
      customProperties: { owner_team: theme.team, retention_days: String(rng.pick([30, 90, 365])) },
      name: `${base}_archive_${n * 100 + i}`,
      description: `Archived snapshot of ${titleCase(base).toLowerCase()}.`,
      created: { time: created },
      tags: [],
    });
    yield proposal(ctx, "dataset", urn, "status", { removed: false });
    const up = ring.pick(rng);
    if (up)
      yield proposal(ctx, "dataset", urn, "upstreamLineage", {
        upstreams: [{ auditStamp: { time: created, actor: "urn:li:corpuser:datahub" }, dataset: up, type: "COPY" }],
      });
  }
}

/**
 * Yields the proposals of a synthetic catalog of exactly `opts.entities` entities. Lazy: nothing is
 * generated before it is asked for, and memory use does not grow with the catalog.
 */
export function* generateCatalog(opts: GenerateOptions): Generator<Proposal> {
  const total = Math.max(0, Math.floor(opts.entities));
  const ctx: Ctx = { rng: new Rng(opts.seed ?? 1), seq: 0 };
  const ring = new Ring(64);
  let remaining = total;
  if (total >= POOL_MIN_ENTITIES) {
    yield* poolProposals(ctx);
    remaining -= POOL_SIZE;
  }
  let project = 0;
  while (remaining >= MIN_PROJECT) {
    project++;
    const theme = ctx.rng.pick(THEMES);
    const plan = fitPlan(makePlan(ctx.rng, theme), remaining);
    remaining -= planSize(plan);
    yield* projectProposals(ctx, project, theme, plan, ring);
  }
  if (remaining > 0) yield* fillerProposals(ctx, project + 1, remaining, ring);
}
