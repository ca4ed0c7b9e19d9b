import { describe, expect, it } from "vitest";
import { assetsSearch, assetsTabSearch } from "./params";

const TAG = "urn:li:tag:forecasting";

describe("an Assets tab's search", () => {
  it("adds the page's own filter to the URL's", () => {
    expect(assetsSearch({ type: ["MLMODEL"], page: 2 }, "tag", TAG)).toEqual({ type: ["MLMODEL"], tag: [TAG], page: 2 });
    expect(assetsSearch({}, "owner", "urn:li:corpuser:alice")).toEqual({ owner: ["urn:li:corpuser:alice"] });
  });
  it("keeps other filters of every kind and the text", () => {
    expect(assetsSearch({ q: "arima", platform: ["urn:li:dataPlatform:mlflow"], term: ["urn:li:glossaryTerm:forecast"] }, "tag", TAG)).toEqual({
      q: "arima",
      platform: ["urn:li:dataPlatform:mlflow"],
      term: ["urn:li:glossaryTerm:forecast"],
      tag: [TAG],
    });
  });
  it("holds the fixed filter to the page whatever the URL says, and drops blanks and page 1", () => {
    expect(assetsSearch({ tag: ["urn:li:tag:pii"], q: "  ", type: [], page: 1 }, "tag", TAG)).toEqual({ tag: [TAG] });
  });
  it("goes back to the tab's URL without the fixed filter", () => {
    const tab = { q: "arima", type: ["MLMODEL", "DATASET"], owner: ["urn:li:corpuser:bob"], page: 3 };
    expect(assetsTabSearch(assetsSearch(tab, "tag", TAG), "tag")).toEqual(tab);
    expect(assetsTabSearch({ tag: [TAG], type: [], page: 1 }, "tag")).toEqual({});
  });
});
