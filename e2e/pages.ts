/** The pages the e2e specs visit, shared so every spec walks the same set. */
import { expect, type Page } from "@playwright/test";

const enc = encodeURIComponent;
const GROUP = enc("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)");
const MODEL = enc("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)");
const EXPERIMENT = enc("urn:li:container:airline_forecast_experiment");
const RUN = enc("urn:li:dataProcessInstance:simple_training_run");
const DATASET = enc("urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)");

/** Every kind of page the demo catalog has, as [name, how to get there]: shared by the accessibility and screen-size specs. */
export const PAGES: Array<[string, string | ((page: Page) => Promise<void>)]> = [
  ["home", "/"],
  ["search", "/search?q=forecast"],
  ["search with filters", "/search?type=MLMODEL&platform=urn%3Ali%3AdataPlatform%3Amlflow"],
  ["browse platforms", "/browse"],
  ["browse a platform", "/browse?platform=urn%3Ali%3AdataPlatform%3Asagemaker"],
  ["browse an experiment", `/browse?platform=urn%3Ali%3AdataPlatform%3Amlflow&path=${EXPERIMENT}`],
  ["model group summary", `/mlModelGroup/${GROUP}/summary`],
  ["model group models", `/mlModelGroup/${GROUP}/models`],
  ["model summary", `/mlModel/${MODEL}/summary`],
  ["model group tab", `/mlModel/${MODEL}/group`],
  ["model features (empty)", `/mlModel/${MODEL}/features`],
  ["model lineage", `/mlModel/${MODEL}/lineage`],
  ["model history", `/mlModel/${MODEL}/history`],
  ["experiment summary", `/experiment/${EXPERIMENT}/summary`],
  ["experiment entities", `/experiment/${EXPERIMENT}/entities`],
  ["experiment lineage", `/experiment/${EXPERIMENT}/lineage`],
  ["experiment impact", `/experiment/${EXPERIMENT}/impact`],
  ["run summary", `/run/${RUN}/summary`],
  ["run lineage", `/run/${RUN}/lineage`],
  ["lineage full screen with a selection", `/lineage?urn=${RUN}&down=2&sel=${MODEL}&find=iris`],
  ["dataset summary", `/dataset/${DATASET}/summary`],
  ["dataset schema", `/dataset/${DATASET}/schema`],
  ["dataset impact", `/dataset/${DATASET}/impact?degree=2`],
  [
    "feature table",
    async (page) => {
      await page.goto("/search?type=MLFEATURE_TABLE");
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await page.getByRole("link", { name: "Features", exact: true }).click();
      await expect(page.getByRole("table")).toBeVisible();
    },
  ],
  [
    "feature",
    async (page) => {
      await page.goto("/search?type=MLFEATURE");
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
    },
  ],
  ["primary key", `/primaryKey/${enc("urn:li:mlPrimaryKey:(customer_value_features_51,customer_id)")}/summary`],
  ["tag", `/tag/${enc("urn:li:tag:forecasting")}/assets`],
  ["glossary term", `/glossaryTerm/${enc("urn:li:glossaryTerm:forecast")}/assets?type=DATASET`],
  ["person", `/user/${enc("urn:li:corpuser:alice")}/assets`],
  ["person known only as an owner", `/user/${enc("urn:li:corpuser:datahub")}/history`],
  [
    "compare runs",
    `/compare?run=${enc("urn:li:dataProcessInstance:acme-ml-growth-ml.experiment_run.churn_baseline_8-run-1")}&run=${enc("urn:li:dataProcessInstance:acme-ml-growth-ml.experiment_run.churn_baseline_8-run-10")}`,
  ],
  ["sign in", "/signin"],
  ["not found", `/mlModel/${enc("urn:li:mlModel:(urn:li:dataPlatform:mlflow,missing,PROD)")}/summary`],
  ["malformed urn", `/mlModel/${enc("urn:li:mlModel:(broken")}/summary`],
];
