/**
 * Who ran a training run and from what code, from the run's custom properties: MLflow's system tags
 * (`mlflow.user`, `mlflow.source.*`, `mlflow.project.entryPoint`, `mlflow.parentRunId`), which
 * Orrery's MLflow importer keeps as custom properties (DataHub's MLflow source does too, when it has
 * them), and the plainer names other sources use (`git_commit`, `entry_point`). The creator
 * (`properties.created.actor`) names the user when no tag does and it is a person.
 */
import { webUrl } from "../../lib/web-url";

export interface RunSource {
  user: { name: string; urn: string | null } | null;
  /** the script, notebook or project the run came from */
  sourceName: string | null;
  /** MLflow's source type: NOTEBOOK, JOB, PROJECT, LOCAL, … */
  sourceType: string | null;
  commit: string | null;
  /** a web page of the commit, when the repository is on a host whose commit pages are known */
  commitUrl: string | null;
  branch: string | null;
  repository: string | null;
  entryPoint: string | null;
  parentRunId: string | null;
  /** the custom properties shown as these fields */
  shownKeys: ReadonlySet<string>;
}

const KEYS = {
  user: ["mlflow.user"],
  sourceName: ["mlflow.source.name", "mlflow.databricks.notebookPath"],
  sourceType: ["mlflow.source.type"],
  commit: ["mlflow.source.git.commit", "git_commit", "git.commit", "commit"],
  branch: ["mlflow.source.git.branch", "git_branch", "git.branch"],
  repository: ["mlflow.source.git.repoURL", "mlflow.gitRepoURL", "git_repo", "git.repo", "repository"],
  entryPoint: ["mlflow.project.entryPoint", "entry_point"],
  parentRunId: ["mlflow.parentRunId"],
} as const;

/** `git@github.com:org/repo.git` and `https://github.com/org/repo.git` → `https://github.com/org/repo`. */
export function repositoryWebUrl(repo: string): string | null {
  const t = repo.trim();
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(t);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const web = /^(https?:\/\/[^\s]+?)(?:\.git)?\/?$/i.exec(t);
  return web ? web[1]! : null;
}

/** The page of a commit on GitHub, GitLab or Bitbucket (other hosts' paths are not guessed). */
export function commitWebUrl(repo: string | null, commit: string | null): string | null {
  if (!repo || !commit || !/^[0-9a-f]{4,64}$/i.test(commit)) return null;
  const base = repositoryWebUrl(repo);
  if (!base) return null;
  const host = new URL(base).hostname;
  if (host === "github.com" || host.endsWith(".github.com")) return webUrl(`${base}/commit/${commit}`);
  if (host === "gitlab.com" || host.startsWith("gitlab.")) return webUrl(`${base}/-/commit/${commit}`);
  if (host === "bitbucket.org") return webUrl(`${base}/commits/${commit}`);
  return null;
}

export function runSource(
  customProperties: ReadonlyArray<{ key: string; value?: string | null }> | null | undefined,
  actor: string | null | undefined,
): RunSource {
  const props = new Map((customProperties ?? []).flatMap((e) => (e.value != null && e.value.trim() !== "" ? [[e.key, e.value] as const] : [])));
  const shownKeys = new Set<string>();
  const pick = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = props.get(k);
      if (v !== undefined) {
        shownKeys.add(k);
        return v;
      }
    }
    return null;
  };
  const tagged = pick(KEYS.user);
  const person = actor?.startsWith("urn:li:corpuser:") ? actor : null;
  const user = tagged
    ? { name: tagged, urn: person && person.slice("urn:li:corpuser:".length) === tagged ? person : null }
    : person
      ? { name: person.slice("urn:li:corpuser:".length), urn: person }
      : null;
  const commit = pick(KEYS.commit);
  const repository = pick(KEYS.repository);
  return {
    user,
    sourceName: pick(KEYS.sourceName),
    sourceType: pick(KEYS.sourceType),
    commit,
    commitUrl: commitWebUrl(repository, commit),
    branch: pick(KEYS.branch),
    repository,
    entryPoint: pick(KEYS.entryPoint),
    parentRunId: pick(KEYS.parentRunId),
    shownKeys,
  };
}
