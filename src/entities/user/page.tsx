import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Avatar } from "../../components/avatar";
import { Badge } from "../../components/badges";
import { CopyButton } from "../../components/copy-button";
import { EntityLink } from "../../components/entity-link";
import { HistoryTab } from "../shared/history-tab";
import { KnownOnlyFromAssets, ProfileAbout } from "../shared/profile";
import { AssetsTab, useAssetCount } from "../../search/assets-tab";
import { urnTail } from "../../lib/format";

// Groups are DataHub's `IsMemberOfGroup` / `IsMemberOfNativeGroup` relationships, as DataHub's own
// user page reads them. `pictureLink` is not asked for: the app shows no image from elsewhere.
const UserPageQuery = graphql(`
  query UserPage($urn: String!) {
    corpUser(urn: $urn) {
      urn
      username
      properties { active displayName fullName title email }
      editableProperties { displayName title aboutMe email }
      groups: relationships(input: { types: ["IsMemberOfGroup", "IsMemberOfNativeGroup"], direction: OUTGOING, start: 0, count: 20 }) {
        total
        relationships {
          entity {
            urn
            ... on CorpGroup { name properties { displayName } }
          }
        }
      }
    }
  }
`);

/** A person: name, title, email and groups, the assets they own, their history. */
export function UserPage({ urn, tab }: EntityPageProps<"user">) {
  const { data, loading, error } = useQuery(UserPageQuery, { variables: { urn } });
  const u = data?.corpUser;
  const known = useAssetCount("user", urn, !loading && !u);
  const p = u?.properties;
  const ed = u?.editableProperties;
  const name = u ? ed?.displayName || p?.displayName || p?.fullName || u.username : urnTail(urn);
  const title = ed?.title || p?.title;
  const email = ed?.email || p?.email;
  const groups = (u?.groups?.relationships ?? []).flatMap((r) =>
    r.entity?.__typename === "CorpGroup" ? [{ urn: r.entity.urn, name: r.entity.properties?.displayName || r.entity.name }] : [],
  );
  const moreGroups = (u?.groups?.total ?? 0) - groups.length;
  return (
    <EntityShell
      kind="user"
      urn={urn}
      tab={tab}
      loading={loading || known.loading}
      error={error}
      header={
        u
          ? {
              name,
              icon: <Avatar urn={urn} name={name} size="lg" />,
              breadcrumb: ["People"],
              status: (
                <>
                  {title ? (
                    <>
                      <span aria-hidden>·</span>
                      <span>{title}</span>
                    </>
                  ) : null}
                  {p?.active === false ? <Badge tone="warn">inactive</Badge> : null}
                </>
              ),
              about: (
                <ProfileAbout
                  description={ed?.aboutMe}
                  facts={[
                    [
                      "Email",
                      email ? (
                        <span className="inline-flex items-center gap-2">
                          <span className="break-all">{email}</span>
                          <CopyButton text={email} label="Copy email address" />
                        </span>
                      ) : null,
                    ],
                    [
                      "Username",
                      <span key="username" className="font-mono text-xs">
                        {u.username}
                      </span>,
                    ],
                    [
                      "Groups",
                      groups.length ? (
                        <span className="inline-flex flex-wrap gap-x-2">
                          {groups.map((g, i) => (
                            <span key={g.urn}>
                              <EntityLink urn={g.urn} kind="group" name={g.name} />
                              {i < groups.length - 1 ? "," : moreGroups > 0 ? ` and ${moreGroups.toLocaleString("en-US")} more` : ""}
                            </span>
                          ))}
                        </span>
                      ) : null,
                    ],
                  ]}
                />
              ),
            }
          : known.count
            ? { name, icon: <Avatar urn={urn} name={name} size="lg" />, breadcrumb: ["People"], about: <KnownOnlyFromAssets what="person" /> }
            : null
      }
      tabs={{
        assets: () => <AssetsTab kind="user" urn={urn} name={name} />,
        history: () => <HistoryTab urn={urn} kindLabel="person" />,
      }}
    />
  );
}
