/** What this server advertises through the `orreryInfo` extension. */
export const VERSION_INFO = {
  version: "0.1.0",
  /** names of the SDL extensions this server implements; the web app checks these at start-up */
  extensions: [
    "orreryInfo",
    "lineageGraph",
    "entityHistory",
    "expectedDescription",
    "mlModelServing",
    "mlFeatureDetails",
    "updateDescriptionAnyKind",
    "orreryMetricHistory",
    "orreryRuns",
    "runAbout",
    "mlModelDeployments",
    "mlModelContainer",
    "mlModelDeploymentPage",
  ],
};
