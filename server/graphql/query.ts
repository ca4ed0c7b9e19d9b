/**
 * The root queries: an entity by urn (any kind, or one kind per field), a list of urns, whether one
 * exists, the signed-in user (`me`), the server's extensions (`orreryInfo`), an entity's history;
 * search (./search.ts, ./scroll.ts), lineage (./lineage.ts, ./lineage-search.ts) and the lists of
 * domains and users (./lists.ts) join them here.
 */
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type { QueryResolvers } from "./generated/resolvers-types";
import { lookup, ref, urnArg } from "./entities";
import { lineageQueryResolvers } from "./lineage";
import { lineageSearchResolvers } from "./lineage-search";
import { listQueryResolvers } from "./lists";
import { scrollQueryResolvers } from "./scroll";
import { searchQueryResolvers } from "./search";
import { browseQueryResolvers } from "./browse";
import { VERSION_INFO } from "./version";
import { can } from "../auth/roles";
import { pageArgs, PAGE_RULES } from "../model/paging";

/**
 * `entities(urns:)`'s list, checked and without repeats, per list given: every alias that passes the
 * same variable gets the same array, which is checked once.
 */
const distinctUrns = new WeakMap<readonly string[], string[]>();

const rootLookup =
  (type: string): NonNullable<QueryResolvers["mlModel"]> =>
  (_, args, ctx) =>
    lookup(ctx, args.urn, type);

/** DataHub's `me`: null when anonymous; privileges follow the role (see server/auth/roles.ts). */
function me(ctx: Context) {
  const { role, actor } = ctx.principal;
  if (!role || !actor) return null;
  const edit = can(role, "edit");
  const admin = can(role, "admin");
  return {
    corpUser: { urn: actor },
    // What this catalog lets the role do; the features it does not have (policies, views, tests,
    // secrets, analytics, …) are no one's to manage here.
    platformPrivileges: {
      createTags: edit,
      manageTags: edit,
      viewManageTags: edit,
      manageGlossaries: edit,
      manageTokens: admin,
      generatePersonalAccessTokens: false,
      manageIngestion: can(role, "ingest"),
      manageIdentities: admin,
      viewAnalytics: false,
      managePolicies: false,
      createDomains: false,
      manageDomains: false,
      manageSecrets: false,
      viewTests: false,
      manageTests: false,
      manageDocuments: false,
      manageUserCredentials: false,
      manageGlobalViews: false,
      manageOwnershipTypes: false,
      manageGlobalAnnouncements: false,
      createBusinessAttributes: false,
      manageBusinessAttributes: false,
      manageStructuredProperties: false,
      viewStructuredPropertiesPage: false,
      manageApplications: false,
      manageFeatures: false,
      manageHomePageTemplates: false,
    },
    orreryRole: role,
  };
}

const MAX_HISTORY_FIELD = 200;

export const queryResolvers = {
  ...searchQueryResolvers,
  ...browseQueryResolvers,
  ...scrollQueryResolvers,
  ...lineageSearchResolvers,
  ...lineageQueryResolvers,
  ...listQueryResolvers,
  orreryInfo: () => VERSION_INFO,
  me: (_, __, ctx) => me(ctx),
  entity: async (_, args, ctx) => {
    const r = await lookup(ctx, args.urn);
    return r && ref(r.urn);
  },
  // Each distinct urn is answered once, in the order first given (after normalising, so `…,name)` and
  // `…,name,PROD)` are one entity); DataHub repeats an entity at every place its urn is listed.
  // `checkForExistence: false` is DataHub's unchecked read: every well-formed urn of a kind the schema
  // has a type for gets its entity, stored or not (its fields answer as for missing aspects). True, or
  // left out, checks: an urn the catalog does not hold is null (DataHub checks only when asked; here an
  // unknown urn is never mistaken for a stored entity unless the client asks for that).
  entities: async (_, args, ctx) => {
    const max = PAGE_RULES.search.maxCount;
    if (args.urns.length > max) throw badInput(`at most ${max} urns at once`);
    let urns = distinctUrns.get(args.urns);
    if (!urns) distinctUrns.set(args.urns, (urns = [...new Set([...new Set(args.urns)].map((u) => urnArg(u)))]));
    if (args.checkForExistence === false) return urns.map((u) => ref(u));
    const exists = await ctx.loaders.exists.loadMany(urns);
    return urns.map((u, i) => (exists[i] === true ? ref(u) : null));
  },
  entityExists: async (_, args, ctx) => ctx.loaders.exists.load(urnArg(args.urn)),
  mlModel: rootLookup("mlModel"),
  mlModelGroup: rootLookup("mlModelGroup"),
  mlFeature: rootLookup("mlFeature"),
  mlFeatureTable: rootLookup("mlFeatureTable"),
  mlPrimaryKey: rootLookup("mlPrimaryKey"),
  container: rootLookup("container"),
  dataProcessInstance: rootLookup("dataProcessInstance"),
  dataset: rootLookup("dataset"),
  corpUser: rootLookup("corpuser"),
  corpGroup: rootLookup("corpGroup"),
  // One indexed probe each, not the entity's relationships (a tag may be on every entity of the catalog).
  versionSet: async (_, args, ctx) => {
    const urn = urnArg(args.urn, "versionSet");
    return ctx.store.isReferenced(urn, "VersionOf") ? { urn } : null;
  },
  // Platforms, tags and terms exist as soon as something refers to them, as in DataHub.
  dataPlatform: (_, args) => ({ urn: urnArg(args.urn, "dataPlatform") }),
  tag: async (_, args, ctx) => {
    const urn = urnArg(args.urn, "tag");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "TaggedWith") ? { urn } : null;
  },
  glossaryTerm: async (_, args, ctx) => {
    const urn = urnArg(args.urn, "glossaryTerm");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "TermedWith") ? { urn } : null;
  },
  entityHistory: async (_, args, ctx) => {
    const urn = urnArg(args.urn);
    const { start, count } = checked(() => pageArgs(args.start, args.count, PAGE_RULES.entityHistory));
    const field = typeof args.field === "string" && args.field.trim() ? args.field.trim() : null;
    if (field && field.length > MAX_HISTORY_FIELD) throw badInput(`field is longer than ${MAX_HISTORY_FIELD} characters`);
    if (!(await ctx.loaders.exists.load(urn))) return null;
    // Numbered when written; only the page's stored versions are read and diffed.
    const page = ctx.store.historyPage(urn, { start, count, field });
    return { urn, ...page };
  },
} satisfies QueryResolvers;
