import type { ReactNode } from "react";
import type { Kind } from "../lib/kinds";

function Svg({ children, size = 16, className = "" }: { children: ReactNode; size?: number; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {children}
    </svg>
  );
}

const KIND_PATHS: Record<Kind, ReactNode> = {
  mlModelGroup: (
    <>
      <path d="M12 3 3 7.5l9 4.5 9-4.5L12 3Z" />
      <path d="m3 12 9 4.5 9-4.5" />
      <path d="m3 16.5 9 4.5 9-4.5" />
    </>
  ),
  mlModel: (
    <>
      <path d="M12 3 4 7.5v9L12 21l8-4.5v-9L12 3Z" />
      <path d="M4 7.5 12 12l8-4.5M12 12v9" />
    </>
  ),
  experiment: (
    <>
      <path d="M9 3h6M10 3v6l-5.6 9.6A1.6 1.6 0 0 0 5.8 21h12.4a1.6 1.6 0 0 0 1.4-2.4L14 9V3" />
      <path d="M7.2 15h9.6" />
    </>
  ),
  run: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m10 8.5 5.5 3.5-5.5 3.5Z" />
    </>
  ),
  dataset: (
    <>
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
      <path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13" />
      <path d="M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5" />
    </>
  ),
  feature: <path d="M12 3l2.4 6.6L21 12l-6.6 2.4L12 21l-2.4-6.6L3 12l6.6-2.4Z" />,
  featureTable: (
    <>
      <rect x="3.5" y="4" width="17" height="16" rx="2" />
      <path d="M3.5 9.5h17M3.5 15h17M9.5 4v16" />
    </>
  ),
  primaryKey: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 9-9M16.5 6.5l3 3M14 9l2 2" />
    </>
  ),
  tag: (
    <>
      <path d="M3.5 12.6V4.5a1 1 0 0 1 1-1h8.1a1 1 0 0 1 .7.3l7.2 7.2a1.5 1.5 0 0 1 0 2.1l-7.6 7.6a1.5 1.5 0 0 1-2.1 0l-7-7.4a1 1 0 0 1-.3-.7Z" />
      <circle cx="8.5" cy="8.5" r="1.5" />
    </>
  ),
  glossaryTerm: (
    <>
      <path d="M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5v-15Z" />
      <path d="M5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3M9 7.5h6M9 11h4" />
    </>
  ),
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4.5 20.5a7.5 7.5 0 0 1 15 0" />
    </>
  ),
  group: (
    <>
      <circle cx="9" cy="8.5" r="3.5" />
      <path d="M2.5 20a6.5 6.5 0 0 1 13 0" />
      <path d="M15.5 5.2a3.5 3.5 0 0 1 0 6.6M18 14.2a6.5 6.5 0 0 1 3.5 5.8" />
    </>
  ),
  domain: (
    <>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1.5" />
    </>
  ),
  pipeline: (
    <>
      <circle cx="5" cy="6" r="2.5" />
      <circle cx="19" cy="6" r="2.5" />
      <circle cx="12" cy="18" r="2.5" />
      <path d="M7.5 6h9M6.3 8.2l4.4 7.6M17.7 8.2l-4.4 7.6" />
    </>
  ),
  job: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m8 10 3 2-3 2M13 15h3" />
    </>
  ),
  deployment: (
    <>
      <rect x="3" y="3.5" width="18" height="6.5" rx="1.5" />
      <rect x="3" y="14" width="18" height="6.5" rx="1.5" />
      <path d="M7 6.75h.01M7 17.25h.01M11 6.75h6M11 17.25h6" />
    </>
  ),
  glossaryNode: (
    <>
      <path d="M3.5 6.5a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2v-11Z" />
      <path d="M8 12.5h8M8 15.5h5" />
    </>
  ),
};

/** A container that is not an experiment (a schema, a catalog, a project, a folder): a box. */
const CONTAINER_PATH = (
  <>
    <path d="M3.5 7.5 12 3l8.5 4.5v9L12 21l-8.5-4.5v-9Z" />
    <path d="m3.5 7.5 8.5 4.5 8.5-4.5M12 12v9" />
  </>
);

/**
 * The kind's icon on a tinted square (decorative: the kind is always written next to it). A
 * container (kind `experiment`) that is not an experiment gets a box (`container`).
 */
export function KindIcon({ kind, size = "sm", container = false }: { kind: Kind | null; size?: "sm" | "lg"; container?: boolean }) {
  const box = size === "lg" ? "h-10 w-10 rounded-lg" : "h-6 w-6 rounded";
  return (
    <span
      aria-hidden
      className={`inline-flex shrink-0 items-center justify-center bg-indigo-100 text-indigo-700 dark:bg-indigo-900/70 dark:text-indigo-200 ${box}`}
    >
      {kind ? (
        <Svg size={size === "lg" ? 22 : 15}>{container && kind === "experiment" ? CONTAINER_PATH : KIND_PATHS[kind]}</Svg>
      ) : (
        <Svg size={15}>
          <circle cx="12" cy="12" r="3" />
        </Svg>
      )}
    </span>
  );
}

export const CopyIcon = () => (
  <Svg size={14}>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" />
  </Svg>
);
export const CheckIcon = () => (
  <Svg size={14}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Svg>
);
export const ExternalIcon = () => (
  <Svg size={14}>
    <path d="M14 4h6v6M20 4l-9 9" />
    <path d="M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" />
  </Svg>
);
export const HistoryIcon = () => (
  <Svg size={28}>
    <path d="M3.5 12a8.5 8.5 0 1 0 2.5-6" />
    <path d="M3.5 3.5V8H8" />
    <path d="M12 7.5V12l3 2" />
  </Svg>
);
export const LineageIcon = () => (
  <Svg size={28}>
    <rect x="2.5" y="9" width="5" height="6" rx="1" />
    <rect x="16.5" y="3" width="5" height="6" rx="1" />
    <rect x="16.5" y="15" width="5" height="6" rx="1" />
    <path d="M7.5 12h4m0 0V6h5m-5 6v6h5" />
  </Svg>
);
export const SearchIcon = ({ size = 16 }: { size?: number }) => (
  <Svg size={size}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m20 20-4.2-4.2" />
  </Svg>
);
export const EmptyIcon = () => (
  <Svg size={28}>
    <rect x="3.5" y="5" width="17" height="14" rx="2" />
    <path d="M3.5 13h5l1.5 2h4l1.5-2h5" />
  </Svg>
);
export const SunIcon = () => (
  <Svg size={15}>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2.5v2M12 19.5v2M4.6 4.6l1.4 1.4M18 18l1.4 1.4M2.5 12h2M19.5 12h2M4.6 19.4 6 18M18 6l1.4-1.4" />
  </Svg>
);
export const MoonIcon = () => (
  <Svg size={15}>
    <path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5Z" />
  </Svg>
);
export const SystemIcon = () => (
  <Svg size={15}>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4" />
  </Svg>
);
