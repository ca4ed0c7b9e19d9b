/** Start, end, duration and result of a run from its run events (newest first, as DataHub returns them). */
export interface RunEvent {
  status?: string | null;
  timestampMillis: number;
  durationMillis?: number | null;
  attempt?: number | null;
  result?: { resultType?: string | null } | null;
}

export function runState(events: ReadonlyArray<RunEvent | null> | null | undefined, createdTime?: number | null) {
  const list = (events ?? []).flatMap((e) => (e ? [e] : []));
  const complete = list.find((e) => e.status === "COMPLETE");
  const started = list.find((e) => e.status === "STARTED");
  const start =
    started?.timestampMillis ?? (complete?.durationMillis != null ? complete.timestampMillis - complete.durationMillis : null) ?? createdTime ?? null;
  const result = complete?.result?.resultType ?? (started ? "RUNNING" : null);
  return {
    start,
    end: complete?.timestampMillis ?? null,
    duration: complete?.durationMillis ?? (complete && started ? complete.timestampMillis - started.timestampMillis : null),
    result,
    attempt: complete?.attempt ?? started?.attempt ?? null,
  };
}
