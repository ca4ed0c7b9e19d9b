/**
 * DataHub's GMS ingestion and read paths: `/config`, `/aspects…` (Rest.li), `/entities?action=ingest`
 * and `/openapi/v3/entity/{type}`, served both at the root (as GMS does) and under `/api/gms` (as
 * DataHub's frontend proxies them).
 */
import type { Store } from "../store/store";
import { WriteBudget } from "../store/limits";
import type { Principal } from "../auth/roles";
import { ingestProposals, type IngestReport } from "../ingest/proposals";
import { ASPECT_CLASS_NAMES, TIMESERIES_ASPECTS } from "../model/aspects";
import { normalizeUrn, UrnError } from "../model/urn";
import { VERSION } from "../version";
import { parseJson, readBody } from "./body";
import { HttpError, tooLarge } from "./errors";
import { principalOf, requirePermission } from "./identity";
import { sendJson } from "./respond";
import { dispatch, type Request, type Route } from "./router";

/** Most proposals in one ingestProposalBatch (or items of one OpenAPI upsert); DataHub's emitter sends 200. */
export const MAX_BATCH_PROPOSALS = 5000;

interface GmsRequest extends Request {
  readonly principal: Principal;
}

/** The GMS paths, answered from `store`; in upstream mode (`upstreamUrl`) each is refused with 404. */
export function gmsRoute(store: Store, opts: { requireAuth?: boolean; upstreamUrl?: string }): Route {
  const ingest = (principal: Principal, proposals: unknown[]): Promise<IngestReport> =>
    store.whenWritable(() => ingestProposals(store, proposals, principal.actor ?? "urn:li:corpuser:unknown", undefined, "ingestion", new WriteBudget()));

  const routes: Route<GmsRequest>[] = [
    {
      methods: ["GET"],
      path: "/config",
      handle: ({ res }) =>
        sendJson(res, 200, {
          noCode: "true",
          // Below 1.0.1 so DataHub's Python SDK keeps to the Rest.li ingestion endpoints we implement.
          versions: { "acryldata/datahub": { version: "v0.15.0", commit: `orrery-${VERSION}` } },
          datahub: { serverType: "orrery", serverEnv: "core" },
          statefulIngestionCapable: false,
          patchCapable: true,
          supportsImpactAnalysis: false,
          managedIngestion: { enabled: false },
        }),
    },
    {
      methods: ["POST"],
      path: "/aspects",
      handle: async ({ req, res, url, principal }) => {
        const action = url.searchParams.get("action");
        if (action !== "ingestProposal" && action !== "ingestProposalBatch")
          throw new HttpError(400, `unknown action '${action}' (expected ingestProposal or ingestProposalBatch)`);
        requirePermission(principal, "ingest");
        const body = parseJson(await readBody(req)) as Record<string, unknown> | null;
        if (!body || typeof body !== "object") throw new HttpError(400, "request body must be a JSON object");
        if (action === "ingestProposal") {
          if (!body.proposal || typeof body.proposal !== "object") throw new HttpError(400, "body.proposal is required");
          const report = await ingest(principal, [body.proposal]);
          const r = report.results[0];
          if (!r.ok) throw new HttpError(422, r.error ?? "proposal rejected");
          sendJson(res, 200, { value: r.urn });
          return;
        }
        if (!Array.isArray(body.proposals)) throw new HttpError(400, "body.proposals must be an array");
        if (body.proposals.length > MAX_BATCH_PROPOSALS)
          throw tooLarge(`a batch may hold at most ${MAX_BATCH_PROPOSALS} proposals, got ${body.proposals.length}; send smaller batches`);
        const report = await ingest(principal, body.proposals);
        // Rest.li answers a batch with {} on success; we add per-proposal results so a client can see
        // which ones were rejected. A batch with any rejection answers 422 (the good ones are kept).
        sendJson(res, report.rejected ? 422 : 200, {
          value: { accepted: report.accepted, rejected: report.rejected, results: report.results },
        });
      },
    },
    {
      methods: ["POST"],
      path: "/entities",
      query: (q) => q.get("action") === "ingest",
      handle: async ({ req, res, principal }) => {
        requirePermission(principal, "ingest");
        const body = parseJson(await readBody(req)) as { entity?: { value?: unknown }; systemMetadata?: unknown } | null;
        const snapshot = body?.entity?.value;
        if (!snapshot || typeof snapshot !== "object") throw new HttpError(400, "body.entity.value must be a snapshot object");
        const report = await ingest(principal, [{ proposedSnapshot: snapshot, systemMetadata: body?.systemMetadata }]);
        if (report.rejected)
          throw new HttpError(
            422,
            report.results
              .filter((r) => !r.ok)
              .map((r) => r.error)
              .join("; "),
          );
        sendJson(res, 200, {});
      },
    },
    {
      methods: ["GET"],
      path: /^\/aspects\/([^/]+)$/,
      handle: ({ res, url, principal }, [encodedUrn]) => {
        if (opts.requireAuth) requirePermission(principal, "read");
        let urn: string;
        try {
          urn = normalizeUrn(decodeURIComponent(encodedUrn!));
        } catch (e) {
          throw new HttpError(400, e instanceof UrnError ? `invalid urn: ${e.message}` : "invalid urn");
        }
        const aspect = url.searchParams.get("aspect");
        if (!aspect) throw new HttpError(400, "query parameter 'aspect' is required");
        if (TIMESERIES_ASPECTS.has(aspect)) throw new HttpError(400, `'${aspect}' is a timeseries aspect and cannot be read this way`);
        const version = Number(url.searchParams.get("version") ?? 0);
        if (!Number.isInteger(version) || version < 0) throw new HttpError(400, "version must be a non-negative integer");
        const rec = store.getAspect(urn, aspect, version);
        if (!rec) throw new HttpError(404, `no aspect '${aspect}' version ${version} for ${urn}`);
        const cls = ASPECT_CLASS_NAMES[aspect] ?? aspect;
        sendJson(res, 200, { aspect: { [cls]: rec.value }, systemMetadata: rec.systemMetadata ?? undefined });
      },
    },
    {
      methods: ["POST"],
      path: /^\/openapi\/v3\/entity\/([A-Za-z]+)$/,
      handle: async ({ req, res, principal }, [entityType]) => {
        requirePermission(principal, "ingest");
        const body = parseJson(await readBody(req));
        if (!Array.isArray(body)) throw new HttpError(400, "body must be a JSON array of {urn, <aspectName>: {value}}");
        if (body.length > MAX_BATCH_PROPOSALS)
          throw tooLarge(`a request may hold at most ${MAX_BATCH_PROPOSALS} entities, got ${body.length}; send smaller requests`);
        const proposals = body.flatMap((item: Record<string, unknown>) => {
          if (!item || typeof item !== "object") return [{}];
          const { urn, ...aspects } = item;
          return Object.entries(aspects).map(([aspectName, a]) => ({
            entityType,
            entityUrn: urn,
            changeType: "UPSERT",
            aspectName,
            aspect: { json: (a as { value?: unknown })?.value },
            systemMetadata: (a as { systemMetadata?: unknown })?.systemMetadata ?? null,
          }));
        });
        const report = await ingest(principal, proposals);
        sendJson(
          res,
          report.rejected ? 422 : 200,
          report.results.map((r) => (r.ok ? { urn: r.urn, aspect: r.aspect } : { urn: r.urn, aspect: r.aspect, error: r.error })),
        );
      },
    },
  ];

  return {
    path: /^\/api\/gms\/|^\/config$|^\/aspects|^\/entities|^\/openapi\//,
    handle: async (r) => {
      if (opts.upstreamUrl) throw new HttpError(404, `this server fronts ${new URL(opts.upstreamUrl).host}: send ingestion to that catalog directly`);
      // The identity first: a request with a bad token is refused as such, whatever it asks.
      const principal = principalOf(store, r.req);
      const path = r.path.startsWith("/api/gms/") ? r.path.slice("/api/gms".length) : r.path;
      await dispatch(routes, { ...r, path, principal });
    },
  };
}
