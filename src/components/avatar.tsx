import { avatarTone, initials } from "../lib/labels";

const TONES = [
  "bg-indigo-100 text-indigo-800 dark:bg-indigo-900/70 dark:text-indigo-100",
  "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/70 dark:text-emerald-100",
  "bg-amber-100 text-amber-900 dark:bg-amber-900/70 dark:text-amber-100",
  "bg-sky-100 text-sky-800 dark:bg-sky-900/70 dark:text-sky-100",
  "bg-rose-100 text-rose-800 dark:bg-rose-900/70 dark:text-rose-100",
  "bg-violet-100 text-violet-800 dark:bg-violet-900/70 dark:text-violet-100",
];

/**
 * A person's or group's initials in a circle, where another catalog would show their picture: the app
 * loads no image from elsewhere (its Content-Security-Policy allows none), so `pictureLink` is never
 * used. Decorative: the name is always written next to it.
 */
export function Avatar({ urn, name, size = "sm", square = false }: { urn: string; name: string; size?: "sm" | "lg"; square?: boolean }) {
  const box = size === "lg" ? "h-10 w-10 text-sm" : "h-6 w-6 text-[0.625rem]";
  return (
    <span
      aria-hidden
      className={`inline-flex shrink-0 items-center justify-center font-semibold tracking-wide select-none ${square ? (size === "lg" ? "rounded-lg" : "rounded") : "rounded-full"} ${box} ${TONES[avatarTone(urn)]}`}
    >
      {initials(name)}
    </span>
  );
}
