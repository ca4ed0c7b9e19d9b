import { Badge, type Tone } from "../../components/badges";

/** DataHub's DeploymentStatus values, as people read them. */
const STATUS: Record<string, { label: string; tone: Tone }> = {
  IN_SERVICE: { label: "In service", tone: "good" },
  CREATING: { label: "Creating", tone: "warn" },
  UPDATING: { label: "Updating", tone: "warn" },
  ROLLING_BACK: { label: "Rolling back", tone: "warn" },
  DELETING: { label: "Deleting", tone: "warn" },
  OUT_OF_SERVICE: { label: "Out of service", tone: "neutral" },
  FAILED: { label: "Failed", tone: "bad" },
  UNKNOWN: { label: "Status unknown", tone: "neutral" },
};

/** A deployment's status as a badge (a model's serving card, a deployment's page); nothing when none is recorded. */
export function DeploymentStatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  const s = STATUS[status] ?? { label: status, tone: "neutral" as Tone };
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
