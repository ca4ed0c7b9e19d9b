import { Link, Outlet, createRootRoute } from "@tanstack/react-router";
import { SearchBox } from "../search/search-box";
import { ThemeToggle } from "../components/theme-toggle";
import { EmptyState } from "../components/states";

export const Route = createRootRoute({
  component: Root,
  notFoundComponent: () => (
    <div className="mx-auto max-w-3xl p-8">
      <EmptyState heading="h1" title="There is no page here">
        Check the address, or <Link to="/" className="text-indigo-700 underline dark:text-indigo-300">go to the home page</Link> and search.
      </EmptyState>
    </div>
  ),
});

function Root() {
  return (
    <div className="flex min-h-screen min-w-[1024px] flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2">
          <Link to="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white" aria-label="Orrery home">
            <img src="/favicon.svg" alt="" width={22} height={22} />
            Orrery
          </Link>
          <SearchBox />
          <div className="ml-auto">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}
