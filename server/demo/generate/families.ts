/** Model families with their hyper-parameters, the metrics of each task, and the words of run names. */
import type { Rng } from "./rng";
import type { Task } from "./themes";

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

export const FAMILIES: Record<string, Family> = {
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
export const TASK_FAMILIES: Record<Task, readonly string[]> = {
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
export const TASK_METRICS: Record<Task, ReadonlyArray<readonly [string, MetricGen]>> = {
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

export const ADJECTIVES = [
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
export const ANIMALS = [
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
