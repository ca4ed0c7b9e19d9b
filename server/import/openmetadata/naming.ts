/** Names: OpenMetadata FQNs, the platforms of its services, and the urns they become. */
import type { EntityReference, SERVICE_TYPES } from "./schema";
import type { ImportOptions } from "./results";

/** OpenMetadata platform of each ML service type, as DataHub names platforms. */
export const PLATFORM_OF_SERVICE: Record<(typeof SERVICE_TYPES)[number], string> = {
  Mlflow: "mlflow",
  SageMaker: "sagemaker",
  VertexAI: "vertexai",
  Sklearn: "sklearn",
  CustomMlModel: "custom",
};

/** The platform of datasets whose OpenMetadata database service has no mapping. */
export const DEFAULT_DATASET_PLATFORM = "openmetadata";

/** Characters DataHub percent-encodes inside urn keys (they delimit tuple keys). */
export const encodeUrnPart = (s: string) => s.replace(/,/g, "%2C").replace(/\(/g, "%28").replace(/\)/g, "%29");

/** One FQN part, quoted the way OpenMetadata quotes names that contain a dot. */
export const quoteFqnPart = (s: string) => (s.includes(".") ? `"${s}"` : s);

/** Splits an OpenMetadata FQN at the dots outside double quotes, unquoting the parts. */
export function splitFqn(s: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    else if (c === "." && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The dataset urn of an OpenMetadata table (or other data asset) FQN `service.database.schema.table`. */
export function datasetUrnOf(tableFqn: string, opts: ImportOptions = {}): string {
  const parts = splitFqn(tableFqn);
  const mapped = parts.length > 1 ? opts.datasetPlatforms?.[parts[0]] : undefined;
  const [platform, name] = mapped ? [mapped, parts.slice(1).join(".")] : [DEFAULT_DATASET_PLATFORM, tableFqn];
  return `urn:li:dataset:(urn:li:dataPlatform:${platform},${encodeUrnPart(name)},PROD)`;
}

/** OpenMetadata's own page of a dashboard, derived from the API link of its reference when it has one. */
export function dashboardUrl(ref: EntityReference): string | undefined {
  const m = ref.href ? /^(https?:\/\/.+?)\/api\/v1\/dashboards\/[^/]+$/i.exec(ref.href) : null;
  if (m && ref.fullyQualifiedName) return `${m[1]}/dashboard/${encodeURIComponent(ref.fullyQualifiedName)}`;
  return ref.href;
}
