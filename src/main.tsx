import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider, createRouter } from "@tanstack/react-router";
import { ApolloProvider } from "@apollo/client/react";
import { routeTree } from "./routeTree.gen";
import { createApolloClient } from "./apollo";
import { applyTheme, storedTheme } from "./lib/theme";
import { parseSearchString, stringifySearchObject } from "./lib/urls";
import "./index.css";

applyTheme(storedTheme());

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
    <ApolloProvider client={createApolloClient()}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
