import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { AboutSection, CustomProperties, HeaderMeta, HistoryTab } from "../shared/common";
import { Facts, Section } from "../../components/section";
import { formatDuration, formatTime, platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { RunResult } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";

const ExperimentPage = graphql(`
  query ExperimentPage($urn: String!) {
    container(urn: $urn) {
      urn
      platform { name properties { displayName } }
      subTypes { typeNames }
      properties { name description externalUrl customProperties { key value } }
      editableProperties { description }
      parentContainers { containers { urn properties { name } } }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
      entities(input: { start: 0, count: 0 }) { total }
    }
  }
`);

const ExperimentRuns = graphql(`
  query ExperimentRuns($urn: String!) {
    container(urn: $urn) {
      urn
      entities(input: { start: 0, count: 1000 }) {
        total
        searchResults {
          entity {
            urn
            ... on DataProcessInstance {
              properties { name created { time } }
              state(limit: 5) { status timestampMillis durationMillis result { resultType } }
              mlTrainingRunProperties { trainingMetrics { name value } }
            }
          }
        }
      }
    }
  }
`);

export function ExperimentPageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(ExperimentPage, { variables: { urn } });
  const c = data?.container;
  return (
    <EntityShell
      kind="experiment"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!c}
      name={c?.properties?.name}
      platform={c ? platformLabel(c.platform) : null}
      externalUrl={c?.properties?.externalUrl}
      breadcrumb={c ? [platformLabel(c.platform), ...(c.parentContainers?.containers ?? []).map((p) => <EntityLink key={p.urn} urn={p.urn} kind="experiment" name={p.properties?.name} />)] : undefined}
      meta={c ? <HeaderMeta meta={c} /> : null}
    >
      {c && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={c.properties?.description} edited={c.editableProperties?.description} meta={c} />
            <CustomProperties entries={c.properties?.customProperties} />
          </div>
          <Section title="Details">
            <Facts
              rows={[
                ["Kind", c.subTypes?.typeNames?.join(", ") || "Container"],
                ["Platform", platformLabel(c.platform)],
                ["Contains", `${(c.entities?.total ?? 0).toLocaleString("en-US")} assets`],
              ]}
            />
          </Section>
        </div>
      ) : null}
      {c && tab === "entities" ? <RunsTab urn={urn} /> : null}
      {c && tab === "lineage" ? (
        <EmptyState title="Experiments have no lineage of their own">Open one of its runs (Entities tab) to follow datasets, models and groups.</EmptyState>
      ) : null}
      {c && tab === "history" ? <HistoryTab /> : null}
    </EntityShell>
  );
}

const PAGE = 25;

function RunsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(ExperimentRuns, { variables: { urn } });
  const [filter, setFilter] = useState("");
  const [result, setResult] = useState("ALL");
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: "start", desc: true });
  const [page, setPage] = useState(0);
  const runs = useMemo(
    () =>
      (data?.container?.entities?.searchResults ?? []).flatMap((r) => {
        const e = r.entity;
        if (e.__typename !== "DataProcessInstance") return [];
        const events = e.state ?? [];
        const started = events.find((s) => s?.status === "STARTED")?.timestampMillis ?? e.properties?.created.time ?? null;
        const complete = events.find((s) => s?.status === "COMPLETE");
        return [
          {
            urn: e.urn,
            name: e.properties?.name ?? e.urn,
            result: complete?.result?.resultType ?? (events.length ? "RUNNING" : null),
            start: started,
            duration: complete?.durationMillis ?? null,
            metrics: Object.fromEntries((e.mlTrainingRunProperties?.trainingMetrics ?? []).flatMap((m) => (m?.name ? [[m.name, m.value ?? ""]] : []))),
          },
        ];
      }),
    [data],
  );
  const metricNames = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of runs) for (const k of Object.keys(r.metrics)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k]) => k);
  }, [runs]);
  if (loading && !data) return <Skeleton lines={8} label="Loading runs" />;
  if (error) return <ErrorMessage error={error} what="The experiment's runs" />;
  if (runs.length === 0)
    return <EmptyState title="No runs in this experiment yet">Runs appear when a training run's container aspect points at this experiment.</EmptyState>;
  const f = filter.trim().toLowerCase();
  const shown = runs
    .filter((r) => (result === "ALL" || r.result === result) && (!f || r.name.toLowerCase().includes(f) || r.urn.toLowerCase().includes(f)))
    .sort((a, b) => {
      const get = (r: (typeof runs)[number]) => (sort.key === "name" ? r.name : sort.key === "start" ? (r.start ?? 0) : sort.key === "duration" ? (r.duration ?? -1) : sort.key === "result" ? (r.result ?? "") : Number(r.metrics[sort.key] ?? Number.NEGATIVE_INFINITY));
      const x = get(a);
      const y = get(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
      return sort.desc ? -c : c;
    });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  const header = (key: string, label: string) => (
    <th scope="col" className="py-2 pr-4 font-medium" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" className="hover:underline" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : true })}>
        {label}
        {sort.key === key ? (sort.desc ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  return (
    <Section title={`Runs (${runs.length})`}>
      <div className="mb-3 flex items-center gap-3">
        <input
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
          placeholder="Filter runs by name"
          aria-label="Filter runs by name"
          className="w-64 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <label className="flex items-center gap-2 text-sm">
          Result
          <select
            value={result}
            onChange={(e) => {
              setResult(e.target.value);
              setPage(0);
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            {["ALL", "SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY", "RUNNING"].map((r) => (
              <option key={r} value={r}>
                {r === "ALL" ? "any" : r.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <span className="text-sm text-slate-600 dark:text-slate-400">{shown.length} shown</span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Training runs of this experiment</caption>
          <thead className="text-xs text-slate-600 dark:text-slate-400">
            <tr>
              {header("name", "Run")}
              {header("result", "Result")}
              {header("start", "Start")}
              {header("duration", "Duration")}
              {metricNames.map((m) => header(m, m))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(current * PAGE, current * PAGE + PAGE).map((r) => (
              <tr key={r.urn} className="border-t border-slate-100 dark:border-slate-800">
                <td className="max-w-72 py-2 pr-4">
                  <EntityLink urn={r.urn} kind="run" name={r.name} className="block truncate" />
                </td>
                <td className="py-2 pr-4">
                  <RunResult result={r.result} />
                </td>
                <td className="whitespace-nowrap py-2 pr-4">{formatTime(r.start)}</td>
                <td className="whitespace-nowrap py-2 pr-4">{formatDuration(r.duration)}</td>
                {metricNames.map((m) => (
                  <td key={m} className="py-2 pr-4 font-mono tabular-nums">
                    {r.metrics[m] ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label="Run pages" className="mt-3 flex items-center gap-3 text-sm">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40 dark:border-slate-700">
            ← Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)} className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40 dark:border-slate-700">
            Next →
          </button>
        </nav>
      ) : null}
    </Section>
  );
}
