/** The version this build reports: `orrery --version`, `/health`, and the commit `/config` names. */
export const VERSION = "0.1.0";
