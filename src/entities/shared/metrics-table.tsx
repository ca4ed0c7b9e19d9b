import { KeyValueTable } from "../../components/section";

export function ParamsTable({ caption, params, empty }: { caption: string; params?: Array<{ name?: string | null; value?: string | null } | null> | null; empty: string }) {
  const rows = (params ?? []).flatMap((p) => (p?.name ? [{ key: p.name, value: p.value }] : []));
  return <KeyValueTable caption={caption} rows={rows} empty={<p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>} />;
}
