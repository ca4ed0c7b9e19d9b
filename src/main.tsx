import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider, createRouter } from "@tanstack/react-router";
import { ApolloProvider } from "@apollo/client/react";
import { routeTree } from "./routeTree.gen";
import { createApolloClient } from "./apollo";
import { applyTheme, storedTheme } from "./lib/theme";
import { parseSearchString, stringifySearchObject } from "./lib/urls";
import { prefetchExtensions } from "./lib/extensions";
import "./index.css";

applyTheme(storedTheme());
const client = createApolloClient();
// Which extensions the server offers is known before any page needs it.
prefetchExtensions(client);

const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  scrollRestoration: true,
  parseSearch: parseSearchString,
  stringifySearch: stringifySearchObject,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
