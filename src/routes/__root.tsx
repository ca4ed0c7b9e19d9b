import { Link, Outlet, createRootRoute, useRouterState } from "@tanstack/react-router";
import { SearchBox } from "../search/search-box";
import { ThemeToggle } from "../components/theme-toggle";
import { Account } from "../editing/account";
import { EmptyState, ErrorMessage } from "../components/states";
import { urls } from "../lib/urls";

export const Route = createRootRoute({
  component: Root,
  notFoundComponent: () => (
    <EmptyState heading="h1" title="There is no page here">
      Check the address, or{" "}
      <Link {...urls.home()} className="text-indigo-700 underline dark:text-indigo-300">
        go to the home page
      </Link>{" "}
      and search.
    </EmptyState>
  ),
  errorComponent: ({ error }) => (
    <div className="space-y-3">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <ErrorMessage error={error instanceof Error ? error : new Error(String(error))} what="This page" verb="shown" />
    </div>
  ),
});

function Root() {
  // The full-screen lineage graph uses the whole width; every other page keeps a readable measure.
  const wide = useRouterState({ select: (s) => s.location.pathname === "/lineage" });
  return (
    <div className="flex min-h-screen min-w-0 flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        {/* One row from md up; below it the search box takes a row of its own under the logo and the nav. */}
        <div className={`mx-auto flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2.5 sm:px-6 md:flex-nowrap md:gap-6 ${wide ? "" : "max-w-7xl"}`}>
          <Link {...urls.home()} className="flex shrink-0 items-center gap-2 font-semibold text-slate-900 dark:text-white" aria-label="Orrery home">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            Orrery
          </Link>
          <div className="order-last w-full md:order-none md:w-auto md:flex-1">
            <SearchBox />
          </div>
          <nav aria-label="Main" className="ml-auto flex items-center gap-3 text-sm sm:gap-4">
            <Link
              {...urls.browse()}
              className="text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white"
              activeProps={{ className: "font-medium text-indigo-700 dark:text-indigo-300" }}
              activeOptions={{ includeSearch: false }}
            >
              Browse
            </Link>
            <Account />
            <ThemeToggle />
          </nav>
        </div>
      </header>
      <main id="main" className={`mx-auto w-full min-w-0 flex-1 px-3 sm:px-6 ${wide ? "py-3" : "max-w-7xl py-4 sm:py-6"}`}>
        <Outlet />
      </main>
    </div>
  );
}
