/** URNs, following DataHub's conventions (its MLflow source, and its platform-instance rules). */
import crypto from "node:crypto";
import { pyJson } from "./python";

export const PLATFORM = "urn:li:dataPlatform:mlflow";
export const ENV = "PROD";

/** DataHub's `datahub_guid`: md5 of the dict as Python's `json.dumps(sort_keys=True, separators=(",", ":"))` writes it. */
export function datahubGuid(obj: Record<string, string>): string {
  const keys = Object.keys(obj).sort();
  const json = `{${keys.map((k) => `${pyJson(k)}:${pyJson(obj[k])}`).join(",")}}`;
  return crypto.createHash("md5").update(json, "utf8").digest("hex");
}

// A platform instance (`--platform-instance`) is DataHub's way to tell two deployments of one platform
// apart. DataHub's MLflow source itself has no such option, so the urns follow the rules DataHub's
// builders apply to an instance elsewhere: a guid key gets an `instance` field (ContainerKey.guid_dict,
// which leaves it out when there is none, so urns without one are unchanged), and a name-keyed urn
// gets the instance before its name, `<instance>.<name>` (DatasetUrn.create_from_ids, and DataFlow's,
// Chart's and Dashboard's). Model groups and versions take the name rule too: DataHub's SDK MLModel and
// MLModelGroup keep their urns and only record the instance in dataPlatformInstance, which would leave
// two stores' models of one name merged. Version sets take the key rule. Run urns keep DataHub's
// DataProcessInstanceKey, which has no instance (run ids are uuids, unique across stores anyway);
// users and the stage tags are shared.

const prefixed = (name: string, instance?: string) => (instance ? `${instance}.${name}` : name);
const keyed = (key: Record<string, string>, instance?: string) => datahubGuid(instance ? { ...key, instance } : key);

export const experimentUrn = (name: string, instance?: string) => `urn:li:container:${keyed({ platform: PLATFORM, id: name }, instance)}`;
export const runUrn = (runId: string) => `urn:li:dataProcessInstance:${datahubGuid({ orchestrator: "mlflow", id: runId })}`;
export const modelGroupUrn = (name: string, instance?: string) => `urn:li:mlModelGroup:(${PLATFORM},${prefixed(name, instance)},${ENV})`;
export const modelVersionUrn = (name: string, version: number, instance?: string) =>
  `urn:li:mlModel:(${PLATFORM},${prefixed(`${name}_${version}`, instance)},${ENV})`;
export const versionSetUrn = (name: string, instance?: string) => `urn:li:versionSet:(${keyed({ platform: "mlflow", name }, instance)},mlModel)`;
export const userUrn = (user: string) => `urn:li:platformResource:${datahubGuid({ platform: "mlflow", user })}`;
export const datasetUrn = (name: string, instance?: string) => `urn:li:dataset:(${PLATFORM},${prefixed(name, instance)},${ENV})`;
/** DataHub's make_dataplatform_instance_urn. */
export const platformInstanceUrn = (instance: string) => `urn:li:dataPlatformInstance:(${PLATFORM},${instance})`;
/** The dataPlatformInstance aspect: the platform, and the instance's urn when there is one. */
export const platformAspect = (instance?: string) => (instance ? { platform: PLATFORM, instance: platformInstanceUrn(instance) } : { platform: PLATFORM });

/** Why `name` cannot be a platform instance (it goes into urns), or null when it can. */
export function platformInstanceProblem(name: string): string | null {
  if (name === "") return "must not be empty";
  if (/[,()]/.test(name)) return "must not contain ',', '(' or ')' (it becomes part of urns)";
  if (/\s/.test(name)) return "must not contain spaces";
  if (name.startsWith("urn:")) return "is a name, not an urn";
  return null;
}
export const stageTagUrn = (stage: string) => `urn:li:tag:mlflow_${stage.toLowerCase()}`;
