import { EmptyState } from "../../components/states";
import { HistoryIcon } from "../../components/icons";

/** Designed placeholder until editing (and with it, a readable change log) ships. */
export function HistoryTab({ kindLabel }: { kindLabel: string }) {
  return (
    <EmptyState title="Change history arrives with editing" icon={<HistoryIcon />}>
      <p>
        The catalog already keeps every earlier value of this {kindLabel.toLowerCase()}'s metadata as a numbered version. When editing ships, this tab
        will list who changed what and when — description, tags, owners, terms, properties — field by field, with the option to compare any two versions.
      </p>
    </EmptyState>
  );
}
