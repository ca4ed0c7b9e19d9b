import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { KINDS, kindOfUrn, type Kind } from "../lib/kinds";

export function EntityLink({
  urn,
  name,
  kind,
  tab = "summary",
  className = "",
  children,
}: {
  urn: string;
  name?: string | null;
  kind?: Kind | null;
  tab?: string;
  className?: string;
  children?: ReactNode;
}) {
  const k = kind ?? kindOfUrn(urn);
  const label = children ?? (name || urn);
  if (!k) return <span className={className} title={urn}>{label}</span>;
  return (
    <Link
      to="/$kind/$urn/$tab"
      params={{ kind: k, urn, tab }}
      title={`${KINDS[k].label}: ${urn}`}
      className={`text-indigo-700 hover:underline dark:text-indigo-300 ${className}`}
    >
      {label}
    </Link>
  );
}

export function KindIcon({ kind }: { kind: Kind | null }) {
  return (
    <span aria-hidden className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded bg-indigo-100 text-sm text-indigo-700 dark:bg-indigo-900 dark:text-indigo-200">
      {kind ? KINDS[kind].icon : "•"}
    </span>
  );
}
