import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { defaultTab, KINDS, kindOfUrn, type Kind } from "../lib/kinds";
import { urls } from "../lib/urls";

/** A link to an entity's page (its first tab unless told), or plain text for kinds without a page. */
export function EntityLink({
  urn,
  name,
  kind,
  kindLabel,
  tab,
  className = "",
  children,
}: {
  urn: string;
  name?: string | null;
  kind?: Kind | null;
  /** what the entity is, when the kind's label says less (a container's subtype) */
  kindLabel?: string;
  tab?: string;
  className?: string;
  children?: ReactNode;
}) {
  const k = kind ?? kindOfUrn(urn);
  const label = children ?? (name || urn);
  if (!k) {
    return (
      <span className={className} title={urn}>
        {label}
      </span>
    );
  }
  return (
    <Link
      {...urls.entity(k, urn, (tab ?? defaultTab(k)) as never)}
      title={`${kindLabel ?? KINDS[k].label}: ${name || urn}`}
      className={`text-indigo-700 hover:underline dark:text-indigo-300 ${className}`}
    >
      {label}
    </Link>
  );
}
