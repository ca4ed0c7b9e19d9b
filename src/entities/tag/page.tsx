import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { HeaderMeta } from "../shared/meta";
import { HistoryTab } from "../shared/history-tab";
import { KnownOnlyFromAssets, ProfileAbout } from "../shared/profile";
import { AssetsTab, useAssetCount } from "../../search/assets-tab";
import { tagColour } from "../../lib/labels";
import { urnTail } from "../../lib/format";

const TagPageQuery = graphql(`
  query TagPage($urn: String!) {
    tag(urn: $urn) {
      urn
      name
      properties { name description colorHex }
      ownership { ...OwnersFields }
    }
  }
`);

/** The tag's colour as a swatch with its hex value (colour is never the only signal). */
function Swatch({ hex }: { hex: string }) {
  return (
    <span className="inline-flex items-center gap-1.5" title={`Colour ${hex}`}>
      <span aria-hidden className="inline-block h-3 w-3 rounded-full ring-1 ring-slate-900/20 dark:ring-white/30" style={{ background: hex }} />
      <span className="font-mono text-xs">{hex}</span>
    </span>
  );
}

/** A tag: its description and colour, the assets tagged with it, its history. */
export function TagPage({ urn, tab }: EntityPageProps<"tag">) {
  const { data, loading, error } = useQuery(TagPageQuery, { variables: { urn } });
  const t = data?.tag;
  const known = useAssetCount("tag", urn, !loading && !t);
  const name = t ? t.properties?.name || t.name : urnTail(urn);
  const colour = tagColour(t?.properties?.colorHex);
  return (
    <EntityShell
      kind="tag"
      urn={urn}
      tab={tab}
      loading={loading || known.loading}
      error={error}
      header={
        t
          ? {
              name,
              breadcrumb: ["Tags"],
              status: colour ? (
                <>
                  <span aria-hidden>·</span>
                  <Swatch hex={colour} />
                </>
              ) : null,
              meta: <HeaderMeta ownership={t.ownership} globalTags={null} />,
              about: <ProfileAbout description={t.properties?.description} facts={[]} />,
            }
          : known.count
            ? { name, breadcrumb: ["Tags"], about: <KnownOnlyFromAssets what="tag" /> }
            : null
      }
      tabs={{
        assets: () => <AssetsTab kind="tag" urn={urn} name={name} />,
        history: () => <HistoryTab urn={urn} kindLabel="tag" />,
      }}
    />
  );
}
