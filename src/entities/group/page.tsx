import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Avatar } from "../../components/avatar";
import { CopyButton } from "../../components/copy-button";
import { EntityLink } from "../../components/entity-link";
import { HistoryTab } from "../shared/history-tab";
import { KnownOnlyFromAssets, ProfileAbout } from "../shared/profile";
import { AssetsTab, useAssetCount } from "../../search/assets-tab";
import { urnTail } from "../../lib/format";

// Members are DataHub's `IsMemberOfGroup` / `IsMemberOfNativeGroup` relationships (each member's
// groupMembership aspect), as DataHub's own group page reads them.
const GroupPageQuery = graphql(`
  query GroupPage($urn: String!) {
    corpGroup(urn: $urn) {
      urn
      name
      properties { displayName description email }
      members: relationships(input: { types: ["IsMemberOfGroup", "IsMemberOfNativeGroup"], direction: INCOMING, start: 0, count: 30 }) {
        total
        relationships {
          entity {
            urn
            ... on CorpUser { username properties { displayName fullName } }
          }
        }
      }
    }
  }
`);

/** A group: its description, email and members, the assets it owns, its history. */
export function GroupPage({ urn, tab }: EntityPageProps<"group">) {
  const { data, loading, error } = useQuery(GroupPageQuery, { variables: { urn } });
  const g = data?.corpGroup;
  const known = useAssetCount("group", urn, !loading && !g);
  const p = g?.properties;
  const name = g ? p?.displayName || g.name : urnTail(urn);
  const members = (g?.members?.relationships ?? []).flatMap((r) =>
    r.entity?.__typename === "CorpUser"
      ? [{ urn: r.entity.urn, name: r.entity.properties?.displayName || r.entity.properties?.fullName || r.entity.username }]
      : [],
  );
  const total = g?.members?.total ?? 0;
  const icon = <Avatar urn={urn} name={name} size="lg" square />;
  return (
    <EntityShell
      kind="group"
      urn={urn}
      tab={tab}
      loading={loading || known.loading}
      error={error}
      header={
        g
          ? {
              name,
              icon,
              breadcrumb: ["Groups"],
              about: (
                <ProfileAbout
                  description={p?.description}
                  facts={[
                    [
                      "Email",
                      p?.email ? (
                        <span className="inline-flex items-center gap-2">
                          <span className="break-all">{p.email}</span>
                          <CopyButton text={p.email} label="Copy email address" />
                        </span>
                      ) : null,
                    ],
                    ["Members", total ? total.toLocaleString("en-US") : null],
                  ]}
                >
                  {members.length ? (
                    <ul aria-label="Members" className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
                      {members.map((m) => (
                        <li key={m.urn} className="flex items-center gap-1.5">
                          <Avatar urn={m.urn} name={m.name} />
                          <EntityLink urn={m.urn} kind="user" name={m.name} />
                        </li>
                      ))}
                      {total > members.length ? (
                        <li className="text-slate-600 dark:text-slate-400">and {(total - members.length).toLocaleString("en-US")} more</li>
                      ) : null}
                    </ul>
                  ) : null}
                </ProfileAbout>
              ),
            }
          : known.count
            ? { name, icon, breadcrumb: ["Groups"], about: <KnownOnlyFromAssets what="group" /> }
            : null
      }
      tabs={{
        assets: () => <AssetsTab kind="group" urn={urn} name={name} />,
        history: () => <HistoryTab urn={urn} kindLabel="group" />,
      }}
    />
  );
}
