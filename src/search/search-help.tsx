import { Popover, PopoverButton, PopoverPanel } from "@headlessui/react";

const ROWS: Array<[string, string]> = [
  ["airline forecast", "all the words (the last one also as the start of a word); close misspellings match too, after exact matches"],
  ["arima OR prophet", "either word"],
  ["churn NOT xgboost, churn -xgboost", "leave out what matches the word"],
  ['"airline forecast"', "the words together, in this order"],
  ["(arima OR prophet) AND type:model", "parentheses group"],
  ["name:, description:, tags:, terms:, owners:, platform:, type:", "look in one field only, e.g. tags:forecasting, owners:alice, type:dataset"],
];

/** The search syntax, in a popover next to the results count (docs/API.md, "Search syntax", says the same). */
export function SearchHelp() {
  return (
    <Popover className="relative">
      <PopoverButton className="rounded-md px-1.5 py-0.5 text-xs text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
        Search syntax
      </PopoverButton>
      <PopoverPanel
        anchor="bottom start"
        className="z-20 w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-3 text-xs text-slate-700 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      >
        <h2 className="mb-2 text-sm font-semibold">Search syntax</h2>
        <dl className="space-y-1.5">
          {ROWS.map(([example, meaning]) => (
            <div key={example}>
              <dt>
                <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{example}</code>
              </dt>
              <dd className="ml-2 text-slate-600 dark:text-slate-400">{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          AND, OR and NOT are written in capitals. Other punctuation, and a quote or parenthesis left open, is ignored; a search with no word in it finds
          nothing.
        </p>
      </PopoverPanel>
    </Popover>
  );
}
