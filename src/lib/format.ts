const dateFmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatTime(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms) || ms <= 0) return "—";
  return `${dateFmt.format(new Date(ms))} UTC`;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  const h = Math.floor(m / 60);
  return `${h} h ${m % 60} min`;
}

export function platformLabel(p: { name: string; properties?: { displayName?: string | null } | null } | null | undefined): string {
  return p?.properties?.displayName || p?.name || "unknown platform";
}

/** The last segment of a urn, for tags, terms and users shown without their entity loaded. */
export function urnTail(urn: string): string {
  const i = urn.lastIndexOf(":");
  return i >= 0 ? urn.slice(i + 1) : urn;
}
